// One order for issues whatever the input path: by row, then row-level problems, unknown questions (by id), and
// answer problems in instrument order. Batches and single responses then report identically.
import type { SipasIssue } from '../types.js';
import type { CompiledInstrument } from './compile.js';

const RANK: Record<SipasIssue['kind'], number> = {
  'invalid-row': 0,
  'duplicate-respondent': 1,
  'missing-weight': 2,
  'unknown-question': 3,
  'skipped-question': 4,
  'out-of-scale': 4,
};

/** Sorts issues in place into the canonical order and returns them. */
export function sortIssues(compiled: CompiledInstrument, issues: SipasIssue[]): SipasIssue[] {
  const position = (i: SipasIssue) =>
    i.question === undefined ? -1 : (compiled.byId.get(i.question) ?? -1);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return issues.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      RANK[a.kind] - RANK[b.kind] ||
      position(a) - position(b) ||
      text(a.question ?? '', b.question ?? '') ||
      text(a.path, b.path),
  );
}
