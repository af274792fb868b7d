// Demo section "Lịch báo cáo": every reporting obligation of Khánh Sơn's 2017 rule pack (letter 112/UBND-NV over
// the national one-stop rules) with its period, data window, data cut-off and filing deadline — all computed by
// reportingSchedule() from @cchc/core in the browser. The section only formats dates and period labels.
import { CchcError, getRulePack, type ReportingObligation, reportingSchedule } from '@cchc/core';

const YEAR = 2017;
const PACK_ID = 'khanhson-2017';
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** 'YYYY-MM-DD' as a <time> showing dd/mm/yyyy. */
function dateCell(iso: string): HTMLTableCellElement {
  const td = document.createElement('td');
  const time = document.createElement('time');
  time.dateTime = iso;
  const [y, m, d] = iso.split('-');
  time.textContent = `${d}/${m}/${y}`;
  td.append(time);
  return td;
}

/** A period code ('2017-06', '2017-Q2', '2017-H1', '2017-9M', '2017') in words, in Vietnamese. */
export function periodLabelVi(period: string): string {
  const [year, part] = period.split('-');
  if (part === undefined) return `Năm ${year}`;
  if (part.startsWith('Q'))
    return `Quý ${ROMAN[Number(part.slice(1)) - 1] ?? part.slice(1)}/${year}`;
  if (part === 'H1') return `6 tháng đầu năm ${year}`;
  if (part === 'H2') return `6 tháng cuối năm ${year}`;
  if (part === '9M') return `9 tháng năm ${year}`;
  return `Tháng ${part}/${year}`;
}

/** "Công văn 112/UBND-NV về việc …" → "Công văn 112/UBND-NV": the words up to the document number. */
const shortDocument = (name: string) => name.match(/^.*?\d\S*/)?.[0] ?? name;

/** The legal basis of an obligation: each citation's document and article, "chưa kiểm chứng" where unverified. */
function basisCell(o: ReportingObligation): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'basis';
  td.textContent = o.citations
    .map((c) => {
      const article = c.article ? `, ${c.article}` : '';
      return `${shortDocument(c.document)}${article}${c.verified ? '' : ' (chưa kiểm chứng)'}`;
    })
    .join('; ');
  return td;
}

function row(o: ReportingObligation): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.rule = o.ruleId;
  tr.dataset.period = o.period;
  const title = document.createElement('th');
  title.scope = 'row';
  title.textContent = o.title.vi;
  const period = document.createElement('td');
  period.textContent = periodLabelVi(o.period);
  const due = dateCell(o.dueDate);
  if (!o.verified) {
    // A visible asterisk (explained under the table) and, for screen readers, the words themselves.
    const mark = document.createElement('sup');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '*';
    const words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = ' (hạn chưa kiểm chứng)';
    due.append(mark, words);
  }
  tr.append(title, period, dateCell(o.from), dateCell(o.cutoff), due, basisCell(o));
  return tr;
}

const body = document.querySelector<HTMLTableSectionElement>('#schedule tbody');
const status = document.querySelector<HTMLElement>('#schedule-status');

if (body && status) {
  try {
    const obligations = reportingSchedule(YEAR, getRulePack(PACK_ID));
    body.replaceChildren(...obligations.map(row));
    const unverified = obligations.filter((o) => !o.verified).length;
    status.textContent = `${obligations.length} kỳ báo cáo năm ${YEAR}, xếp theo hạn gửi${
      unverified > 0 ? `; ${unverified} hạn (đánh dấu *) lấy từ nguồn chưa kiểm chứng` : ''
    }.`;
  } catch (error) {
    status.textContent = error instanceof CchcError ? error.text.vi : String(error);
  }
}
