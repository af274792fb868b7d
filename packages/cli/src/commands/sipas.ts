import type { SipasOptions } from '@cchc/core';
import type { Command } from 'commander';
import {
  failOnErrors,
  globals,
  idOrJsonFile,
  list,
  output,
  type ProgramIO,
  progressFor,
  usage,
  withOutput,
} from '../cli/context.js';
import { scoreAnswers } from '../read/scoreAnswers.js';
import { readWeights } from '../read/weights.js';
import { sipasReport } from '../views/sipasView.js';
import { collect, readHeaderMap, sourceOptions } from './shared.js';

/** `--by` names analysts type, mapped to response fields. */
const BY_ALIASES: Record<string, string> = {
  unit: 'unitCode',
  unit_code: 'unitCode',
  unitcode: 'unitCode',
  'đơn vị': 'unitCode',
  service: 'service',
  sector: 'sector',
  sex: 'sex',
  age: 'ageGroup',
  age_group: 'ageGroup',
  agegroup: 'ageGroup',
};

interface SipasCommandOptions {
  instrument: string;
  by?: string;
  weights?: string;
  weighted?: boolean;
  method?: string;
  seed?: string;
  population?: string;
  bootstrap?: string;
  excludeInvalid?: boolean;
  sheet?: string;
  headerMap?: string[];
}

/** Registers `cchc sipas`. */
export function registerSipas(program: Command, io: ProgramIO): void {
  withOutput(
    program
      .command('sipas')
      .description(
        'Tính chỉ số hài lòng SIPAS từ phiếu trả lời (CSV, XLSX, JSON, NDJSON) / Compute the SIPAS satisfaction index from survey answers',
      )
      .argument('<answers>', 'tệp phiếu trả lời / answers file (.csv .xlsx .json .ndjson)')
      .requiredOption(
        '--instrument <id|file>',
        'bộ phiếu: mã có sẵn hoặc tệp JSON / instrument: shipped id or JSON file',
      )
      .option(
        '--by <fields>',
        'nhóm theo / group by: unit,service,sector,sex,age_group hoặc mã câu hỏi / or question ids',
      )
      .option(
        '--weights <file>',
        'tệp trọng số (theo respondent_id hoặc theo nhóm) / weights file (by respondent_id or by cell)',
      )
      .option(
        '--weighted',
        "dùng cột weight trong tệp phiếu / use the answers file's weight column",
      )
      .option('--method <method>', 'share-satisfied | share-satisfied-answers | mean-score')
      .option('--seed <n>', 'hạt giống bootstrap / bootstrap seed')
      .option(
        '--population <n>',
        'số giao dịch N để kiểm tra cỡ mẫu / transactions N for the sample check',
      )
      .option(
        '--bootstrap <n>',
        'số lần lặp bootstrap (0 = không) / bootstrap replicates (0 = none)',
      )
      .option(
        '--exclude-invalid',
        'bỏ dòng lỗi và vẫn tính (lỗi in ra stderr) / drop invalid rows and score anyway (errors on stderr)',
      )
      .option('--sheet <name|n>', 'trang tính XLSX / XLSX sheet (default: the first)')
      .option(
        '--header-map <alias=name>',
        'đổi tên cột (lặp lại được, "Tên=-" để bỏ qua) / rename a column (repeatable; "Header=-" ignores it)',
        collect,
        [],
      ),
  ).action(async (file: string, opts: SipasCommandOptions, command: Command) => {
    const { lang } = globals(command);
    const instrument = await idOrJsonFile(opts.instrument);
    const by =
      opts.by === undefined ? [] : list(opts.by).map((b) => BY_ALIASES[b.toLowerCase()] ?? b);
    const sipas: Omit<SipasOptions, 'onInvalid'> = { by };
    if (opts.method !== undefined)
      sipas.method = opts.method as NonNullable<SipasOptions['method']>;
    if (opts.seed !== undefined) sipas.seed = integer('--seed', opts.seed);
    if (opts.bootstrap !== undefined) sipas.bootstrap = integer('--bootstrap', opts.bootstrap);
    if (opts.population !== undefined) sipas.population = integer('--population', opts.population);
    if (opts.weights !== undefined || opts.weighted) sipas.weighted = true;
    const headerMap = await readHeaderMap(opts.headerMap);
    const weights =
      opts.weights === undefined
        ? undefined
        : await readWeights(opts.weights, headerMap ? { headerMap } : {});
    const { result, errors } = await scoreAnswers(file, {
      instrument: instrument as string,
      sipas,
      ...(await sourceOptions(opts)),
      ...(weights ? { weights } : {}),
      ...(progressFor(io, file) ? { onProgress: progressFor(io, file)! } : {}),
    });
    if (!opts.excludeInvalid) failOnErrors(errors);
    for (const e of errors) io.stderr(`${e.message[lang]}\n`);
    await output(io, command, sipasReport(result));
  });
}

function integer(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw usage({
      vi: `${name}: cần một số nguyên ≥ 0, nhận được "${value}"`,
      en: `${name}: expected a whole number ≥ 0, got "${value}"`,
    });
  return n;
}
