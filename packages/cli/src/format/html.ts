import { cellIn, type Report, type ReportCell } from './report.js';
import { SCORECARD_BUNDLE } from './scorecardBundle.js';

/** Escapes text for HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * Serialises data for a `<script type="application/json">` block: `<`, `>`, `&` and the line separators are
 * written as `\u` escapes, so no value can close the script element or break the page.
 */
export function embedJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function cell(value: ReportCell, lang: 'vi' | 'en'): string {
  return escapeHtml(cellIn(value, lang));
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #a4161a; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.en { color: var(--muted); font-weight: normal; }
.notes { color: var(--muted); font-size: .9rem; }
.synthetic { border: 2px solid var(--accent); padding: .5rem .75rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.num { text-align: right; white-space: nowrap; }
cchc-scorecard { display: block; margin: 1rem 0 2rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; } tr, .synthetic { break-inside: avoid; } thead { display: table-header-group; }
  cchc-scorecard { break-inside: avoid; }
}
@media (forced-colors: active) { th { background: Canvas; } }
`;

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  readonly lang: 'vi' | 'en';
  /** A banner line, e.g. "SYNTHETIC DATA" for the sample year. */
  readonly banner?: string;
  /** Extra reports shown in the same page (the analyst's whole-year report). */
  readonly more?: readonly Report[];
}

function section(report: Report, lang: 'vi' | 'en', index: number): string {
  const other = lang === 'vi' ? 'en' : 'vi';
  const notes = report.notes.map((n) => `<p>${escapeHtml(n[lang])}</p>`).join('');
  const scorecard =
    SCORECARD_BUNDLE !== null && report.scorecard !== undefined
      ? `<cchc-scorecard data-report="${index}" lang="${lang}"></cchc-scorecard>`
      : '';
  const tables = report.tables
    .map((table) => {
      const head = table.columns
        .map((c) => `<th scope="col">${escapeHtml(c.label[lang])}</th>`)
        .join('');
      const body = table.rows
        .map(
          (row) =>
            `<tr>${table.columns
              .map((c, i) =>
                i === 0
                  ? `<th scope="row">${cell(row[c.key], lang)}</th>`
                  : `<td${c.numeric ? ' class="num"' : ''}>${cell(row[c.key], lang)}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('\n');
      return `<table><caption>${escapeHtml(table.title[lang])} <span class="en" lang="${other}">/ ${escapeHtml(table.title[other])}</span></caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
    })
    .join('\n');
  return `<section aria-labelledby="r${index}"><h2 id="r${index}">${escapeHtml(report.title[lang])} <span class="en" lang="${other}">/ ${escapeHtml(report.title[other])}</span></h2>
<div class="notes">${notes}</div>
${scorecard}
${tables}
</section>`;
}

/**
 * Renders one or more reports as one self-contained HTML file: plain accessible tables (captions, header cells,
 * print styles), every result embedded as JSON in `<script type="application/json" id="cchc-data">`, and — when the
 * CLI was built after `@cchc/elements` — the `<cchc-scorecard>` element inlined and fed from that JSON. No network
 * request: it opens offline and prints.
 *
 * @example
 * renderHtml(report, { lang: 'vi' }) //=> '<!doctype html><html lang="vi">…'
 */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const { lang } = options;
  const reports = [report, ...(options.more ?? [])];
  const data = reports.map((r) => ({
    kind: r.kind,
    title: r.title,
    data: r.data,
    ...(r.scorecard ? { scorecard: r.scorecard } : {}),
  }));
  const banner = options.banner
    ? `<p class="synthetic" role="note">${escapeHtml(options.banner)}</p>`
    : '';
  const script =
    SCORECARD_BUNDLE === null
      ? ''
      : `<script type="module">${SCORECARD_BUNDLE.replace(/<\/script/gi, '<\\/script')}</script>
<script type="module">
const reports = JSON.parse(document.getElementById('cchc-data').textContent);
for (const el of document.querySelectorAll('cchc-scorecard[data-report]')) {
  const s = reports[Number(el.dataset.report)].scorecard;
  if (s.criteriaSet) el.criteriaSet = s.criteriaSet;
  if (s.sensitivity) el.sensitivity = s.sensitivity;
  el.result = s.result;
}
</script>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cchc">
<title>${escapeHtml(report.title[lang])}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(report.title[lang])}</h1>${banner}</header>
<main>
${reports.map((r, i) => section(r, lang, i)).join('\n')}
</main>
<footer>${lang === 'vi' ? 'Tạo bởi cchc. Dữ liệu gốc được nhúng trong tệp này (JSON).' : 'Made with cchc. The underlying data is embedded in this file (JSON).'}</footer>
<script type="application/json" id="cchc-data">${embedJson(data)}</script>
${script}
</body>
</html>
`;
}
