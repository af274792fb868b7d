import {
  checkDossier,
  checkFeedback,
  checkInspections,
  checkReporting,
  createCalendar,
  type Finding,
  getRulePack,
  mergeRulePacks,
  PlainDateSchema,
  parseOrThrow,
  RulePackSchema,
  summarize,
} from '@cchc/core';
import type { Command } from 'commander';
import {
  failOnErrors,
  idOrJsonFile,
  output,
  type ProgramIO,
  progressFor,
  withOutput,
} from '../cli/context.js';
import { readDossiers } from '../read/readDossiers.js';
import { readFeedback, readInspections, readReports } from '../read/readLogs.js';
import type { RowError } from '../read/types.js';
import { checkReport } from '../views/checkView.js';
import { collect, sourceOptions } from './shared.js';

interface CheckCommandOptions {
  pack: string;
  asOf?: string;
  inspections?: string;
  reports?: string;
  feedback?: string;
  year?: string;
  from?: string;
  to?: string;
  sheet?: string;
  headerMap?: string[];
}

/** Resolves `--pack <id|file>`: a shipped id, a full pack, or an override `{ base, … }` merged over its base. */
export async function resolvePack(arg: string): Promise<unknown> {
  const value = await idOrJsonFile(arg);
  if (typeof value === 'string') return getRulePack(value);
  const base = (value as { base?: unknown }).base;
  if (typeof base === 'string') return mergeRulePacks(getRulePack(base), value);
  return parseOrThrow(RulePackSchema, value, arg);
}

/** Registers `cchc check`. */
export function registerCheck(program: Command, io: ProgramIO): void {
  withOutput(
    program
      .command('check')
      .description(
        'Kiểm tra tuân thủ một cửa từ sổ theo dõi hồ sơ / Check one-stop compliance from dossier logs',
      )
      .argument(
        '<dossiers>',
        'sổ theo dõi hồ sơ (mỗi sự kiện một dòng) / dossier log, one row per event (.csv .xlsx .json .ndjson)',
      )
      .requiredOption(
        '--pack <id|file>',
        'bộ quy tắc: mã có sẵn hoặc tệp JSON / rule pack: shipped id or JSON file',
      )
      .option('--as-of <date>', 'ngày đánh giá / evaluation date (YYYY-MM-DD)')
      .option('--inspections <file>', 'sổ kiểm tra bộ phận một cửa / inspection log')
      .option('--reports <file>', 'danh sách báo cáo đã nộp / reports filed')
      .option('--feedback <file>', 'phản ánh, kiến nghị / feedback and petitions')
      .option(
        '--year <year>',
        'năm báo cáo / reporting year (default: the year of --as-of or of the first dossier)',
      )
      .option('--from <date>', 'đầu kỳ kiểm tra / period start for inspections')
      .option('--to <date>', 'cuối kỳ kiểm tra / period end for inspections')
      .option('--sheet <name|n>', 'trang tính XLSX / XLSX sheet')
      .option(
        '--header-map <alias=name>',
        'đổi tên cột / rename a column (repeatable)',
        collect,
        [],
      ),
  ).action(async (file: string, opts: CheckCommandOptions, command: Command) => {
    const pack = await resolvePack(opts.pack);
    const asOf =
      opts.asOf === undefined ? undefined : parseOrThrow(PlainDateSchema, opts.asOf, '--as-of');
    const source = await sourceOptions(opts);
    const progress = progressFor(io, file);
    const dossiers = await readDossiers(file, {
      ...source,
      ...(progress ? { onProgress: progress } : {}),
    });
    const errors: RowError[] = [...dossiers.errors];
    const logs = {
      inspections: opts.inspections ? await readInspections(opts.inspections, source) : undefined,
      reports: opts.reports ? await readReports(opts.reports, source) : undefined,
      feedback: opts.feedback ? await readFeedback(opts.feedback, source) : undefined,
    };
    const label = (name: string | undefined, list: RowError[]) =>
      list.map((e) => ({
        ...e,
        message: { vi: `${name}: ${e.message.vi}`, en: `${name}: ${e.message.en}` },
      }));
    if (logs.inspections) errors.push(...label(opts.inspections, logs.inspections.errors));
    if (logs.reports) errors.push(...label(opts.reports, logs.reports.errors));
    if (logs.feedback) errors.push(...label(opts.feedback, logs.feedback.errors));
    failOnErrors(errors);
    const calendar = createCalendar();
    const findings: Finding[] = [];
    for (const d of dossiers.rows)
      findings.push(...checkDossier(d, pack, { calendar, ...(asOf ? { asOf } : {}) }));
    const firstDay = dossiers.rows.map((d) => d.receivedAt.slice(0, 10)).sort()[0];
    const year =
      opts.year !== undefined
        ? Number(opts.year)
        : Number((asOf ?? firstDay ?? '2017').slice(0, 4));
    const units = [
      ...new Set([
        ...dossiers.rows.map((d) => d.unitCode),
        ...(logs.inspections?.rows ?? []).map((x) => x.unitCode),
        ...(logs.reports?.rows ?? []).map((x) => x.unitCode),
      ]),
    ].sort();
    const end = asOf ?? `${year}-12-31`;
    if (logs.inspections)
      findings.push(
        ...checkInspections(
          logs.inspections.rows,
          { from: opts.from ?? `${year}-01-01`, to: opts.to ?? end },
          pack,
          {
            unitCodes: units,
            calendar,
            ...(asOf ? { asOf } : {}),
          },
        ),
      );
    if (logs.reports)
      findings.push(
        ...checkReporting(logs.reports.rows, year, pack, { unitCodes: units, asOf: end, calendar }),
      );
    if (logs.feedback)
      findings.push(...checkFeedback(logs.feedback.rows, pack, { asOf: end, calendar }));
    await output(io, command, checkReport(findings, summarize(findings)));
  });
}
