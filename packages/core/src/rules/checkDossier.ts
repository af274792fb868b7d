import type { compileRulePack } from './compileRulePack.js';
import type { Finding } from './findingSchema.js';
import { checkOne } from './internal/checkOne.js';
import { compiledPackOf } from './internal/compiledPack.js';
import type { CheckOptions } from './internal/context.js';

/**
 * Checks one dossier against a rule pack (kiểm tra tuân thủ một cửa): one finding per dossier rule — met, missed,
 * pending or not-applicable — with the due date, the date done, the lateness in working days, the citations, a
 * bilingual message and the facts that decided it.
 *
 * Synchronous: it uses the compiled fast path ({@link compileRulePack}); {@link checkDossierWithEngine} gives the
 * same findings through json-rules-engine. Deadlines are counted in working days with `options.calendar`. Events
 * dated after `options.asOf` are ignored (the dossier is judged as it stood that day); without `asOf`, the day of
 * its last event is used — pass `asOf` for dossiers still open.
 *
 * @param dossier - A dossier (validated with {@link DossierSchema}; nothing is evaluated on invalid input).
 * @param pack - A rule pack, e.g. `getRulePack('vn-one-stop-2018')` or `packFor(dossier.receivedAt.slice(0, 10))`.
 * @param options - `calendar` (from createCalendar) and `asOf` ('YYYY-MM-DD').
 * @returns The findings, in the pack's rule order.
 * @throws {@link CchcError} (bilingual, naming the field) on an invalid dossier, pack or options.
 * @example
 * checkDossier(dossier, getRulePack('khanhson-2017'), { asOf: '2017-06-30' })
 *   .filter((f) => f.status === 'missed')
 *   .map((f) => f.message.vi)
 * @see Nghị định 61/2018/NĐ-CP, Điều 15–20; Công văn 112/UBND-NV (2017), mục 4
 */
export function checkDossier(dossier: unknown, pack: unknown, options?: CheckOptions): Finding[] {
  return checkOne(compiledPackOf(pack), dossier, options);
}
