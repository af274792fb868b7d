import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { formatIssues } from '../schema/formatIssues.js';
import { type Dossier, DossierSchema } from './dossierSchema.js';
import { tryParseDossier } from './internal/tryParseDossier.js';

const TOKEN = Symbol('ParsedDossiers');

/**
 * A batch of dossiers that passed {@link DossierSchema}: evaluators accept it without validating again, so a
 * large batch is validated once and evaluated at full speed. Create one with {@link parseDossiers}.
 */
export class ParsedDossiers {
  /** The validated dossiers, in input order. */
  readonly items: readonly Dossier[];
  /** @internal Use {@link parseDossiers}. */
  constructor(token: symbol, items: readonly Dossier[]) {
    if (token !== TOKEN) throw new TypeError('Use parseDossiers() to create ParsedDossiers');
    this.items = items;
  }
}

/**
 * Validates a batch of dossiers (kiểm tra dữ liệu hồ sơ) once, for the fast evaluators.
 *
 * Every problem of every dossier is reported together, each naming its row (1-based) and field. Two dossiers of
 * one unit may not share an id.
 *
 * @param dossiers - Untrusted dossiers, e.g. parsed JSON from the one-stop software.
 * @returns The validated batch.
 * @throws {@link CchcError} listing each bad field as `dossiers[i].…`, in Vietnamese and English.
 * @example
 * const batch = parseDossiers(JSON.parse(text));
 * compileRulePack(getRulePack('vn-one-stop-2018')).checkDossiers(batch, { asOf: '2019-12-31' });
 */
export function parseDossiers(dossiers: readonly unknown[]): ParsedDossiers {
  if (!Array.isArray(dossiers))
    throw new CchcError('invalid-input', [
      {
        path: 'dossiers',
        value: dossiers,
        expected: { vi: 'một danh sách hồ sơ', en: 'a list of dossiers' },
        message: {
          vi: 'dossiers: cần một danh sách hồ sơ',
          en: 'dossiers: expected a list of dossiers',
        },
      },
    ]);
  const items: Dossier[] = [];
  const issues: CchcIssue[] = [];
  for (let i = 0; i < dossiers.length; i++) {
    // Well-formed dossiers skip zod (the same value); the schema words what is wrong with the others.
    const quick = tryParseDossier(dossiers[i]);
    if (quick !== undefined) {
      items.push(quick);
      continue;
    }
    const r = DossierSchema.safeParse(dossiers[i], { reportInput: true });
    if (r.success) items.push(r.data);
    else
      issues.push(...formatIssues(r.error, dossiers[i], { label: `dossiers[${i}]`, row: i + 1 }));
  }
  // Two dossiers of one unit with the same id would be indistinguishable in the findings and their summary.
  const seen = new Map<string, number>();
  for (let i = 0; i < dossiers.length && issues.length === 0; i++) {
    const d = items[i]!;
    const key = `${d.unitCode}\u0000${d.id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      issues.push({
        path: `dossiers[${i}].id`,
        row: i + 1,
        value: d.id,
        expected: {
          vi: `một mã hồ sơ chưa dùng trong đơn vị ${d.unitCode}`,
          en: `a dossier id not yet used in unit ${d.unitCode}`,
        },
        message: {
          vi: `dòng ${i + 1}, dossiers[${i}].id: mã hồ sơ "${d.id}" của đơn vị ${d.unitCode} đã có ở dòng ${first + 1}`,
          en: `row ${i + 1}, dossiers[${i}].id: dossier id "${d.id}" of unit ${d.unitCode} already at row ${first + 1}`,
        },
      });
  }
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  return new ParsedDossiers(TOKEN, items);
}
