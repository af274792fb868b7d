import type { Command } from 'commander';
import {
  globals,
  idOrJsonFile,
  output,
  type ProgramIO,
  usage,
  withOutput,
} from '../cli/context.js';
import { t } from '../format/report.js';
import { readDossiers } from '../read/readDossiers.js';
import { readFeedback, readInspections, readReports } from '../read/readLogs.js';
import { readScores, resolveCriteriaSet } from '../read/readScores.js';
import { scoreAnswers } from '../read/scoreAnswers.js';
import type { RowError } from '../read/types.js';
import { resolvePack } from './check.js';
import { collect, sourceOptions } from './shared.js';

interface ValidateOptions {
  instrument?: string;
  criteria?: string;
  pack?: string;
  kind?: string;
  sheet?: string;
  headerMap?: string[];
}

/** Thrown after output to end with an exit code without an error message. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

const KINDS = ['dossiers', 'inspections', 'reports', 'feedback'] as const;

/** Registers `cchc validate`. */
export function registerValidate(program: Command, io: ProgramIO): void {
  withOutput(
    program
      .command('validate')
      .description(
        'Kiểm tra tệp dữ liệu: liệt kê mọi dòng lỗi và lý do, mã thoát 1 nếu có lỗi / Check a data file: list every bad row with its reason; exit code 1 if any',
      )
      .argument('<file>', 'tệp cần kiểm tra / file to check')
      .option(
        '--instrument <id|file>',
        'phiếu khảo sát theo bộ phiếu này / survey answers for this instrument',
      )
      .option(
        '--criteria <id|file>',
        'điểm tự đánh giá theo bộ tiêu chí này / self-assessment scores for this criteria set',
      )
      .option(
        '--pack <id|file>',
        'sổ hồ sơ (hoặc --kind) theo bộ quy tắc này / dossier log (or --kind) for this rule pack',
      )
      .option('--kind <kind>', `với --pack / with --pack: ${KINDS.join(' | ')} (default dossiers)`)
      .option('--sheet <name|n>', 'trang tính XLSX / XLSX sheet')
      .option(
        '--header-map <alias=name>',
        'đổi tên cột / rename a column (repeatable)',
        collect,
        [],
      ),
  ).action(async (file: string, opts: ValidateOptions, command: Command) => {
    const { lang } = globals(command);
    const chosen = [opts.instrument, opts.criteria, opts.pack].filter(
      (x) => x !== undefined,
    ).length;
    if (chosen !== 1)
      throw usage({
        vi: 'cần đúng một trong --instrument, --criteria, --pack',
        en: 'give exactly one of --instrument, --criteria, --pack',
      });
    const source = await sourceOptions(opts);
    let errors: RowError[];
    let rows: number;
    if (opts.instrument !== undefined) {
      const r = await scoreAnswers(file, {
        instrument: (await idOrJsonFile(opts.instrument)) as string,
        sipas: { bootstrap: 0, comments: false },
        ...source,
      });
      errors = r.errors;
      rows = r.result.respondents;
    } else if (opts.criteria !== undefined) {
      const r = await readScores(file, {
        criteria: resolveCriteriaSet(await idOrJsonFile(opts.criteria)),
        ...source,
      });
      errors = r.errors;
      rows = r.rows.length;
    } else {
      await resolvePack(opts.pack!);
      const kind = opts.kind ?? 'dossiers';
      if (!(KINDS as readonly string[]).includes(kind))
        throw usage({
          vi: `--kind: chọn ${KINDS.join(', ')}`,
          en: `--kind: use ${KINDS.join(', ')}`,
        });
      const read =
        kind === 'inspections'
          ? readInspections
          : kind === 'reports'
            ? readReports
            : kind === 'feedback'
              ? readFeedback
              : readDossiers;
      const r = await read(file, source);
      errors = r.errors;
      rows = r.rows.length;
    }
    await output(io, command, {
      kind: 'validate',
      title: t(`Kiểm tra tệp ${file}`, `Validation of ${file}`),
      notes: [
        errors.length === 0
          ? t(
              `Hợp lệ: ${rows} dòng dữ liệu đọc được, không có lỗi.`,
              `Valid: ${rows} data rows read, no problem found.`,
            )
          : t(
              `${errors.length} lỗi; ${rows} dòng hợp lệ.`,
              `${errors.length} problems; ${rows} valid rows.`,
            ),
      ],
      tables: [
        {
          title: t('Các dòng lỗi', 'Rows with problems'),
          columns: [
            { key: 'row', label: t('Dòng', 'Row'), numeric: true },
            { key: 'column', label: t('Cột', 'Column') },
            { key: 'message', label: t('Lý do', 'Reason') },
            {
              key: 'other',
              label:
                lang === 'vi'
                  ? t('Lý do (tiếng Anh)', 'Reason (English)')
                  : t('Lý do (tiếng Việt)', 'Reason (Vietnamese)'),
            },
          ],
          rows: errors.map((e) => ({
            row: e.row,
            column: e.column ?? '',
            message: e.message,
            other: lang === 'vi' ? e.message.en : e.message.vi,
          })),
        },
      ],
      data: { valid: errors.length === 0, rows, errors },
    });
    if (errors.length > 0) throw new ExitCode(1);
  });
}
