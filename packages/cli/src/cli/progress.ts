import { basename } from 'node:path';
import type { OnProgress } from '../read/types.js';

/** Inputs smaller than this are read without a progress bar. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

/**
 * A progress bar drawn on a terminal's stderr (`\r`-redrawn, at most 10 times a second), shown only for inputs of
 * at least {@link PROGRESS_MIN_BYTES}; cleared when reading completes.
 */
export function progressBar(file: string, write: (text: string) => void): OnProgress {
  let last = 0;
  let shown = false;
  return (read, total) => {
    if (total < PROGRESS_MIN_BYTES) return;
    const now = Date.now();
    const done = read >= total;
    if (!done && now - last < 100) return;
    last = now;
    const share = Math.min(1, read / total);
    const cells = Math.round(share * 30);
    const mb = (n: number) => (n / 1048576).toFixed(0);
    write(
      `\r${basename(file)} [${'#'.repeat(cells)}${'.'.repeat(30 - cells)}] ${(share * 100).toFixed(0).padStart(3)}% ${mb(read)}/${mb(total)} MB`,
    );
    shown = true;
    if (done && shown) write('\r\x1b[2K');
  };
}
