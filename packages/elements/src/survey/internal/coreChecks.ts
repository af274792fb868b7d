// core's loading and checks as the survey uses them: a shipped instrument (`instrument-id`) and a well-formed
// response need no zod (loadInstrument, tryValidateResponses); core's schema checks (schemaChecks.ts, with zod) are
// loaded on demand only for an instrument the page supplies (`instrument`, `src`) or a malformed response.
import {
  type Bilingual,
  type Instrument,
  type InstrumentInput,
  loadInstrument,
  type SipasResponse,
  type SipasValidation,
  tryValidateResponses,
} from '@cchc/core';
import { LoadError, loadJson } from '../../shared/loadJson.js';

/** core's `parseInstrument` and `validateResponses`. */
export type SchemaChecks = typeof import('./schemaChecks.js');

/**
 * Imports the schema checks (in the embed bundle, a chunk next to the entry file, fetched once).
 *
 * @throws {@link LoadError} (as a rejection) when the chunk could not be fetched (offline): a later call tries again.
 */
export function loadSchemaChecks(): Promise<SchemaChecks> {
  return import('./schemaChecks.js').catch((cause: unknown) => {
    const error = new LoadError(
      'Không tải được phần kiểm tra phiếu khảo sát (mất kết nối?); hãy thử lại',
      'Could not load the questionnaire checks (offline?); please try again',
    );
    error.cause = cause;
    throw error;
  });
}

/** Where the survey's instrument comes from: its `instrument` property, `src` or `instrument-id` attribute. */
export interface InstrumentOrigin {
  readonly instrument: Instrument | InstrumentInput | null;
  readonly src: string;
  readonly instrumentId: string;
}

/**
 * How to load the instrument, the first given of `instrument`, `src` and `instrument-id`; `awaited`: the element's
 * `updateComplete` waits for it (not for `src`, a network fetch). `null` when none is given.
 *
 * A shipped instrument (`instrument-id`) needs no schema check; the page's own (object or `src`) is checked with
 * core's `parseInstrument`, loaded on demand (in parallel with the fetch of `src`).
 */
export function instrumentSource(origin: InstrumentOrigin): {
  readonly load: (signal: AbortSignal) => Promise<Instrument>;
  readonly awaited: boolean;
} | null {
  const { instrument: input, src: url, instrumentId: id } = origin;
  if (input)
    return { load: async () => (await loadSchemaChecks()).parseInstrument(input), awaited: true };
  if (url)
    return {
      load: async (signal) => {
        const [checks, data] = await Promise.all([loadSchemaChecks(), loadJson(url, signal)]);
        return checks.parseInstrument(data);
      },
      awaited: false,
    };
  if (id) return { load: () => loadInstrument(id), awaited: true };
  return null;
}

/**
 * core's `validateResponses` report for one response: at once when it is well-formed (no zod needed), else a promise
 * of it, from the schema checks loaded on demand (they name what is wrong, e.g. an empty `unitCode`).
 */
export function checkResponse(
  instrument: Instrument,
  response: SipasResponse,
): SipasValidation | Promise<SipasValidation> {
  return (
    tryValidateResponses(instrument, [response]) ??
    loadSchemaChecks().then(({ validateResponses }) => validateResponses(instrument, [response]))
  );
}

/** Whether an error means the instrument could not be fetched (network, offline) rather than being invalid. */
export const isUnavailable = (error: unknown): boolean =>
  error instanceof LoadError || (error as { code?: unknown })?.code === 'instrument-unavailable';

/** The bilingual text of an error: a CchcError's or LoadError's own text, else the error as a string. */
export const errorText = (error: unknown): Bilingual =>
  typeof (error as { text?: Bilingual })?.text?.vi === 'string'
    ? (error as { text: Bilingual }).text
    : { vi: String(error), en: String(error) };

/** Every issue of a report, joined, in both languages. */
export function issuesText(check: SipasValidation): Bilingual {
  const messages = check.issues.map((i) => i.message);
  return { vi: messages.map((m) => m.vi).join('; '), en: messages.map((m) => m.en).join('; ') };
}
