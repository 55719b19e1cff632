/**
 * startAll (src/client/start.ts). Node has no DOM, so this gives it the smallest element with the
 * attribute API it uses; the browser journeys (videos, support, institutions) run it on the real pages.
 */
import { describe, expect, it, vi } from 'vitest';
import { startAll } from '../../src/client/start';

class Element {
  attributes = new Map<string, string>();
  constructor(readonly module: string) {
    this.attributes.set('data-module', module);
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
}
const scopeOf = (elements: Element[]) =>
  ({ querySelectorAll: (selector: string) => elements.filter((element) => selector === `[data-module="${element.module}"]`) }) as unknown as ParentNode;

describe('startAll: init once per element, safe to call twice', () => {
  it('starts each matching element once, however often it is called, and later ones on the next call', () => {
    const elements = [new Element('lease-checker'), new Element('lease-checker'), new Element('other')];
    const init = vi.fn();
    expect(startAll('lease-checker', init, scopeOf(elements))).toHaveLength(2);
    expect(startAll('lease-checker', init, scopeOf(elements))).toHaveLength(0);
    expect(init).toHaveBeenCalledTimes(2);
    expect(elements[0]!.hasAttribute('data-lease-checker-init')).toBe(true);
    elements.push(new Element('lease-checker'));
    expect(startAll('lease-checker', init, scopeOf(elements))).toHaveLength(1);
    expect(init).toHaveBeenCalledTimes(3);
  });

  it('a component that throws is reported, left unmarked for a retry, and does not stop the others', () => {
    const elements = [new Element('video-facade'), new Element('video-facade')];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const started = startAll('video-facade', () => {
      calls += 1;
      if (calls === 1) throw new Error('broken markup');
    }, scopeOf(elements));
    expect(started).toEqual([elements[1]]);
    expect(elements[0]!.hasAttribute('data-video-facade-init')).toBe(false);
    expect(error).toHaveBeenCalledWith('video-facade: could not start', expect.any(Error));
    error.mockRestore();
  });
});
