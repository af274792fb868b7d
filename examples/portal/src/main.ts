// Demo portal script: everything runs in the browser from @cchc/core and the bundled sample data.
import {
  addWorkingDays,
  CchcError,
  createCalendar,
  holidaysOf,
  specialWorkingDaysOf,
} from '@cchc/core';
import units from '../../data/units-khanhson.json';
import './sections/survey.js';
import './sections/checklist.js';
import './sections/scorecard.js';
import './sections/schedule.js';
import './sections/themes.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

function renderDue(): void {
  const form = $<HTMLFormElement>('#due-form');
  const data = new FormData(form);
  const out = $<HTMLParagraphElement>('#due-result');
  try {
    const saturday = String(data.get('saturday')) as 'off' | 'morning' | 'full';
    const due = addWorkingDays(
      String(data.get('date')),
      Number(data.get('days')),
      createCalendar({ saturday }),
    );
    const [y, m, d] = due.split('-');
    out.textContent = `Hạn trả kết quả: ${d}/${m}/${y} (${due})`;
  } catch (error) {
    out.textContent = error instanceof CchcError ? error.text.vi : String(error);
  }
}

const KIND_VI = {
  holiday: 'Nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  swap: 'Nghỉ hoán đổi',
} as const;

function renderHolidays(): void {
  const year = Number($<HTMLInputElement>('#holidays-year').value);
  const body = $<HTMLTableSectionElement>('#holidays tbody');
  body.replaceChildren();
  $('#holidays-year-label').textContent = String(year);
  try {
    const rows = [
      ...holidaysOf(year).map((h) => [
        h.date,
        h.name.vi + (h.estimated ? ' (ước tính)' : ''),
        KIND_VI[h.kind],
        h.basis,
      ]),
      ...specialWorkingDaysOf(year).map((w) => [
        w.date,
        'Làm bù (ngày làm việc)',
        'Làm bù',
        w.basis,
      ]),
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    for (const [date, name, kind, basis] of rows) {
      const tr = document.createElement('tr');
      for (const [text, cls] of [
        [date, ''],
        [name, ''],
        [kind, ''],
        [basis, 'basis'],
      ] as const) {
        const td = document.createElement('td');
        td.textContent = text ?? '';
        if (cls) td.className = cls;
        tr.append(td);
      }
      body.append(tr);
    }
  } catch (error) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = 4;
    td.textContent = error instanceof CchcError ? error.text.vi : String(error);
    tr.append(td);
    body.append(tr);
  }
}

function renderUnits(): void {
  const list = $<HTMLUListElement>('#units');
  const communes = units.units.filter((u) => u.kind === 'people-committee');
  for (const unit of communes) {
    const station = units.units.find(
      (u) => u.kind === 'health-station' && u.parentCode === unit.code,
    );
    const li = document.createElement('li');
    li.textContent = station ? `${unit.name} — ${station.name}` : unit.name;
    list.append(li);
  }
}

$<HTMLFormElement>('#due-form').addEventListener('submit', (event) => {
  event.preventDefault();
  renderDue();
});
$<HTMLInputElement>('#holidays-year').addEventListener('change', renderHolidays);
renderDue();
renderHolidays();
renderUnits();
