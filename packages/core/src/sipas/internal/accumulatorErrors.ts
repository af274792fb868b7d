// The errors an accumulator throws: invalid responses (capped, so one bad column of a million rows stays readable)
// and refused merges.
import { CchcError, type CchcIssue } from '../../schema/CchcError.js';
import type { SipasIssue } from '../types.js';

/** Thrown issues are capped so one bad column of a million rows stays readable; the count says how many more. */
const MAX_THROWN = 1000;

/** Throws the issues of a rejected response, batch or merge as one CchcError (`invalid-response`). */
export function throwInvalid(issues: readonly SipasIssue[]): never {
  const shown: CchcIssue[] = issues.slice(0, MAX_THROWN);
  if (issues.length > MAX_THROWN) {
    const more = issues.length - MAX_THROWN;
    shown.push({
      path: '',
      expected: { vi: 'dữ liệu hợp lệ', en: 'valid data' },
      message: { vi: `… và ${more} lỗi khác`, en: `… and ${more} more issues` },
    });
  }
  throw new CchcError('invalid-response', shown);
}

/** Refuses a merge: with itself (every response would count twice), or with an incompatible accumulator. */
export function throwMerge(why: 'itself' | 'incompatible'): never {
  const issue: CchcIssue =
    why === 'itself'
      ? {
          path: 'other',
          expected: {
            vi: 'một bộ cộng dồn khác (một phần dữ liệu khác)',
            en: 'another accumulator (another shard)',
          },
          message: {
            vi: 'merge: không gộp được bộ cộng dồn vào chính nó — mọi phiếu sẽ bị tính hai lần',
            en: 'merge: an accumulator cannot be merged into itself — every response would be counted twice',
          },
        }
      : {
          path: 'other',
          expected: {
            vi: 'một bộ cộng dồn cùng bộ phiếu và cùng tùy chọn',
            en: 'an accumulator with the same instrument and options',
          },
          message: {
            vi: 'merge: chỉ gộp được bộ cộng dồn cùng bộ phiếu (cùng phiên bản) và cùng tùy chọn',
            en: 'merge: only accumulators of the same instrument version and options can be merged',
          },
        };
  throw new CchcError('incompatible-accumulator', [issue]);
}
