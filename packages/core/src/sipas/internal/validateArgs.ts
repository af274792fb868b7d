// The arguments of validateResponses / tryValidateResponses besides the instrument, checked by hand with the issues
// (and so the messages) of the zod schemas they replace; validateArgs.prop.test.ts compares them with those schemas.
import { type HandIssue, invalidInput } from '../../schema/internal/handIssues.js';

/**
 * The `responses` argument: a list (its rows may be anything: each is checked and reported on its own).
 * `parseOrThrow(z.array(z.unknown()), responses, 'responses')` by hand: a dense copy, a hole read as `undefined`.
 */
export function responseList(responses: unknown): unknown[] {
  if (!Array.isArray(responses))
    throw invalidInput(
      [{ code: 'invalid_type', expected: 'array', path: [], input: responses }],
      responses,
      'responses',
    );
  const list: unknown[] = new Array(responses.length);
  for (let i = 0; i < responses.length; i++) list[i] = responses[i];
  return list;
}

/**
 * The `options` argument: `{ weighted?: boolean }` and no other key (`null` / `undefined` = none).
 * `parseOrThrow(z.strictObject({ weighted: z.optional(z.boolean()) }), options ?? {}, 'options')` by hand: keys
 * are those `for…in` sees (inherited enumerable ones too), `weighted` is read once, and a bad `weighted` is
 * reported before unknown keys.
 */
export function validationOptions(options: unknown): { weighted?: boolean } {
  const input = options ?? {};
  if (typeof input !== 'object' || Array.isArray(input))
    throw invalidInput(
      [{ code: 'invalid_type', expected: 'object', path: [], input }],
      input,
      'options',
    );
  const record = input as Record<string, unknown>;
  const issues: HandIssue[] = [];
  const weighted = record.weighted;
  const present = 'weighted' in record;
  if (present && weighted !== undefined && typeof weighted !== 'boolean')
    issues.push({ code: 'invalid_type', expected: 'boolean', path: ['weighted'], input: weighted });
  const unknown: string[] = [];
  for (const key in record) if (key !== 'weighted') unknown.push(key);
  if (unknown.length > 0)
    issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], input });
  if (issues.length > 0) throw invalidInput(issues, input, 'options');
  return present ? { weighted: weighted as boolean | undefined } : {};
}
