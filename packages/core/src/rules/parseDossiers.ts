import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { formatIssues } from '../schema/formatIssues.js';
import { type Dossier, DossierSchema } from './dossierSchema.js';

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
 * Every problem of every dossier is reported together, each naming its row (1-based) and field.
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
    const r = DossierSchema.safeParse(dossiers[i], { reportInput: true });
    if (r.success) items.push(r.data);
    else
      issues.push(...formatIssues(r.error, dossiers[i], { label: `dossiers[${i}]`, row: i + 1 }));
  }
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  return new ParsedDossiers(TOKEN, items);
}
