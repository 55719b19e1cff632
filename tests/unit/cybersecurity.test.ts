/** The cybersecurity self-check's saved ticks and the plan's points (issue 16). */
import { describe, expect, it } from 'vitest';
import { readSavedTicks, selfCheckGroups } from '../../src/lib/support/cybersecurity';

describe('readSavedTicks', () => {
  const ids = selfCheckGroups.flatMap((group) => group.items.map((item) => item.id));
  it('restores the ticked ids that still exist', () => {
    expect([...readSavedTicks(JSON.stringify([ids[0], ids[2]]))]).toEqual([ids[0], ids[2]]);
  });
  it('ignores unknown ids, non-strings, and anything that is not a JSON list', () => {
    expect([...readSavedTicks(JSON.stringify([ids[1], 'removed-item', 42]))]).toEqual([ids[1]]);
    for (const saved of [null, '', '{"a":1}', 'not json', '"text"']) expect(readSavedTicks(saved).size).toBe(0);
  });
});

describe('self-check items', () => {
  it('cover the points the plan names, with unique ids', () => {
    expect(selfCheckGroups.map((group) => group.title)).toEqual(expect.arrayContaining(['ネットワークの脆弱性', 'アカウント・パスワード管理', 'ウイルス対策', 'オフラインバックアップ']));
    const ids = selfCheckGroups.flatMap((group) => group.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
