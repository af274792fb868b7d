// Generates the SYNTHETIC sample year 2017 for the eight communes of Khánh Sơn and their health stations.
// Seeded (mulberry32, seed 2017): the same files every run. Run from the repository root:
//   pnpm exec tsx examples/data/generate.ts
// Nothing here is real data: names, answers, dossiers and dates are made up to look plausible.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addWorkingDays,
  type Criterion,
  getCriteriaSet,
  getRulePack,
  isWorkingDay,
  reportingSchedule,
} from './lib/core.js';
import { writeXlsx } from './lib/xlsx.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const units = (await import('./units-khanhson.json', { with: { type: 'json' } })).default.units;
const SYNTHETIC = 'DỮ LIỆU MÔ PHỎNG — không phải số liệu thật / SYNTHETIC DATA — not real figures';

// ---- seeded randomness -------------------------------------------------------------------------------------
let state = 2017;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

// ---- units ---------------------------------------------------------------------------------------------------
const communes = units.filter((u) => u.kind === 'people-committee');
const stations = units.filter((u) => u.kind === 'health-station');
/** Each unit's quality in 2017 (share of satisfied answers it tends to get); Tô Hạp, the town, does best. */
const quality = new Map<string, number>(
  [...communes, ...stations].map((u) => [
    u.code,
    u.code.startsWith('KS-TH') ? 0.9 : 0.62 + random() * 0.26,
  ]),
);

// ---- CSV helpers ---------------------------------------------------------------------------------------------
type Value = string | number | null | undefined;
const quote = (v: Value, d: string) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return s.includes(d) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
function csv(headers: readonly string[], rows: readonly Value[][], d = ',', bom = false): string {
  const lines = [headers, ...rows].map((r) => r.map((v) => quote(v, d)).join(d));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
const write = (name: string, text: string | Buffer) => writeFileSync(`${dir}/${name}`, text);

// ---- survey answers (sipas-2017 for the People's Committees) ------------------------------------------------
function level(q: number): number {
  const r = random();
  if (r < 0.03) return -1; // blank
  if (r < 0.05) return 0; // not applicable
  const s = random();
  if (s < q * 0.45) return 5;
  if (s < q) return 4;
  const t = random();
  return t < 0.5 ? 3 : t < 0.85 ? 2 : 1;
}
const services = ['ho-tich', 'chung-thuc', 'dat-dai', 'bao-tro-xa-hoi'];
const ages = ['18-29', '30-44', '45-59', '60+'];
const comments = [
  'Phòng chờ chật, thiếu ghế ngồi.',
  'Cán bộ hướng dẫn nhiệt tình.',
  'Phải đi lại nhiều lần mới xong hồ sơ.',
  'Niêm yết thủ tục chưa rõ ràng.',
  'Trả kết quả đúng hẹn.',
  'Nên có thêm máy tính tra cứu.',
];
const E = ['E1', 'E2', 'E3', 'E4', 'E5'];
const criteria: Record<string, string[]> = {
  E1: ['E1.1', 'E1.2', 'E1.3', 'E1.4'],
  E2: ['E2.1', 'E2.2', 'E2.3', 'E2.4', 'E2.5'],
  E3: ['E3.1', 'E3.2', 'E3.3', 'E3.4', 'E3.5', 'E3.6'],
  E4: ['E4.1', 'E4.2', 'E4.3'],
  E5: ['E5.1', 'E5.2', 'E5.3', 'E5.4'],
};
const sipasIds = E.flatMap((e) => criteria[e]!);
const answerHeaders = [
  'respondent_id',
  'unit_code',
  'unit_name',
  'service',
  'sector',
  'sex',
  'age_group',
  'F0',
  ...sipasIds,
  'X1',
  ...E.map((e) => `comment_${e}`),
];
const answerRows: Value[][] = [];
let serial = 0;
for (const u of communes) {
  const q = quality.get(u.code)!;
  const n = between(34, 46);
  for (let i = 0; i < n; i++) {
    const gaveFeedback = random() < 0.25;
    const service = pick(services);
    const row: Value[] = [
      `KS17-${String(++serial).padStart(4, '0')}`,
      u.code,
      u.name,
      service,
      service === 'ho-tich' || service === 'chung-thuc'
        ? 'tu-phap'
        : service === 'dat-dai'
          ? 'tai-nguyen'
          : 'xa-hoi',
      random() < 0.52 ? 'nữ' : 'nam',
      pick(ages),
      gaveFeedback ? 'yes' : 'no',
    ];
    for (const id of sipasIds) {
      if (id.startsWith('E5') && !gaveFeedback) row.push(null);
      else {
        const l = level(q - (id === 'E1.1' || id === 'E1.3' ? 0.15 : 0));
        row.push(l < 0 ? null : l);
      }
    }
    row.push(random() < 0.4 ? pick(['access', 'procedure', 'time', 'staff', 'online']) : null);
    for (const _ of E) row.push(random() < 0.06 ? pick(comments) : null);
    answerRows.push(row);
  }
}
write('answers-ubnd-2017.csv', csv(answerHeaders, answerRows));
// The same answers as an office's Excel exports them: Vietnamese headers, semicolons, a BOM.
const viHeaders = answerHeaders.map(
  (h) =>
    ({
      respondent_id: 'Mã phiếu',
      unit_code: 'Mã đơn vị',
      unit_name: 'Đơn vị',
      service: 'Dịch vụ',
      sector: 'Lĩnh vực',
      sex: 'Giới tính',
      age_group: 'Nhóm tuổi',
      F0: 'F0',
      X1: 'X1',
    })[h] ?? (h.startsWith('comment_') ? `Ý kiến ${h.slice(8)}` : h),
);
const viRows = answerRows.map((r) => r.map((v) => (v === 'yes' ? 'Có' : v === 'no' ? 'Không' : v)));
write('answers-ubnd-2017.vi.csv', csv(viHeaders, viRows, ';', true));
write(
  'answers-ubnd-2017.xlsx',
  writeXlsx({
    'Phiếu khảo sát': [viHeaders, ...viRows],
    README: [
      [SYNTHETIC],
      ['Sinh bởi examples/data/generate.ts (seed 2017) / made by examples/data/generate.ts'],
    ],
  }),
);

// ---- survey answers (health-station-example for the health stations) ----------------------------------------
const tytIds = ['A', 'B', 'C', 'D', 'E'].flatMap((s) => [1, 2, 3].map((k) => `${s}${k}`));
const tytHeaders = [
  'respondent_id',
  'unit_code',
  'unit_name',
  'sex',
  'age_group',
  ...tytIds,
  'G1',
  'G2',
  'G3',
];
const tytRows: Value[][] = [];
serial = 0;
for (const u of stations) {
  const q = quality.get(u.code)!;
  for (let i = 0, n = between(26, 34); i < n; i++) {
    const row: Value[] = [
      `TYT17-${String(++serial).padStart(4, '0')}`,
      u.code,
      u.name,
      random() < 0.55 ? 'nữ' : 'nam',
      pick(ages),
    ];
    for (const _ of tytIds) {
      const l = level(q);
      row.push(l <= 0 ? null : l);
    }
    row.push(Math.round(Math.min(100, Math.max(40, q * 100 + (random() - 0.5) * 30))));
    const back = level(q);
    row.push(back <= 0 ? null : back);
    row.push(
      random() < 0.08 ? pick(['Cần thêm thuốc.', 'Bác sĩ tận tình.', 'Chờ khám lâu.']) : null,
    );
    tytRows.push(row);
  }
}
write('answers-tyt-2017.csv', csv(tytHeaders, tytRows));

// ---- dossiers (one row per event) ----------------------------------------------------------------------------
const procedures = [
  { code: 'HT-01', name: 'Đăng ký khai sinh', days: 3 },
  { code: 'HT-02', name: 'Đăng ký kết hôn', days: 5 },
  { code: 'CT-01', name: 'Chứng thực hợp đồng, giao dịch', days: 2 },
  { code: 'DD-01', name: 'Xác nhận nguồn gốc đất', days: 10 },
  { code: 'XH-01', name: 'Trợ cấp xã hội hằng tháng', days: 15 },
];
const pad = (n: number) => String(n).padStart(2, '0');
function workingDayIn2017(): string {
  for (;;) {
    const d = `2017-${pad(between(1, 11))}-${pad(between(1, 28))}`;
    if (isWorkingDay(d)) return d;
  }
}
const clock = (lo: number, hi: number) => `${pad(between(lo, hi))}:${pad(between(0, 59))}`;
const dossierHeaders = [
  'dossier_id',
  'unit_code',
  'procedure_code',
  'procedure_name',
  'processing_days',
  'channel',
  'received_at',
  'event',
  'event_date',
  'new_due_date',
  'reason',
  'legal_basis',
  'notify_channel',
];
const dossierRows: Value[][] = [];
const dossiers: unknown[] = [];
for (const u of communes) {
  const q = quality.get(u.code)!;
  const short = u.code.slice(3);
  for (let i = 1; i <= 15; i++) {
    const p = pick(procedures);
    const received = workingDayIn2017();
    const receivedAt = `${received}T${clock(7, 16)}`;
    const events: Record<string, string>[] = [];
    const add = (e: Record<string, string>) => events.push(e);
    if (random() < 0.05) add({ type: 'guidance-issued', date: receivedAt });
    if (random() < 0.03) {
      add({
        type: 'refused',
        date: addWorkingDays(received, 1),
        reason: 'Không thuộc thẩm quyền giải quyết của xã',
        ...(random() < 0.8 ? { legalBasis: 'Luật Hộ tịch 2014, Điều 13' } : {}),
      });
    } else {
      let due = addWorkingDays(received, p.days);
      add({ type: 'accepted', date: receivedAt, dueDate: due });
      add({ type: 'transferred', date: receivedAt });
      if (random() < 0.1) {
        const on = addWorkingDays(received, between(1, 4));
        due = addWorkingDays(on, p.days);
        add({
          type: 'supplement-requested',
          date: on,
          reason: 'Thiếu bản sao giấy tờ tùy thân',
          newDueDate: due,
        });
        if (random() < 0.6)
          add({
            type: 'apology-issued',
            date: on,
            reason: 'Chưa phát hiện thiếu sót khi tiếp nhận',
            newDueDate: due,
            about: 'supplement',
          });
      }
      const shift = random() < q ? -between(0, 2) : between(1, 3);
      const base = events[events.length - 1]!.date!.slice(0, 10);
      let ready =
        shift <= 0
          ? addWorkingDays(received, Math.max(0, p.days + shift))
          : addWorkingDays(due, shift);
      if (ready < base) ready = base;
      if (shift > 0 && random() < 0.7) {
        const before = addWorkingDays(received, Math.max(0, p.days - 1));
        // ISO date strings compare in date order (Math.max would not work on strings).
        // biome-ignore lint/complexity/useMathMinMax: string dates
        const at = before < base ? base : before;
        add({
          type: 'apology-issued',
          date: at,
          reason: 'Cần xác minh thêm',
          // biome-ignore lint/complexity/useMathMinMax: string dates
          newDueDate: ready < at ? at : ready,
          about: 'delay',
        });
      }
      add({ type: 'result-ready', date: ready });
      if (ready < due && random() < 0.85)
        add({ type: 'citizen-notified', date: ready, channel: pick(['sms', 'phone']) });
      add({ type: 'returned', date: random() < 0.7 ? ready : addWorkingDays(ready, 1) });
    }
    const id = `${short}-2017-${String(i).padStart(3, '0')}`;
    const channel = random() < 0.85 ? 'in-person' : 'online';
    dossiers.push({
      id,
      unitCode: u.code,
      procedure: { code: p.code, name: p.name, processingDays: p.days },
      channel,
      receivedAt,
      events,
    });
    events.forEach((e, k) => {
      dossierRows.push([
        id,
        k === 0 ? u.code : null,
        k === 0 ? p.code : null,
        k === 0 ? p.name : null,
        k === 0 ? p.days : null,
        k === 0 ? channel : null,
        k === 0 ? receivedAt : null,
        e.type,
        e.date,
        e.dueDate ?? e.newDueDate,
        e.reason,
        e.legalBasis,
        e.channel,
      ]);
    });
  }
}
write('dossiers-2017.csv', csv(dossierHeaders, dossierRows));
write(
  'dossiers-2017.json',
  `${JSON.stringify({ synthetic: true, note: SYNTHETIC, dossiers }, null, 2)}\n`,
);

// ---- inspections, reports, feedback --------------------------------------------------------------------------
const inspectionRows: Value[][] = [];
for (const u of communes) {
  const q = quality.get(u.code)!;
  for (let monday = Date.UTC(2017, 0, 2); monday < Date.UTC(2017, 11, 25); monday += 7 * 86400000) {
    if (random() > q + 0.05) continue;
    const day = new Date(monday + between(0, 4) * 86400000).toISOString().slice(0, 10);
    if (!isWorkingDay(day)) continue;
    const violations = random() < 0.1 ? between(1, 2) : 0;
    const handled = violations > 0 && random() < 0.8 ? addWorkingDays(day, between(0, 2)) : null;
    inspectionRows.push([
      u.code,
      day,
      random() < 0.7 ? 'Chủ tịch UBND' : 'Phó Chủ tịch UBND',
      violations,
      handled,
    ]);
  }
}
write(
  'inspections-2017.csv',
  csv(['unit_code', 'date', 'inspector_role', 'violations', 'handled_on'], inspectionRows),
);

const pack = getRulePack('khanhson-2017');
const schedule = reportingSchedule(2017, pack);
const reportRows: Value[][] = [];
for (const u of communes) {
  const q = quality.get(u.code)!;
  for (const o of schedule) {
    if (random() < 0.04) continue; // never filed
    const offset = random() < q ? -between(0, 4) : between(1, 5);
    const on =
      offset <= 0
        ? addWorkingDays(o.cutoff, Math.max(0, between(0, 2)))
        : addWorkingDays(o.dueDate, offset);
    reportRows.push([u.code, o.ruleId, o.period, on]);
  }
}
write('reports-2017.csv', csv(['unit_code', 'obligation', 'period', 'submitted_on'], reportRows));

const feedbackRows: Value[][] = [];
for (const u of communes) {
  for (let i = 1, n = between(2, 6); i <= n; i++) {
    const on = workingDayIn2017();
    const answered = random() < 0.9 ? addWorkingDays(on, between(1, 14)) : null;
    feedbackRows.push([
      `${u.code.slice(3)}-PA-${i}`,
      u.code,
      on,
      pick(['hotline', 'letter', 'suggestion-box', 'in-person']),
      pick(['Phí chứng thực', 'Thời gian giải quyết', 'Thái độ cán bộ', 'Niêm yết thủ tục']),
      answered,
      answered ? pick(['explanation', 'written-reply']) : null,
    ]);
  }
}
write(
  'feedback-2017.csv',
  csv(
    ['feedback_id', 'unit_code', 'received_on', 'channel', 'topic', 'answered_on', 'answer_form'],
    feedbackRows,
  ),
);

// ---- self-assessment scores (the PAR contract: unit_code, unit_name, one column per hand-entered leaf) ----------
const set = getCriteriaSet('example-commune-2017');
const leaves: Criterion[] = [];
const visit = (c: Criterion): void => {
  if (c.children?.length) c.children.forEach(visit);
  else leaves.push(c);
};
set.fields.forEach(visit);
// Hand-entered leaves only: measured ones (compliance, SIPAS) come from `cchc check` and `cchc sipas`.
const manual = leaves.filter(
  (c) => c.method === undefined || !('measure' in c.method) || c.method.measure === undefined,
);
const scoreRows: Value[][] = communes.map((u) => {
  const q = quality.get(u.code)!;
  return [
    u.code,
    u.name,
    ...manual.map((c) => {
      const type = c.method!.type;
      if (type === 'boolean') return random() < q + 0.1 ? 'có' : 'không';
      if (type === 'rate') return Math.min(1, Math.round((q + random() * 0.15) * 100) / 100);
      return Math.round(Math.min(c.max, c.max * (q + (random() - 0.4) * 0.3)) * 2) / 2;
    }),
  ];
});
write('scores-2017.csv', csv(['unit_code', 'unit_name', ...manual.map((c) => c.id)], scoreRows));

console.log(
  `examples/data: ${answerRows.length} + ${tytRows.length} survey answers, ${dossiers.length} dossiers, ${inspectionRows.length} inspections, ${reportRows.length} reports, ${feedbackRows.length} feedback items, ${scoreRows.length} score rows (SYNTHETIC)`,
);
