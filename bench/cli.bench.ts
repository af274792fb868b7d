// `cchc sipas` end to end on a 1,000,000-row answers CSV (sipas-2017 layout, 8 units), generated into a temp folder
// at bench time, against pandas on the same file in the same run (Debian's python3-pandas: read_csv, then the share
// satisfied per unit and criterion, element means, overall mean). Both run as subprocesses; peak RSS is reported for
// each, and the CLI is also run on a quarter of the rows to show that its memory stays flat.
// Respondent ids are questionnaire numbers (số phiếu), the usual case; text ids cost more memory, since the
// accumulator keeps every id to detect duplicates.
// Without pandas the baseline is a plain streaming read of the file (the I/O floor) and the pandas row is skipped.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from './harness.js';

const ROWS = 1_000_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/bin/cchc.js');
const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const UNITS = ['KS-TH', 'KS-BCB', 'KS-BCN', 'KS-SB', 'KS-SH', 'KS-SL', 'KS-ST', 'KS-TS'];
const ELEMENTS: Record<string, string[]> = {
  E1: ['E1.1', 'E1.2', 'E1.3', 'E1.4'],
  E2: ['E2.1', 'E2.2', 'E2.3', 'E2.4', 'E2.5'],
  E3: ['E3.1', 'E3.2', 'E3.3', 'E3.4', 'E3.5', 'E3.6'],
  E4: ['E4.1', 'E4.2', 'E4.3'],
  E5: ['E5.1', 'E5.2', 'E5.3', 'E5.4'],
};
const CRITERIA = Object.values(ELEMENTS).flat();

/** Writes `rows` synthetic responses (seeded xorshift32) in the analysts' CSV layout. */
async function generate(path: string, rows: number): Promise<void> {
  let state = 2017;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const out = createWriteStream(path);
  const header = [
    'respondent_id',
    'unit_code',
    'unit_name',
    'service',
    'sector',
    'sex',
    'age_group',
    'F0',
    ...CRITERIA,
  ];
  let buffer = `${header.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const unit = UNITS[i % UNITS.length]!;
    const feedback = next() < 0.25;
    let line = `${i + 1},${unit},UBND ${unit},ho-tich,tu-phap,${next() < 0.5 ? 'nam' : 'nữ'},30-44,${feedback ? 'yes' : 'no'}`;
    for (const id of CRITERIA) {
      if (id.startsWith('E5') && !feedback) {
        line += ',';
        continue;
      }
      const u = next();
      line += u < 0.03 ? ',' : u < 0.05 ? ',0' : `,${1 + Math.floor(next() * 5)}`;
    }
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = '';
    }
  }
  await new Promise<void>((resolve) => out.end(buffer, resolve));
}

const PANDAS_SCRIPT = `
import json, resource, sys
import pandas as pd
elements = json.loads(sys.argv[2])
criteria = [c for cs in elements.values() for c in cs]
df = pd.read_csv(sys.argv[1], usecols=['unit_code'] + criteria)
answers = df[criteria]
valid = answers.isin([1, 2, 3, 4, 5])
satisfied = answers.isin([4, 5])
unit = df['unit_code']
index = 100 * satisfied.groupby(unit).sum() / valid.groupby(unit).sum().replace(0, float('nan'))
element = pd.DataFrame({e: index[cs].mean(axis=1) for e, cs in elements.items()})
overall = element.mean(axis=1)
json.dump({'overall': overall.to_dict(), 'maxrss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}, open(sys.argv[3], 'w'))
`;

/** A Python that can import pandas: python3 on the PATH, else Debian's /usr/bin/python3. */
function findPandas(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  return undefined;
}

// Reports the child's peak RSS (kB) into a file when it exits: loaded with --import, no change to the CLI.
const RSS_HOOK = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.CCHC_BENCH_RSS, String(process.resourceUsage().maxRSS)));`;

function runCli(csv: string, out: string): { overall: Record<string, number>; rssKb: number } {
  const rssFile = join(dir, 'rss.txt');
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(RSS_HOOK)}`,
      bin,
      'sipas',
      csv,
      '--instrument',
      'sipas-2017',
      '--by',
      'unit',
      '--format',
      'json',
      '--out',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, CCHC_BENCH_RSS: rssFile } },
  );
  if (r.status !== 0) throw new Error(`cchc failed (${r.status}): ${r.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    groups: { key: { unitCode: string }; overall: { index: number } }[];
  };
  return {
    overall: Object.fromEntries(result.groups.map((g) => [g.key.unitCode, g.overall.index])),
    rssKb: Number(readFileSync(rssFile, 'utf8')),
  };
}

export default async function suites(): Promise<BenchSuite[]> {
  const big = join(dir, 'answers-1m.csv');
  const quarter = join(dir, 'answers-250k.csv');
  await generate(big, ROWS);
  await generate(quarter, ROWS / 4);
  const python = findPandas();
  const script = join(dir, 'pandas_sipas.py');
  writeFileSync(script, PANDAS_SCRIPT);
  let pandasRss = 0;
  let pandasOverall: Record<string, number> = {};
  let cliRss = 0;
  const runPandas = () => {
    const out = join(dir, 'pandas.json');
    const r = spawnSync(python!, [script, big, JSON.stringify(ELEMENTS), out], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`pandas failed: ${r.stderr}`);
    const j = JSON.parse(readFileSync(out, 'utf8')) as {
      overall: Record<string, number>;
      maxrss_kb: number;
    };
    pandasRss = j.maxrss_kb;
    pandasOverall = j.overall;
  };
  const cliCase = {
    name: 'cchc sipas (built CLI, CSV fast path, subprocess)',
    units: ROWS,
    unit: 'rows',
    run: () => {
      const r = runCli(big, join(dir, 'cli.json'));
      cliRss = r.rssKb;
      if (python) {
        const diff = Math.max(
          ...Object.entries(r.overall).map(([u, v]) =>
            Math.abs(v - (pandasOverall[u] ?? Number.NaN)),
          ),
        );
        if (!(diff < 1e-9)) throw new Error(`cchc and pandas disagree: max |Δ overall| = ${diff}`);
      }
    },
  };
  const baseline = python
    ? {
        name: `pandas ${spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' }).stdout.trim()} read_csv + groupby (subprocess)`,
        units: ROWS,
        unit: 'rows',
        run: runPandas,
      }
    : {
        name: 'streaming read of the file only (I/O floor; pandas missing)',
        units: ROWS,
        unit: 'rows',
        run: () =>
          spawnSync(process.execPath, [
            '-e',
            `require('fs').createReadStream(${JSON.stringify(big)}).on('data',()=>{})`,
          ]),
      };
  if (!python)
    console.log(
      '\n  pandas: SKIPPED — python3 with pandas not found (Debian: apt-get install python3-pandas)',
    );
  // Memory: peak RSS on 1M rows against 250k rows (flat when the CLI streams).
  const small = runCli(quarter, join(dir, 'cli-250k.json')).rssKb;
  const large = runCli(big, join(dir, 'cli-1m.json')).rssKb;
  console.log(
    `\n  peak RSS: cchc ${(small / 1024).toFixed(0)} MB on 250k rows, ${(large / 1024).toFixed(0)} MB on 1M rows (flat when equal)`,
  );
  process.once('beforeExit', () => {
    if (cliRss > 0)
      console.log(
        `\n  peak RSS in the timed runs: cchc ${(cliRss / 1024).toFixed(0)} MB${python ? `, pandas ${(pandasRss / 1024).toFixed(0)} MB` : ''}`,
      );
  });
  return [
    {
      title: `CLI: SIPAS end to end on a ${ROWS.toLocaleString('en')}-row CSV (${(readFileSync(big).length / 1048576).toFixed(0)} MB, ${CRITERIA.length} criteria, 8 units)`,
      baseline,
      cases: [cliCase],
    },
  ];
}
