import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspScriptHash, markJsEnabled } from '../../src/integrations/inline-script';

describe('inline script hashes', () => {
  it('is the base64 SHA-256 of the exact script text, as browsers compute it', () => {
    expect(cspScriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(cspScriptHash(markJsEnabled)).toBe(`sha256-${createHash('sha256').update(markJsEnabled).digest('base64')}`);
    expect(cspScriptHash(`${markJsEnabled} `)).not.toBe(cspScriptHash(markJsEnabled));
  });
});
