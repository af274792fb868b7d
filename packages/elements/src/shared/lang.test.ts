import { describe, expect, it } from 'vitest';
import { resolveLang } from './lang.js';

describe('resolveLang', () => {
  it('defaults to Vietnamese when no ancestor has a lang', () => {
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    html.removeAttribute('lang');
    const el = document.createElement('div');
    document.body.append(el);
    try {
      expect(resolveLang(el)).toBe('vi');
    } finally {
      el.remove();
      if (saved !== null) html.setAttribute('lang', saved);
    }
  });

  it('reads the element’s own lang, then its ancestors’, across a shadow root', () => {
    const outer = document.createElement('section');
    outer.lang = 'en-GB';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    expect(resolveLang(inner)).toBe('en');
    inner.lang = 'vi';
    expect(resolveLang(inner)).toBe('vi');
    outer.remove();
  });
});
