import { readFileSync } from 'node:fs';
import {
  complianceMeasures,
  readAnswers,
  readDossiers,
  readFeedback,
  readInspections,
  readReports,
  readScores,
} from '@cchc/cli';
import {
  checkDossier,
  checkFeedback,
  checkInspections,
  checkReporting,
  createCalendar,
  getCriteriaSet,
  getInstrument,
  getRulePack,
  parInputsFromMeasures,
  scorePar,
  scoreSipas,
  summarize,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';
import { cchc, data, tempDir } from './cli-helpers.js';

const { write, dir } = tempDir();
const json = (r: { code: number; stdout: string; stderr: string }) => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('the sample year through the built CLI equals the core functions', {
  timeout: 180_000,
}, () => {
  const checkArgs = [
    'check',
    data('dossiers-2017.csv'),
    '--pack',
    'khanhson-2017',
    '--as-of',
    '2017-12-31',
    '--inspections',
    data('inspections-2017.csv'),
    '--reports',
    data('reports-2017.csv'),
    '--feedback',
    data('feedback-2017.csv'),
    '--format',
    'json',
  ];

  it('cchc check prints { findings, summary } as checkDossier/…/summarize give them', async () => {
    const cli = json(cchc(...checkArgs));
    const pack = getRulePack('khanhson-2017');
    const calendar = createCalendar();
    const dossiers = (await readDossiers(data('dossiers-2017.csv'))).rows;
    const inspections = (await readInspections(data('inspections-2017.csv'))).rows;
    const reports = (await readReports(data('reports-2017.csv'))).rows;
    const feedback = (await readFeedback(data('feedback-2017.csv'))).rows;
    const units = [
      ...new Set([...dossiers, ...inspections, ...reports].map((x) => x.unitCode)),
    ].sort();
    const findings = [
      ...dossiers.flatMap((d) => checkDossier(d, pack, { calendar, asOf: '2017-12-31' })),
      ...checkInspections(inspections, { from: '2017-01-01', to: '2017-12-31' }, pack, {
        unitCodes: units,
        calendar,
        asOf: '2017-12-31',
      }),
      ...checkReporting(reports, 2017, pack, { unitCodes: units, asOf: '2017-12-31', calendar }),
      ...checkFeedback(feedback, pack, { asOf: '2017-12-31', calendar }),
    ];
    expect(cli).toEqual(clone({ findings, summary: summarize(findings) }));
    // The JSON dossier file gives the same findings as the CSV event log.
    const fromJson = json(
      cchc(
        'check',
        data('dossiers-2017.json'),
        '--pack',
        'khanhson-2017',
        '--as-of',
        '2017-12-31',
        '--format',
        'json',
      ),
    );
    expect(fromJson.findings).toEqual(
      clone(dossiers.flatMap((d) => checkDossier(d, pack, { calendar, asOf: '2017-12-31' }))),
    );
  });

  it('cchc par with --sipas, --health-sipas and --compliance prints what scorePar returns', async () => {
    const sipasFile = write(
      'sipas.json',
      cchc(
        'sipas',
        data('answers-ubnd-2017.csv'),
        '--instrument',
        'sipas-2017',
        '--by',
        'unit',
        '--format',
        'json',
      ).stdout,
    );
    const healthFile = write(
      'tyt.json',
      cchc(
        'sipas',
        data('answers-tyt-2017.csv'),
        '--instrument',
        'health-station-example',
        '--by',
        'unit',
        '--format',
        'json',
      ).stdout,
    );
    const checkFile = write('check.json', cchc(...checkArgs).stdout);
    const cli = json(
      cchc(
        'par',
        data('scores-2017.csv'),
        '--criteria',
        'example-commune-2017',
        '--sipas',
        sipasFile,
        '--health-sipas',
        healthFile,
        '--compliance',
        checkFile,
        '--format',
        'json',
      ),
    );
    const set = getCriteriaSet('example-commune-2017');
    const scores = (await readScores(data('scores-2017.csv'), { criteria: set })).rows;
    const sipas = scoreSipas(
      getInstrument('sipas-2017'),
      (await readAnswers(data('answers-ubnd-2017.csv'), { instrument: 'sipas-2017' })).rows,
      { by: ['unitCode'] },
    );
    const health = scoreSipas(
      getInstrument('health-station-example'),
      (await readAnswers(data('answers-tyt-2017.csv'), { instrument: 'health-station-example' }))
        .rows,
      { by: ['unitCode'] },
    );
    const { summary } = JSON.parse(readFileSync(checkFile, 'utf8'));
    const index = (r: typeof sipas, unit: string) =>
      r.groups.find((g) => g.key.unitCode === unit)!.overall.index;
    const inputs = scores.map((u) =>
      parInputsFromMeasures(
        set,
        u.unitCode,
        {
          compliance: complianceMeasures(summary, u.unitCode)!,
          sipas: { index: index(sipas, u.unitCode) },
          healthStation: { index: index(health, `${u.unitCode}-TYT`) },
        },
        u,
      ),
    );
    expect(cli).toEqual(clone(scorePar(set, inputs)));
    expect(cli.units).toHaveLength(8);
    expect(new Set(cli.units.map((u: { rank: number }) => u.rank)).size).toBeGreaterThan(1);
  });

  it('--format html writes one self-contained file with the data embedded and accessible tables', () => {
    const out = `${dir}/report.html`;
    const r = cchc(
      'par',
      data('scores-2017.csv'),
      '--criteria',
      'example-commune-2017',
      '--sipas',
      write(
        's2.json',
        cchc(
          'sipas',
          data('answers-ubnd-2017.csv'),
          '--instrument',
          'sipas-2017',
          '--by',
          'unit',
          '--format',
          'json',
        ).stdout,
      ),
      '--health-sipas',
      write(
        't2.json',
        cchc(
          'sipas',
          data('answers-tyt-2017.csv'),
          '--instrument',
          'health-station-example',
          '--by',
          'unit',
          '--format',
          'json',
        ).stdout,
      ),
      '--compliance',
      write('c2.json', cchc(...checkArgs).stdout),
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).not.toMatch(/<(link|img|iframe)\b|src="http|href="http/);
    expect(html).toContain('<caption>Xếp hạng');
    expect(html).toContain('<th scope="col">Chỉ số</th>');
    expect(html).toContain('@media print');
    const embedded = /<script type="application\/json" id="cchc-data">([^<]*)<\/script>/.exec(html);
    expect(embedded).not.toBeNull();
    expect(JSON.parse(embedded![1]!)[0].data.units).toHaveLength(8);
  });
});
