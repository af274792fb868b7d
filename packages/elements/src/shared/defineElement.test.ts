import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from './defineElement.js';

describe('defineElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a new tag', () => {
    class A extends HTMLElement {}
    expect(defineElement('cchc-test-a', A)).toBe(true);
    expect(customElements.get('cchc-test-a')).toBe(A);
  });

  it('warns instead of throwing when another copy already defined the tag', () => {
    class B1 extends HTMLElement {}
    class B2 extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('cchc-test-b', B1);
    expect(() => defineElement('cchc-test-b', B2)).not.toThrow();
    expect(customElements.get('cchc-test-b')).toBe(B1);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('<cchc-test-b>');
  });

  it('is silent when the same class is defined twice', () => {
    class C extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('cchc-test-c', C);
    expect(defineElement('cchc-test-c', C)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});
