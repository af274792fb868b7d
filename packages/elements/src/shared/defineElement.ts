/**
 * Registers a custom element unless the tag is already taken, warning instead of throwing.
 *
 * Two portal widgets on one page may each load a copy of `@cchc/elements`; the second registration must not break
 * the page, so it is skipped with a console warning (the first definition stays in use).
 *
 * @param tag - The custom element name, e.g. `'cchc-survey'`.
 * @param ctor - The element class.
 * @param registry - The registry to use; `customElements` by default.
 * @returns `true` when this call registered the tag, `false` when it was already defined.
 * @example
 * defineElement('cchc-survey', CchcSurvey)
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): boolean {
  if (registry === undefined) return false; // server-side rendering: nothing to register
  const existing = registry.get(tag);
  if (existing !== undefined) {
    if (existing !== ctor) {
      console.warn(
        `[cchc] <${tag}> đã được đăng ký bởi một bản khác; giữ bản đầu tiên. / <${tag}> is already defined by another copy; keeping the first.`,
      );
    }
    return false;
  }
  registry.define(tag, ctor);
  return true;
}
