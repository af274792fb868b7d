import { type Bilingual, CchcError } from '@cchc/core';

/**
 * Builds the error thrown when a file cannot be read at all (missing, empty, not a spreadsheet, truncated):
 * a {@link CchcError} with code `unreadable-file` and one bilingual issue naming the file.
 *
 * @example
 * throw fileError('x.xlsx', { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' })
 */
export function fileError(file: string, reason: Bilingual, code = 'unreadable-file'): CchcError {
  return new CchcError(code, [
    {
      path: file,
      value: file,
      expected: { vi: 'một tệp đọc được', en: 'a readable file' },
      message: {
        vi: `Không đọc được tệp "${file}": ${reason.vi}`,
        en: `Cannot read "${file}": ${reason.en}`,
      },
    },
  ]);
}
