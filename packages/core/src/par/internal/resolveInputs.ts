import { CchcError, type CchcIssue } from '../../schema/CchcError.js';
import { parseOrThrow } from '../../schema/parse.js';
import { ParInputsBulkSchema, type ParUnitInput } from '../parInputSchema.js';
import { type CompiledSet, KIND } from './compile.js';

/** Every unit's values resolved against a compiled set: unit-major `n × L` typed arrays. */
export interface ResolvedInputs {
  readonly units: readonly ParUnitInput[];
  /** Value used per (unit, leaf): appraised if given, else self-assessed; booleans as 1/0. */
  readonly value: Float64Array;
  /** 1 if the leaf is assessed for the unit, 0 if not applicable. */
  readonly applicable: Uint8Array;
  /** 1 if the value came from the appraisal. */
  readonly appraised: Uint8Array;
}

function issue(path: string, row: number, value: unknown, vi: string, en: string): CchcIssue {
  const shown = JSON.stringify(value);
  return {
    path,
    row,
    value,
    expected: { vi, en },
    message: {
      vi: `dòng ${row}, ${path}: nhận được ${value === undefined ? '(trống)' : shown}, cần ${vi}`,
      en: `row ${row}, ${path}: received ${value === undefined ? '(empty)' : shown}, expected ${en}`,
    },
  };
}

/** Whether a value fits leaf `l`: points in [0, max], a boolean, a rate in [0, 1], an index in [0, 100], a count. */
function fits(c: CompiledSet, l: number, v: unknown): boolean {
  const kind = c.leafKind[l];
  if (kind === KIND.boolean) return typeof v === 'boolean';
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return false;
  if (kind === KIND.manual) return v <= c.leafMax[l]!;
  if (kind === KIND.rate) return v <= 1;
  if (kind === KIND.survey) return v <= 100;
  return Number.isInteger(v);
}

/** What a leaf of each kind expects, for messages. */
function expectation(c: CompiledSet, l: number): { vi: string; en: string } {
  const max = c.leafMax[l]!;
  switch (c.leafKind[l]) {
    case KIND.manual:
      return { vi: `số điểm từ 0 đến ${max}`, en: `points from 0 to ${max}` };
    case KIND.boolean:
      return { vi: 'true hoặc false (đạt / không đạt)', en: 'true or false (done / not done)' };
    case KIND.rate:
      return { vi: 'một tỷ lệ trong [0, 1]', en: 'a rate in [0, 1]' };
    case KIND.survey:
      return { vi: 'một chỉ số trong [0, 100]', en: 'an index in [0, 100]' };
    default:
      return { vi: 'số vi phạm (số nguyên ≥ 0)', en: 'a count of violations (a whole number ≥ 0)' };
  }
}

/**
 * Validates every unit's input against the criteria set and lays the values out in typed arrays.
 * All problems are collected and thrown together as one bilingual {@link CchcError} (row = the unit's position, 1-based).
 */
export function resolveInputs(c: CompiledSet, input: unknown, label = 'inputs'): ResolvedInputs {
  // Values are type-checked below, per criterion (see fits()).
  const units = parseOrThrow(ParInputsBulkSchema, input, label) as ParUnitInput[];
  const L = c.leafNode.length;
  const value = new Float64Array(units.length * L);
  const applicable = new Uint8Array(units.length * L).fill(1);
  const appraised = new Uint8Array(units.length * L);
  const issues: CchcIssue[] = [];
  const codes = new Map<string, number>();
  units.forEach((unit, u) => {
    const row = u + 1;
    const at = `${label}[${u}]`;
    const seenAt = codes.get(unit.unitCode);
    if (seenAt !== undefined) {
      issues.push(
        issue(
          `${at}.unitCode`,
          row,
          unit.unitCode,
          `mã đơn vị không trùng (đã có ở dòng ${seenAt})`,
          `a unique unit code (already on row ${seenAt})`,
        ),
      );
    } else codes.set(unit.unitCode, row);
    for (const id of unit.notApplicable ?? []) {
      const n = c.nodeIndex.get(id);
      if (n === undefined) {
        issues.push(
          issue(
            `${at}.notApplicable`,
            row,
            id,
            'mã một tiêu chí của bộ chỉ số',
            'the id of a criterion in the set',
          ),
        );
        continue;
      }
      const node = c.nodes[n]!;
      for (let k = n; k < node.end; k++) {
        const l = c.nodes[k]!.leaf;
        if (l >= 0) applicable[u * L + l] = 0;
      }
    }
    const check = (
      record: Record<string, number | boolean> | undefined,
      key: 'values' | 'appraised',
    ) => {
      for (const [id, v] of Object.entries(record ?? {})) {
        const l = c.leafIndex.get(id);
        const path = `${at}.${key}["${id}"]`;
        if (l === undefined) {
          const vi = c.nodeIndex.has(id)
            ? 'giá trị chỉ nhập cho tiêu chí lá (tiêu chí này có tiêu chí con)'
            : 'mã một tiêu chí lá của bộ chỉ số';
          const en = c.nodeIndex.has(id)
            ? 'values only for leaf criteria (this one has sub-criteria)'
            : 'the id of a leaf criterion in the set';
          issues.push(issue(path, row, id, vi, en));
          continue;
        }
        if (applicable[u * L + l] === 0) {
          issues.push(
            issue(
              path,
              row,
              v,
              `không có giá trị: tiêu chí "${id}" được đánh dấu không đánh giá`,
              `no value: criterion "${id}" is marked not applicable`,
            ),
          );
          continue;
        }
        if (!fits(c, l, v)) {
          const want = expectation(c, l);
          issues.push(
            issue(path, row, v, `${want.vi} (tiêu chí "${id}")`, `${want.en} (criterion "${id}")`),
          );
          continue;
        }
        value[u * L + l] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
        if (key === 'appraised') appraised[u * L + l] = 1;
      }
    };
    check(unit.values, 'values');
    check(unit.appraised, 'appraised');
    let any = false;
    for (let l = 0; l < L; l++) {
      if (applicable[u * L + l] === 0) continue;
      if (c.leafMax[l]! > 0) any = true;
      const id = c.nodes[c.leafNode[l]!]!.id;
      if (
        !Object.hasOwn(unit.values, id) &&
        !(unit.appraised && Object.hasOwn(unit.appraised, id))
      ) {
        const want = expectation(c, l);
        issues.push(
          issue(
            `${at}.values["${id}"]`,
            row,
            undefined,
            `${want.vi} (tiêu chí "${id}"), hoặc đánh dấu không đánh giá`,
            `${want.en} (criterion "${id}"), or mark it not applicable`,
          ),
        );
      }
    }
    if (!any) {
      issues.push(
        issue(
          `${at}.notApplicable`,
          row,
          unit.notApplicable,
          'ít nhất một tiêu chí có điểm tối đa > 0 được đánh giá',
          'at least one criterion with a maximum above 0 assessed',
        ),
      );
    }
  });
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  return { units, value, applicable, appraised };
}
