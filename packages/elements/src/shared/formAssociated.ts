import { isServer, type LitElement } from 'lit';

// biome-ignore lint/suspicious/noExplicitAny: the standard mixin constructor signature
type Constructor<T> = new (...args: any[]) => T;

/** What a form-associated element gains from {@link FormAssociated}. */
export interface FormAssociatedElement {
  /** The ElementInternals (undefined on the server or in browsers without form association). */
  readonly internals: ElementInternals | undefined;
  /** The name under which the value is submitted with the form. */
  name: string;
  /** The owning form, if any. */
  readonly form: HTMLFormElement | null;
}

/**
 * Makes a Lit element form-associated through `ElementInternals`, so it takes part in a normal `<form>`
 * (value, validity, reset, restore). Subclasses call `this.internals?.setFormValue(…)` / `setValidity(…)` and may
 * override `formResetCallback()` / `formStateRestoreCallback()`.
 *
 * @example
 * export class CchcSurvey extends FormAssociated(LitElement) { … }
 */
export function FormAssociated<T extends Constructor<LitElement>>(Base: T) {
  class FormAssociatedMixin extends Base implements FormAssociatedElement {
    static formAssociated = true;
    readonly internals: ElementInternals | undefined;

    // biome-ignore lint/suspicious/noExplicitAny: mixin constructor
    constructor(...args: any[]) {
      super(...args);
      this.internals =
        !isServer && typeof this.attachInternals === 'function'
          ? this.attachInternals()
          : undefined;
    }

    get name(): string {
      return this.getAttribute('name') ?? '';
    }
    set name(value: string) {
      this.setAttribute('name', value);
    }

    get form(): HTMLFormElement | null {
      return this.internals?.form ?? null;
    }
  }
  return FormAssociatedMixin as Constructor<FormAssociatedElement> & T;
}
