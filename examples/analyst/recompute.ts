// Recomputes the Khánh Sơn sample year 2017 end to end, as the district's Home Affairs office would:
//   1. satisfaction (SIPAS) of the commune People's Committees and of the health stations, from the survey answers;
//   2. one-stop compliance, from the dossier log, the inspection log, the reports filed and the feedback answered;
//   3. the PAR index: self-assessed points + compliance rates + SIPAS indices → scores, ranking, bands, what to fix;
//   4. rank intervals (Monte-Carlo sensitivity), then one HTML report to send to the communes.
// Run from the repository root:  pnpm analyst
// The data in examples/data is SYNTHETIC (made by examples/data/generate.ts): the numbers illustrate the method only.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  checkReport,
  complianceMeasures,
  parReport,
  type RowError,
  readDossiers,
  readFeedback,
  readInspections,
  readReports,
  readScores,
  renderHtml,
  scoreAnswers,
  sipasIndexByUnit,
  sipasReport,
} from '@cchc/cli';
import {
  checkDossier,
  checkFeedback,
  checkInspections,
  checkReporting,
  createCalendar,
  getCriteriaSet,
  getRulePack,
  parInputsFromMeasures,
  parSensitivity,
  scorePar,
  summarize,
} from '@cchc/core';

const data = (name: string) => new URL(`../data/${name}`, import.meta.url).pathname;
const asOf = '2017-12-31';

/** Stops on the first file with bad rows, listing them (Vietnamese, then English). */
function ensureValid(file: string, errors: readonly RowError[]): void {
  if (errors.length === 0) return;
  for (const e of errors) console.error(`${file}: ${e.message.vi}\n  ${e.message.en}`);
  process.exit(1);
}

// 1. SIPAS — one index per unit, streamed through the accumulator (the same numbers as scoreSipas).
const ubnd = await scoreAnswers(data('answers-ubnd-2017.csv'), {
  instrument: 'sipas-2017',
  sipas: { by: ['unitCode'] },
});
ensureValid('answers-ubnd-2017.csv', ubnd.errors);
const tyt = await scoreAnswers(data('answers-tyt-2017.csv'), {
  instrument: 'health-station-example',
  sipas: { by: ['unitCode'] },
});
ensureValid('answers-tyt-2017.csv', tyt.errors);

// 2. Compliance — every dossier, inspection week, report and feedback item against Khánh Sơn's 2017 rule pack.
const pack = getRulePack('khanhson-2017');
const calendar = createCalendar();
const dossiers = await readDossiers(data('dossiers-2017.csv'));
const inspections = await readInspections(data('inspections-2017.csv'));
const reports = await readReports(data('reports-2017.csv'));
const feedback = await readFeedback(data('feedback-2017.csv'));
for (const [file, r] of Object.entries({ dossiers, inspections, reports, feedback }))
  ensureValid(file, r.errors);
const unitCodes = [...new Set(dossiers.rows.map((d) => d.unitCode))].sort();
const findings = [
  ...dossiers.rows.flatMap((d) => checkDossier(d, pack, { calendar, asOf })),
  ...checkInspections(inspections.rows, { from: '2017-01-01', to: asOf }, pack, {
    unitCodes,
    calendar,
    asOf,
  }),
  ...checkReporting(reports.rows, 2017, pack, { unitCodes, asOf, calendar }),
  ...checkFeedback(feedback.rows, pack, { asOf, calendar }),
];
const summary = summarize(findings);

// 3. PAR — hand-entered points from the scores file; measured criteria from compliance and SIPAS.
const criteria = getCriteriaSet('example-commune-2017');
const scores = await readScores(data('scores-2017.csv'), { criteria });
ensureValid('scores-2017.csv', scores.errors);
const sipas = sipasIndexByUnit(ubnd.result);
const health = sipasIndexByUnit(tyt.result); // health station codes are `<commune>-TYT`
const inputs = scores.rows.map((unit) =>
  parInputsFromMeasures(
    criteria,
    unit.unitCode,
    {
      compliance: complianceMeasures(summary, unit.unitCode) ?? {},
      sipas: { index: sipas.get(unit.unitCode)?.index ?? null },
      healthStation: { index: health.get(`${unit.unitCode}-TYT`)?.index ?? null },
    },
    unit,
  ),
);
const par = scorePar(criteria, inputs);

// 4. Rank intervals: field weights ±25 %, each commune's SIPAS index within its 95 % interval.
const surveyUncertainty = Object.fromEntries(
  [...sipas].map(([unit, s]) => [
    unit,
    s.low === null || s.high === null ? 0 : (s.high - s.low) / 2,
  ]),
);
const sensitivity = parSensitivity(criteria, inputs, {
  draws: 1000,
  seed: 2017,
  weightJitter: 0.25,
  surveyUncertainty,
});

// The ranking on the terminal, and one self-contained HTML report (opens offline, prints).
console.log('Hạng  Đơn vị                   Chỉ số  Xếp loại     Khoảng hạng 90%');
for (const u of [...par.units].sort((a, b) => a.rank - b.rank)) {
  const s = sensitivity.units.find((x) => x.unitCode === u.unitCode)!;
  console.log(
    `${String(u.rank).padStart(4)}  ${(u.unitName ?? u.unitCode).padEnd(24)} ${u.index.toFixed(2).padStart(6)}  ${u.bandLabel.vi.padEnd(11)}  ${s.low}–${s.high}`,
  );
}
const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const html = renderHtml(parReport(par, { sensitivity, criteriaSet: criteria }), {
  lang: 'vi',
  banner:
    'DỮ LIỆU MÔ PHỎNG — không phải số liệu thật của huyện Khánh Sơn / SYNTHETIC DATA — not real figures',
  more: [sipasReport(ubnd.result), sipasReport(tyt.result), checkReport(findings, summary)],
});
writeFileSync(new URL('report-2017.html', out), html);
console.log(`\n→ ${new URL('report-2017.html', out).pathname}`);
