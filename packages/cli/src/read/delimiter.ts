/** Delimiters a CSV file may use: comma (default), semicolon (Excel with a Vietnamese locale), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Guesses a CSV file's delimiter from its first line: the candidate that occurs most often outside quotes
 * (comma on a tie or when none occurs).
 *
 * @param head - The start of the file, as text (a BOM is ignored).
 * @returns `','`, `';'` or `'\t'`.
 * @example
 * detectDelimiter('Mã đơn vị;E1.1;E1.2\nKS-SB;4;5') //=> ';'
 */
export function detectDelimiter(head: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of head.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let most = 0;
  for (const [d, n] of counts) {
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}
