import type * as z from 'zod/mini';
import type { Bilingual, CchcIssue } from './CchcError.js';

/**
 * Renders a zod issue path as text.
 *
 * @example
 * formatPath(['events', 2, 'date']) //=> 'events[2].date'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
  undefined: 'không có giá trị',
  null: 'null',
  record: 'đối tượng (bảng khóa → giá trị)',
  map: 'bảng khóa → giá trị',
  bigint: 'số nguyên lớn',
};

const TYPE_EN: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
  undefined: 'no value',
  null: 'null',
  record: 'an object (key → value)',
  map: 'a key → value map',
  bigint: 'a big integer',
};

function show(value: unknown): string {
  if (value === undefined) return '(trống/empty)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value); // NaN, Infinity (JSON says null)
  let text: string | undefined;
  try {
    // Bigints inside objects are quoted as `"1n"` rather than making JSON.stringify throw.
    text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    text = undefined; // a cycle, or a throwing toJSON
  }
  text ??= plainText(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** String(value), or a neutral placeholder for values with no usable string form (null prototype, throwing toString). */
function plainText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeExpected(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return {
        vi: TYPE_VI[issue.expected] ?? issue.expected,
        en: TYPE_EN[issue.expected] ?? issue.expected,
      };
    case 'too_small': {
      const min = String(issue.minimum);
      const op = issue.inclusive === false ? '>' : '≥';
      if (issue.origin === 'array' || issue.origin === 'set')
        return { vi: `ít nhất ${min} phần tử`, en: `at least ${min} items` };
      if (issue.origin === 'string')
        return { vi: `ít nhất ${min} ký tự`, en: `at least ${min} characters` };
      return { vi: `một số ${op} ${min}`, en: `a number ${op} ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      const op = issue.inclusive === false ? '<' : '≤';
      if (issue.origin === 'array' || issue.origin === 'set')
        return { vi: `nhiều nhất ${max} phần tử`, en: `at most ${max} items` };
      if (issue.origin === 'string')
        return { vi: `nhiều nhất ${max} ký tự`, en: `at most ${max} characters` };
      return { vi: `một số ${op} ${max}`, en: `a number ${op} ${max}` };
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => show(v)).join(', ');
      return { vi: `một trong: ${list}`, en: `one of: ${list}` };
    }
    case 'unrecognized_keys':
      return { vi: 'chỉ các trường đã định nghĩa', en: 'only the defined fields' };
    case 'invalid_union': {
      // A discriminated union names its allowed tags; a plain union lists what each branch expected.
      const options = (issue as { options?: unknown }).options; // set by discriminated unions
      if (Array.isArray(options) && options.length > 0) {
        const list = options.map((v) => show(v)).join(', ');
        return { vi: `một trong: ${list}`, en: `one of: ${list}` };
      }
      // A branch that failed deeper (an object with one bad field) says where: "a number or from: a number".
      const branches = issue.errors.map((branch): Bilingual | undefined => {
        const first = branch[0];
        if (first === undefined) return undefined;
        const e = describeExpected(first);
        const at = formatPath(first.path);
        return at === '' ? e : { vi: `${at}: ${e.vi}`, en: `${at}: ${e.en}` };
      });
      if (branches.length > 0 && branches.every((b) => b !== undefined)) {
        const vi = [...new Set(branches.map((b) => b.vi))].join(' hoặc ');
        const en = [...new Set(branches.map((b) => b.en))].join(' or ');
        return { vi, en };
      }
      return { vi: 'một giá trị hợp lệ', en: 'a valid value' };
    }
    case 'invalid_key': {
      const inner = issue.issues[0] === undefined ? undefined : describeExpected(issue.issues[0]);
      return inner === undefined
        ? { vi: 'một khóa hợp lệ', en: 'a valid key' }
        : { vi: `khóa là ${inner.vi}`, en: `a key that is ${inner.en}` };
    }
    case 'invalid_format': {
      const params = (issue as { params?: Partial<Bilingual> }).params;
      if (params?.vi && params.en) return { vi: params.vi, en: params.en };
      return { vi: `định dạng ${issue.format}`, en: `format ${issue.format}` };
    }
    case 'not_multiple_of':
      return { vi: `bội số của ${issue.divisor}`, en: `a multiple of ${issue.divisor}` };
    case 'custom': {
      const params = issue.params as Partial<Bilingual> | undefined;
      if (params?.vi && params.en) return { vi: params.vi, en: params.en };
      return { vi: issue.message, en: issue.message };
    }
    default:
      return { vi: issue.message, en: issue.message };
  }
}

/**
 * Turns zod's issues into bilingual {@link CchcIssue}s naming the path, the value received and what was expected.
 *
 * @param error - The zod error (or its issues).
 * @param input - The value that was parsed, used to quote what was received at each path.
 * @param options - `label`: a name for the input as a whole (used when the path is empty); `row`: a table row.
 * @returns One issue per zod issue, in the same order.
 * @example
 * const r = PlainDateSchema.safeParse('2017-02-30');
 * if (!r.success) formatIssues(r.error, '2017-02-30', { label: 'date' })[0].message.en
 * //=> 'date: received "2017-02-30", expected a real calendar date YYYY-MM-DD'
 */
export function formatIssues(
  error: z.core.$ZodError | readonly z.core.$ZodIssue[],
  input: unknown,
  options: { label?: string; row?: number } = {},
): CchcIssue[] {
  const issues = Array.isArray(error) ? error : (error as z.core.$ZodError).issues;
  return issues.map((issue: z.core.$ZodIssue) => {
    const pathText = formatPath(issue.path);
    const where =
      pathText === ''
        ? (options.label ?? 'input')
        : options.label
          ? `${options.label}${pathText.startsWith('[') ? '' : '.'}${pathText}`
          : pathText;
    const value =
      'input' in issue && issue.input !== undefined ? issue.input : valueAt(input, issue.path);
    const expected = describeExpected(issue);
    const rowVi = options.row === undefined ? '' : `dòng ${options.row}, `;
    const rowEn = options.row === undefined ? '' : `row ${options.row}, `;
    const message =
      issue.code === 'unrecognized_keys'
        ? {
            vi: `${rowVi}${where}: trường không được hỗ trợ ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
            en: `${rowEn}${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
          }
        : {
            vi: `${rowVi}${where}: nhận được ${show(value)}, cần ${expected.vi}`,
            en: `${rowEn}${where}: received ${show(value)}, expected ${expected.en}`,
          };
    return {
      path: where,
      ...(options.row === undefined ? {} : { row: options.row }),
      value,
      expected,
      message,
    };
  });
}
