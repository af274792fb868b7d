import {
  CchcError,
  type ComplianceSummary,
  type ParMeasures,
  type ParUnitInput,
  parInputsFromMeasures,
  parSensitivity,
  type SipasResult,
  scorePar,
} from '@cchc/core';
import type { Command } from 'commander';
import {
  failOnErrors,
  globals,
  idOrJsonFile,
  output,
  type ProgramIO,
  usage,
  withOutput,
} from '../cli/context.js';
import { issueToRowError } from '../read/issues.js';
import { complianceMeasures, sipasIndexByUnit } from '../read/measures.js';
import { readScoresWithRows, resolveCriteriaSet } from '../read/readScores.js';
import { parReport } from '../views/parView.js';
import { collect, sourceOptions } from './shared.js';

interface ParCommandOptions {
  criteria: string;
  sipas?: string;
  healthSipas?: string;
  compliance?: string;
  sensitivity?: string;
  seed?: string;
  weightJitter?: string;
  previous?: string;
  sheet?: string;
  headerMap?: string[];
}

/** A JSON result file given to `--sipas`, `--compliance`, `--previous`. */
async function resultFile<T>(
  file: string,
  pick: (json: Record<string, unknown>) => T | undefined,
  what: string,
): Promise<T> {
  const json = (await idOrJsonFile(
    file.includes('/') || file.endsWith('.json') ? file : `./${file}`,
  )) as Record<string, unknown>;
  const value = json !== null && typeof json === 'object' ? pick(json) : undefined;
  if (value === undefined)
    throw usage({ vi: `${file}: không phải ${what}`, en: `${file}: not ${what}` });
  return value;
}

/** Registers `cchc par`. */
export function registerPar(program: Command, io: ProgramIO): void {
  withOutput(
    program
      .command('par')
      .description(
        'Chấm điểm, xếp hạng Chỉ số CCHC từ điểm tự đánh giá / Score and rank the PAR index from self-assessment scores',
      )
      .argument(
        '<scores>',
        'tệp điểm: mỗi đơn vị một dòng / scores file, one row per unit (.csv .xlsx .json)',
      )
      .requiredOption(
        '--criteria <id|file>',
        'bộ tiêu chí: mã có sẵn hoặc tệp JSON / criteria set: shipped id or JSON file',
      )
      .option(
        '--sipas <result.json>',
        "kết quả `cchc sipas --by unit` cho UBND xã (tiêu chí 7.1) / SIPAS result by unit for the People's Committees",
      )
      .option(
        '--health-sipas <result.json>',
        'kết quả SIPAS của trạm y tế (mã <xã>-TYT) / health-station SIPAS result (codes <commune>-TYT)',
      )
      .option(
        '--compliance <result.json>',
        'kết quả `cchc check` (tuân thủ một cửa) / `cchc check` result',
      )
      .option(
        '--sensitivity <draws>',
        'phân tích độ nhạy Monte-Carlo / Monte-Carlo draws for rank intervals',
      )
      .option(
        '--weight-jitter <x>',
        'biên độ nhiễu trọng số lĩnh vực / field weight jitter (default 0.25)',
      )
      .option('--seed <n>', 'hạt giống / seed (default 2017)')
      .option('--previous <result.json>', 'kết quả kỳ trước để so sánh / previous period result')
      .option('--sheet <name|n>', 'trang tính XLSX / XLSX sheet')
      .option(
        '--header-map <alias=name>',
        'đổi tên cột / rename a column (repeatable)',
        collect,
        [],
      ),
  ).action(async (file: string, opts: ParCommandOptions, command: Command) => {
    void globals(command);
    const criteria = resolveCriteriaSet(await idOrJsonFile(opts.criteria));
    const read = await readScoresWithRows(file, { criteria, ...(await sourceOptions(opts)) });
    failOnErrors(read.errors);
    const summary =
      opts.compliance === undefined
        ? undefined
        : await resultFile<ComplianceSummary>(
            opts.compliance,
            (j) =>
              ((j.summary ?? j) as { units?: unknown }).units
                ? ((j.summary ?? j) as ComplianceSummary)
                : undefined,
            'một kết quả tuân thủ / a compliance result',
          );
    const sipasOf = async (path: string | undefined) =>
      path === undefined
        ? undefined
        : sipasIndexByUnit(
            await resultFile<SipasResult>(
              path,
              (j) => (Array.isArray(j.groups) ? (j as unknown as SipasResult) : undefined),
              'một kết quả SIPAS / a SIPAS result',
            ),
          );
    const sipas = await sipasOf(opts.sipas);
    const health = await sipasOf(opts.healthSipas);
    const inputs: ParUnitInput[] = read.rows.map((unit) => {
      const measures: ParMeasures = {};
      const c = summary ? complianceMeasures(summary, unit.unitCode) : undefined;
      if (c) measures.compliance = c;
      const s = sipas?.get(unit.unitCode);
      if (s) measures.sipas = { index: s.index };
      const h = health?.get(`${unit.unitCode}-TYT`);
      if (h) measures.healthStation = { index: h.index };
      return Object.keys(measures).length === 0
        ? unit
        : parInputsFromMeasures(criteria, unit.unitCode, measures, unit);
    });
    const previous =
      opts.previous === undefined
        ? undefined
        : await resultFile(
            opts.previous,
            (j) =>
              Array.isArray(j.units)
                ? (j.units as { unitCode: string; index: number; rank: number }[]).map(
                    ({ unitCode, index, rank }) => ({ unitCode, index, rank }),
                  )
                : undefined,
            'một kết quả `cchc par` / a `cchc par` result',
          );
    const placed = <T>(f: () => T): T => {
      try {
        return f();
      } catch (e) {
        if (!(e instanceof CchcError)) throw e;
        throw new CchcError(
          e.code,
          e.issues.map((i) =>
            i.row === undefined
              ? i
              : { ...i, ...issueToRowError(i, read.fileRows[i.row - 1] ?? i.row) },
          ),
        );
      }
    };
    const result = placed(() => scorePar(criteria, inputs, previous ? { previous } : {}));
    let sensitivity: ReturnType<typeof parSensitivity> | undefined;
    if (opts.sensitivity !== undefined) {
      const draws = Number(opts.sensitivity);
      if (!Number.isInteger(draws) || draws < 1)
        throw usage({
          vi: `--sensitivity: cần số lần rút ≥ 1, nhận được "${opts.sensitivity}"`,
          en: `--sensitivity: expected draws ≥ 1, got "${opts.sensitivity}"`,
        });
      const surveyUncertainty: Record<string, number> = {};
      for (const unit of read.rows) {
        const s = sipas?.get(unit.unitCode);
        if (s?.low != null && s.high != null)
          surveyUncertainty[unit.unitCode] = (s.high - s.low) / 2;
      }
      sensitivity = placed(() =>
        parSensitivity(criteria, inputs, {
          draws,
          seed: opts.seed === undefined ? 2017 : Number(opts.seed),
          weightJitter: opts.weightJitter === undefined ? 0.25 : Number(opts.weightJitter),
          ...(Object.keys(surveyUncertainty).length > 0 ? { surveyUncertainty } : {}),
        }),
      );
    }
    await output(
      io,
      command,
      parReport(result, { ...(sensitivity ? { sensitivity } : {}), criteriaSet: criteria }),
    );
  });
}
