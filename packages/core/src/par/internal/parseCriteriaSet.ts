import * as z from 'zod/mini';
import { CchcError, type CchcIssue } from '../../schema/CchcError.js';
import { formatIssues } from '../../schema/formatIssues.js';
import { type CriteriaSet, CriteriaSetSchema } from '../criteriaSetSchema.js';

/** The id of the deepest criterion on a zod path into a criteria set (`fields[i].children[j]…`), if any. */
export function criterionIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  let current: unknown = input;
  let id: string | undefined;
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
    const container = path[i - 1];
    if (
      (container === 'fields' || container === 'children') &&
      current !== null &&
      typeof current === 'object'
    ) {
      const candidate = (current as { id?: unknown }).id;
      if (typeof candidate === 'string') id = candidate;
    }
  }
  return id;
}

/** Prefixes an issue's messages with the criterion it is about, so a reader need not decode the path. */
export function nameCriterion(issue: CchcIssue, id: string | undefined): CchcIssue {
  if (id === undefined) return issue;
  return {
    ...issue,
    message: {
      vi: `Tiêu chí "${id}" — ${issue.message.vi}`,
      en: `Criterion "${id}" — ${issue.message.en}`,
    },
  };
}

/**
 * Parses a criteria set with {@link CriteriaSetSchema}, or throws a {@link CchcError} whose messages name the criterion
 * (its id), the path, the value received and what was expected, in Vietnamese and English.
 */
export function parseCriteriaSet(input: unknown, label = 'criteriaSet'): CriteriaSet {
  const result = z.safeParse(CriteriaSetSchema, input, { reportInput: true });
  if (result.success) return result.data;
  const formatted = formatIssues(result.error, input, { label });
  const issues = formatted.map((issue, i) =>
    nameCriterion(issue, criterionIdAt(input, result.error.issues[i]?.path ?? [])),
  );
  throw new CchcError('invalid-criteria-set', issues);
}
