// Validates a list of rows with one schema, reporting every bad field of every row (label[i].field, row i+1).
import * as z from 'zod/mini';
import { CchcError, type CchcIssue } from '../../schema/CchcError.js';
import { formatIssues } from '../../schema/formatIssues.js';

export function parseRows<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  label: string,
): z.output<S>[] {
  if (!Array.isArray(input))
    throw new CchcError('invalid-input', [
      {
        path: label,
        value: input,
        expected: { vi: 'một danh sách', en: 'a list' },
        message: { vi: `${label}: cần một danh sách`, en: `${label}: expected a list` },
      },
    ]);
  const out: z.output<S>[] = [];
  const issues: CchcIssue[] = [];
  input.forEach((row, i) => {
    const r = z.safeParse(schema, row, { reportInput: true });
    if (r.success) out.push(r.data);
    else issues.push(...formatIssues(r.error, row, { label: `${label}[${i}]`, row: i + 1 }));
  });
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  return out;
}
