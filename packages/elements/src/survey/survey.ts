import type {
  AnswerValue,
  Bilingual,
  Instrument,
  InstrumentInput,
  SipasResponse,
  SipasValidation,
} from '@cchc/core';
import { isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociated } from '../shared/formAssociated.js';
import { resolveLang } from '../shared/lang.js';
import { type CchcStorage, defaultStorage, memoryStorage } from '../shared/storage.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  checkResponse,
  errorText,
  instrumentSource,
  issuesText,
  isUnavailable,
} from './internal/coreChecks.js';
import {
  draftStorageKey,
  newIdempotencyKey,
  parseDraft,
  readDraft,
  removeDraft,
  type SurveyDraft,
  writeDraft,
} from './internal/draft.js';
import { type Delivery, Outbox } from './internal/outbox.js';
import { findProblems, type Problem } from './internal/problems.js';
import { buildResponse } from './internal/response.js';
import { renderSurvey, type SurveyView } from './internal/view.js';
import { askedQuestions, visiblePages } from './internal/visibility.js';
import { CchcSubmitEvent } from './submit-event.js';
import { surveyStrings } from './survey.i18n.js';
import { surveyStyles } from './survey.styles.js';

/**
 * @summary A satisfaction questionnaire (phiếu khảo sát sự hài lòng) that any portal can embed: renders a SIPAS
 * instrument, keeps a draft, validates answers, and submits one response per respondent.
 *
 * @tag cchc-survey
 *
 * @fires cchc-submit - {@link CchcSubmitEvent}: a complete response, checked with core's `validateResponses`, with
 * `detail: { response, idempotencyKey, instrument }`. Fired once per response. Cancelable (then nothing is POSTed
 * and the draft stays).
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The instrument's title.
 * @csspart draft - The "draft restored" bar with its start-over button.
 * @csspart start-over - The "Xoá bản nháp / Start over" button.
 * @csspart progress - The progress bar and its text ("Đã trả lời: câu 5/22").
 * @csspart error-summary - The list of unanswered required questions (also the instrument load error).
 * @csspart page - One element (yếu tố) of the instrument: a page in paged mode.
 * @csspart question - One question block.
 * @csspart label - A question's text.
 * @csspart scale - The choices of a 5-level satisfaction question.
 * @csspart choices - The choices of a yes/no, single, multiple or demographic question.
 * @csspart choice - One choice (a label around its radio button or checkbox).
 * @csspart error - A question's error message.
 * @csspart nav - The Back / Next / Submit bar.
 * @csspart back - The Back button.
 * @csspart next - The Next button.
 * @csspart submit - The Submit button.
 * @csspart done - The thank-you panel after submitting.
 * @csspart new-response - The "new response" button in the thank-you panel.
 * @csspart status - The live region announcing sending, sent, queued and refused.
 *
 * @cssproperty --cchc-color-primary - Accent: buttons, checked choices.
 * @cssproperty --cchc-color-on-primary - Text on the accent.
 * @cssproperty --cchc-color-text - Text colour.
 * @cssproperty --cchc-color-muted - Secondary text (help, progress).
 * @cssproperty --cchc-color-surface - Background.
 * @cssproperty --cchc-color-border - Borders of choices and fields.
 * @cssproperty --cchc-color-danger - Errors.
 * @cssproperty --cchc-color-focus - Focus ring.
 * @cssproperty --cchc-font-family - Font.
 * @cssproperty --cchc-font-size - Base font size.
 * @cssproperty --cchc-radius - Corner radius.
 * @cssproperty --cchc-spacing - Base spacing.
 * @cssproperty --cchc-touch-target - Minimum height of every control (default 44px).
 * @cssproperty --cchc-color-scheme - `dark` draws native radios and checkboxes dark (set by `themes/dark.css`).
 *
 * @cssState invalid - Required questions are unanswered (or the instrument is still loading).
 * @cssState submitted - The response was submitted.
 */
export class CchcSurvey extends FormAssociated(LitElement) {
  static override styles = [themeStyles, surveyStyles];

  /**
   * The instrument (bộ phiếu) as an object — parsed with core's `parseInstrument` (loaded on demand: in the embed
   * bundle, a file next to it); wins over `src` and `instrument-id`. `updateComplete` waits for it.
   */
  @property({ attribute: false }) instrument: Instrument | InstrumentInput | null = null;
  /** URL of an instrument JSON, validated with core's schema (a bilingual error is shown if it fails). */
  @property() src = '';
  /**
   * Id of an instrument shipped with core: `sipas-2017`, `commune-ubnd-example`, `health-station-example`. Loaded on
   * demand (core's `loadInstrument`: in the embed bundle, a small file next to it); `updateComplete` waits for it.
   */
  @property({ attribute: 'instrument-id' }) instrumentId = '';
  /** Code of the unit being rated (mã đơn vị), e.g. a commune People's Committee or health station. */
  @property({ attribute: 'unit-code' }) unitCode = '';
  /** Name of the unit being rated, shown under the title. */
  @property({ attribute: 'unit-name' }) unitName = '';
  /** Service or procedure used (dịch vụ), e.g. `ho-tich`; questions limited to other services are not asked. */
  @property() service = '';
  /** `paged`: one element (yếu tố) per page, with Back / Next; `all`: every question at once. */
  @property({ reflect: true }) mode: 'paged' | 'all' = 'paged';
  /** When set, each submitted response is POSTed here as JSON with an `Idempotency-Key` header, queued while offline. */
  @property() action = '';
  /** Heading level of the title (1–5); element titles are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Where drafts and queued submissions live: `localStorage` by default; swap it (e.g. `memoryStorage()`) in tests. */
  @property({ attribute: false }) storage: CchcStorage = isServer
    ? memoryStorage()
    : defaultStorage();

  @state() private parsed: Instrument | null = null;
  @state() private loadError: { text: Bilingual; unavailable: boolean } | null = null;
  @state() private loading = false;
  @state() private answers: Record<string, AnswerValue> = {};
  @state() private page = 0;
  @state() private problems: ReadonlyMap<string, Problem> = new Map();
  @state() private restored = false;
  @state() private phase: 'editing' | 'submitting' | 'done' = 'editing';
  @state() private status: Delivery['state'] | 'sending' | null = null;
  @state() private rejectedStatus = 0;
  @state() private submitError: Bilingual | null = null;

  /** Idempotency key (and respondent id) of the response being filled. */
  #key = '';
  /** Key of the response last submitted: deliveries of other keys are not ours to announce. */
  #submittedKey = '';
  #draftKey: string | null = null;
  #abort: AbortController | undefined;
  /** An instrument being loaded and checked (not `src`), or a response being checked (never rejects): `updateComplete` waits for it. */
  #pending: Promise<void> | undefined;
  /** Form state the browser restored while the instrument was loading: applied once it has loaded. */
  #restoredState: SurveyDraft | null = null;
  #outbox: Outbox | undefined;
  #focusAfterRender: (() => HTMLElement | null | undefined) | undefined;

  // `lang` is HTMLElement's own property, so it is observed by hand: a change re-renders in the new language.
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit's getter must run with this class as `this`
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The idempotency key of the response being filled (stable across reloads while the draft lives). */
  get idempotencyKey(): string {
    return this.#key;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startOutbox();
    // Moved in the page while loading: the disconnect aborted the load, so start it again.
    if (this.loading && this.#abort?.signal.aborted) this.#resolveInstrument();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#outbox?.stop();
  }

  #startOutbox(): void {
    if (isServer || !this.isConnected) return;
    this.#outbox?.stop();
    this.#outbox = new Outbox(this.storage, (d) => this.#delivered(d));
    this.#outbox.start();
  }

  #delivered(d: Delivery): void {
    if (d.key !== this.#submittedKey) return;
    this.status = d.state;
    if (d.state === 'rejected') this.rejectedStatus = d.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = changed.has('instrument') || changed.has('src') || changed.has('instrumentId');
    if (source) this.#resolveInstrument();
    if (changed.has('storage') && this.hasUpdated) this.#startOutbox();
    if (source || changed.has('unitCode') || changed.has('service') || changed.has('storage'))
      this.#loadDraft();
  }

  #resolveInstrument(): void {
    this.#abort?.abort();
    this.#pending = undefined;
    this.loadError = null;
    this.loading = false;
    this.parsed = null;
    const source = instrumentSource(this);
    if (!source) return;
    const done = this.#load(source.load);
    if (source.awaited) this.#track(done);
  }

  /**
   * Shows "loading" until `load` settles, then the instrument (with its draft) or the bilingual error. A load that
   * was overtaken (a newer `instrument`, `src` or `instrument-id`) or interrupted (the element left the page) is
   * dropped, so a slow answer never replaces a newer one.
   */
  #load(load: (signal: AbortSignal) => Promise<Instrument>): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    const done = load(abort.signal)
      .then((instrument) => {
        if (abort.signal.aborted) return;
        this.parsed = instrument;
        this.#loadDraft();
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        this.loadError = { text: errorText(error), unavailable: isUnavailable(error) };
      })
      .finally(() => {
        if (!abort.signal.aborted) this.loading = false;
      });
    return done;
  }

  /** Makes `updateComplete` wait for `work` (which never rejects) until it settles. */
  #track(work: Promise<void>): void {
    const done = work.finally(() => {
      if (this.#pending === done) this.#pending = undefined;
    });
    this.#pending = done;
  }

  /** Also waits for a shipped instrument (`instrument-id`) to load and render, as when it was part of the bundle. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#pending) {
      await this.#pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Restores the draft of this instrument + unit (+ service), or starts a new response. */
  #loadDraft(): void {
    const inst = this.parsed;
    this.#draftKey =
      inst && this.unitCode
        ? draftStorageKey(inst.id, this.unitCode, this.service || undefined)
        : null;
    const draft = this.#draftKey ? readDraft(this.storage, this.#draftKey) : null;
    this.#key = draft?.key ?? newIdempotencyKey();
    this.answers = { ...draft?.answers };
    this.page = draft?.page ?? 0;
    this.restored = Object.keys(this.answers).length > 0;
    this.problems = new Map();
    this.phase = 'editing';
    this.submitError = null;
    const restoredState = inst ? this.#restoredState : null;
    if (restoredState) {
      this.#restoredState = null;
      this.#restoreState(restoredState);
    }
  }

  #save(): void {
    if (this.#draftKey)
      writeDraft(this.storage, this.#draftKey, {
        key: this.#key,
        answers: this.answers,
        page: this.page,
      });
  }

  /** Current visible structure: asked questions (skip logic applied) and the pages they fall on. */
  #structure(inst: Instrument) {
    const asked = askedQuestions(inst, this.answers, this.service || undefined);
    const pages = visiblePages(inst, asked);
    const page = Math.min(this.page, Math.max(0, pages.length - 1));
    return { asked, pages, page, questions: pages.flatMap((p) => p.questions) };
  }

  #answer = (id: string, value: AnswerValue): void => {
    this.answers = { ...this.answers, [id]: value };
    this.submitError = null;
    if (this.problems.size > 0 && this.parsed) {
      // Errors shown so far update as they are fixed; no new ones appear until the next Next/Submit.
      const now = findProblems(this.#structure(this.parsed).questions, this.answers);
      this.problems = new Map(
        [...this.problems].filter(([q]) => now.has(q)).map(([q]) => [q, now.get(q)!]),
      );
    }
    this.#save();
  };

  /** Shows the problems, moves to the page of the first one and focuses it; true when there were none. */
  #check(inst: Instrument, all: boolean): boolean {
    const s = this.#structure(inst);
    const questions = all ? s.questions : (s.pages[s.page]?.questions ?? []);
    this.problems = findProblems(questions, this.answers);
    const first = this.problems.keys().next().value;
    if (first === undefined) return true;
    this.#goToQuestion(first);
    return false;
  }

  #goToQuestion = (id: string): void => {
    if (!this.parsed) return;
    const s = this.#structure(this.parsed);
    const page = s.pages.findIndex((p) => p.questions.some((q) => q.id === id));
    if (this.mode !== 'all' && page >= 0) this.page = page;
    this.requestUpdate();
    const index = this.parsed.elements.flatMap((e) => e.questions).findIndex((q) => q.id === id);
    this.#focusAfterRender = () => {
      const block = this.renderRoot.querySelector(`#q${index}`);
      return (
        block?.querySelector<HTMLElement>('input:checked') ??
        block?.querySelector<HTMLElement>('input, textarea')
      );
    };
  };

  #turn(delta: number): void {
    this.page = Math.max(0, this.#structure(this.parsed!).page + delta);
    this.problems = new Map();
    this.#save();
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.page-title');
  }

  #next = (): void => {
    if (this.parsed && this.#check(this.parsed, false)) this.#turn(1);
  };

  #back = (): void => this.#turn(-1);

  /** The response for the current answers (only asked, answered questions). */
  #response(inst: Instrument, asked: ReadonlySet<string>): SipasResponse {
    const context = { respondentId: this.#key, unitCode: this.unitCode };
    return buildResponse(inst, this.answers, asked, {
      ...context,
      service: this.service || undefined,
    });
  }

  /** Validates, fires `cchc-submit` once, then hands the response to the outbox when `action` is set. */
  #submit = (): void => {
    const inst = this.parsed;
    if (!inst || this.phase !== 'editing') return; // a second click, a retry while pending, or after success
    if (!this.#check(inst, true)) return;
    const response = this.#response(inst, this.#structure(inst).asked);
    const check = checkResponse(inst, response);
    if (!(check instanceof Promise)) {
      this.#send(inst, response, check);
      return;
    }
    // Not well-formed (e.g. no unit-code): core's schema checks, loaded on demand, say why. Submitting waits.
    this.phase = 'submitting';
    const settle = (then: () => void) => {
      if (this.parsed !== inst || this.phase !== 'submitting') return; // changed meanwhile
      this.phase = 'editing';
      then();
    };
    this.#track(
      check.then(
        (full) => settle(() => this.#send(inst, response, full)),
        (error: unknown) => settle(() => (this.submitError = errorText(error))),
      ),
    );
  };

  /** Fires `cchc-submit` for a checked response, then hands it to the outbox when `action` is set. */
  #send(inst: Instrument, response: SipasResponse, check: SipasValidation): void {
    if (!check.valid) {
      this.submitError = issuesText(check);
      return;
    }
    this.phase = 'submitting';
    const detail = {
      response,
      idempotencyKey: this.#key,
      instrument: { id: inst.id, version: inst.version },
    };
    if (!this.dispatchEvent(new CchcSubmitEvent(detail))) {
      this.phase = 'editing';
      return;
    }
    this.phase = 'done';
    this.#submittedKey = this.#key;
    if (this.#draftKey) removeDraft(this.storage, this.#draftKey);
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.done');
    if (this.action) {
      this.status = 'sending';
      const outbox = this.#outbox ?? new Outbox(this.storage, (d) => this.#delivered(d));
      void outbox.send(
        this.#key,
        new URL(this.action, document.baseURI).href,
        JSON.stringify(detail),
      );
    } else this.status = null;
  }

  /** Deletes the draft and starts a new, empty response with a new idempotency key. */
  #startOver = (): void => {
    if (this.#draftKey) removeDraft(this.storage, this.#draftKey);
    this.#loadDraft();
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.page-title');
  };

  #newResponse = (): void => {
    this.#startOver();
    this.status = null;
  };

  protected override updated(): void {
    const target = this.#focusAfterRender?.();
    this.#focusAfterRender = undefined;
    target?.focus();
    this.#syncForm();
  }

  /** Form value (the response JSON), validity and custom states for a surrounding `<form>`. */
  #syncForm(): void {
    const internals = this.internals;
    const inst = this.parsed;
    if (!internals) return;
    if (!inst || this.phase === 'done') {
      internals.setFormValue(null);
      // Still loading: nothing answered yet, so a surrounding form must wait (an instrument that failed does not block it).
      if (this.loading)
        internals.setValidity({ valueMissing: true }, surveyStrings[resolveLang(this)].loading);
      else internals.setValidity({});
    } else {
      const s = this.#structure(inst);
      const response = this.#response(inst, s.asked);
      const draft = JSON.stringify({ key: this.#key, answers: this.answers, page: this.page });
      internals.setFormValue(JSON.stringify(response), draft);
      const missing = findProblems(s.questions, this.answers);
      const anchor = this.renderRoot.querySelector<HTMLElement>('form button[type=submit]');
      if (missing.size === 0) internals.setValidity({});
      else
        internals.setValidity(
          { valueMissing: true },
          surveyStrings[resolveLang(this)].incomplete,
          anchor ?? undefined,
        );
    }
    try {
      const invalid = this.phase !== 'done' && internals.validity.valueMissing;
      internals.states[invalid ? 'add' : 'delete']('invalid');
      internals.states[this.phase === 'done' ? 'add' : 'delete']('submitted');
    } catch {
      // CustomStateSet without plain names (older browsers): the states are a progressive enhancement.
    }
  }

  /** A surrounding form was reset: the draft goes and a new response starts. */
  formResetCallback(): void {
    this.#newResponse();
  }

  /** The browser restores the form (back/forward navigation, autofill): bring back the saved answers. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    const draft = typeof state === 'string' ? parseDraft(state) : null;
    if (!draft) return;
    if (this.parsed) this.#restoreState(draft);
    else this.#restoredState = draft; // the instrument is loading: its draft would overwrite these answers
  }

  #restoreState(draft: SurveyDraft): void {
    this.#key = draft.key;
    this.answers = { ...draft.answers };
    this.page = draft.page;
  }

  protected override render() {
    const lang = resolveLang(this);
    const view: SurveyView = {
      lang,
      strings: surveyStrings[lang],
      level: Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2)),
      instrument: this.parsed,
      structure: this.parsed ? this.#structure(this.parsed) : null,
      loading: this.loading,
      loadError: this.loadError,
      unitCode: this.unitCode,
      unitName: this.unitName,
      paged: this.mode !== 'all',
      answers: this.answers,
      problems: this.problems,
      restored: this.restored,
      phase: this.phase,
      status: this.status,
      rejectedStatus: this.rejectedStatus,
      submitError: this.submitError,
      on: {
        answer: this.#answer,
        next: this.#next,
        back: this.#back,
        submit: this.#submit,
        startOver: this.#startOver,
        newResponse: this.#newResponse,
        goTo: this.#goToQuestion,
      },
    };
    return renderSurvey(view) ?? nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cchc-survey': CchcSurvey;
  }
}
