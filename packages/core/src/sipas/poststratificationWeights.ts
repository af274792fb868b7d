import * as z from 'zod/mini';
import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { ownRecord } from './internal/ownRecord.js';
import { type SipasResponse, SipasResponseSchema } from './responseSchema.js';

const CELL_FIELDS = ['unitCode', 'service', 'sector', 'sex', 'ageGroup'] as const;
type CellField = (typeof CELL_FIELDS)[number];

const PopulationSchema = z.number().check(z.positive());

const OptionsSchema = z.strictObject({
  by: z.array(z.enum(CELL_FIELDS)).check(z.minLength(1)),
  population: z.record(z.string(), PopulationSchema),
});

/** Only checks that the responses are a list; each row is then parsed on its own, so issues name `responses[i]`. */
const ListSchema = z.array(z.unknown());

/** The outcome of {@link poststratificationWeights}. */
export interface PoststratificationResult {
  /** Copies of the responses with `weight` set. */
  readonly responses: SipasResponse[];
  /** Weight of each cell (label = values joined by `' | '`). */
  readonly weights: Readonly<Record<string, number>>;
  /** Cells of the population with no respondent: their share cannot be represented (the others are rescaled). */
  readonly emptyCells: readonly string[];
}

/**
 * Post-stratification weights (trọng số hậu phân tầng): each respondent in cell h (e.g. sex × age group) gets
 * w_h = (N_h / N) / (n_h / n), where N_h is the population in the cell and n_h the respondents in it, over the cells
 * that have respondents. The weights average 1 over the sample; weighted shares then match the population's mix.
 * Score with `scoreSipas(…, { weighted: true })`.
 *
 * @param responses - The responses (validated).
 * @param options - `by`: the cell fields (`sex`, `ageGroup`, `unitCode`, `service`, `sector`); `population`: N_h
 *   per cell label (values joined by `' | '`, e.g. `'nam | 18-34'`), as counts or shares.
 * @returns Weighted copies, the weight per cell and the population cells nobody answered from.
 * @throws {@link CchcError} when `responses` is not a list or a row is malformed (naming `responses[i]`), the
 *   options are invalid, or a respondent's cell has no population figure (or its field is blank).
 * @example
 * const { responses: weighted } = poststratificationWeights(rows, { by: ['sex'], population: { nam: 520, nu: 480 } })
 * scoreSipas(inst, weighted, { weighted: true })
 */
export function poststratificationWeights(
  responses: readonly SipasResponse[],
  options: { by: CellField[]; population: Record<string, number> },
): PoststratificationResult {
  const parsed = parseOrThrow(OptionsSchema, options, 'options');
  const { by } = parsed;
  // Cell labels are data ("constructor", "__proto__"…): a prototype-less map, read by own keys.
  const population = ownRecord(
    (options as { population: unknown }).population,
    parsed.population,
    PopulationSchema,
    'options.population',
  );
  const list = parseOrThrow(ListSchema, responses, 'responses');
  const rows = list.map((r, i) => parseOrThrow(SipasResponseSchema, r, `responses[${i}]`));
  const labels = rows.map((r) => by.map((f) => r[f] ?? '').join(' | '));
  const issues: CchcIssue[] = [];
  const counts = new Map<string, number>();
  labels.forEach((label, i) => {
    if (!Object.hasOwn(population, label)) {
      issues.push({
        path: `responses[${i}]`,
        row: i + 1,
        value: label,
        expected: { vi: 'một ô có trong population', en: 'a cell listed in population' },
        message: {
          vi: `dòng ${i + 1}: ô "${label}" (${by.join(' × ')}) không có số liệu dân số`,
          en: `row ${i + 1}: cell "${label}" (${by.join(' × ')}) has no population figure`,
        },
      });
    }
    counts.set(label, (counts.get(label) ?? 0) + 1);
  });
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  const n = rows.length;
  const covered = Object.entries(population).filter(([label]) => counts.has(label));
  const N = covered.reduce((sum, [, v]) => sum + v, 0);
  const weightOf = new Map(
    covered.map(([label, Nh]) => [label, Nh / N / (counts.get(label)! / n)]),
  );
  return {
    responses: rows.map((r, i) => ({ ...r, weight: weightOf.get(labels[i]!)! })),
    // fromEntries defines own keys, so even a cell labelled "__proto__" is a plain entry.
    weights: Object.fromEntries(weightOf),
    emptyCells: Object.keys(population).filter((label) => !counts.has(label)),
  };
}
