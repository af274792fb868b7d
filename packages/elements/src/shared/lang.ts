/** Languages of every user-facing text: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

/**
 * Resolves the language an element should speak: its own `lang` attribute, else the nearest ancestor's, else Vietnamese.
 *
 * @param element - The element (its `lang` and ancestors' are read; the shadow host chain is followed).
 * @returns `'en'` when the resolved language tag starts with `en`, otherwise `'vi'`.
 * @example
 * resolveLang(document.querySelector('cchc-survey')!) //=> 'vi'
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'vi';
}
