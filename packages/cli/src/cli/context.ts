import { readFile } from 'node:fs/promises';
import { type Bilingual, CchcError, type CchcIssue } from '@cchc/core';
import type { Command } from 'commander';
import { chooseFormat, emit, FORMATS, render } from '../format/output.js';
import type { Report } from '../format/report.js';
import { fileError } from '../read/fileError.js';
import type { OnProgress, RowError } from '../read/types.js';
import { progressBar } from './progress.js';

/** Output sinks and terminal facts, injectable so tests can capture what the program prints. */
export interface ProgramIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (table output by default); false when omitted. */
  stdoutIsTTY?: boolean;
  /** Whether stderr is a terminal (progress bars); false when omitted. */
  stderrIsTTY?: boolean;
}

/** Options every output-producing subcommand takes. */
export interface OutputOptions {
  format?: string;
  out?: string;
}

/** Adds `--format` and `--out` to a subcommand. */
export function withOutput(command: Command): Command {
  return command
    .option(
      '--format <format>',
      `định dạng / output format: ${FORMATS.join(' | ')} (mặc định bảng trên terminal, JSON khi chuyển tiếp / default table on a terminal, JSON when piped)`,
    )
    .option('--out <file>', 'ghi ra tệp / write to a file');
}

/** The global options of a subcommand. */
export function globals(command: Command): { lang: 'vi' | 'en'; debug: boolean } {
  const o = command.optsWithGlobals<{ lang?: string; debug?: boolean }>();
  return { lang: o.lang === 'en' ? 'en' : 'vi', debug: o.debug === true };
}

/** Renders and writes a report as the options say. */
export async function output(io: ProgramIO, command: Command, report: Report): Promise<void> {
  const opts = command.opts<OutputOptions>();
  if (opts.format !== undefined && !(FORMATS as readonly string[]).includes(opts.format))
    throw usage({
      vi: `--format: "${opts.format}" không hợp lệ; chọn ${FORMATS.join(', ')}`,
      en: `--format: "${opts.format}" is not valid; use ${FORMATS.join(', ')}`,
    });
  const format = chooseFormat(opts.format, opts.out, io.stdoutIsTTY === true);
  await emit(render(report, format, globals(command).lang), opts.out, io.stdout);
}

/** A usage error (exit code 2) with a bilingual message. */
export class UsageError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(`${text.vi}\n${text.en}`);
    this.name = 'UsageError';
    this.text = text;
  }
}

/** Builds a {@link UsageError}. */
export const usage = (text: Bilingual): UsageError => new UsageError(text);

/** Throws a CchcError (exit code 1) listing every row error, when there is any. */
export function failOnErrors(errors: readonly RowError[]): void {
  if (errors.length === 0) return;
  const issues: CchcIssue[] = errors.map((e) => ({
    path: e.column ?? '',
    row: e.row,
    expected: { vi: 'dữ liệu hợp lệ', en: 'valid data' },
    message: e.message,
  }));
  throw new CchcError('invalid-input', issues);
}

/** A progress callback drawing on stderr, for inputs over 4 MB when stderr is a terminal; otherwise undefined. */
export function progressFor(io: ProgramIO, file: string): OnProgress | undefined {
  return io.stderrIsTTY === true ? progressBar(file, io.stderr) : undefined;
}

/**
 * Reads a `<id|file>` argument: a path to a JSON file (it ends in `.json` or contains a path separator) is read and
 * parsed; anything else is returned as an id.
 */
export async function idOrJsonFile(arg: string): Promise<string | unknown> {
  if (!/\.json$/i.test(arg) && !/[\\/]/.test(arg)) return arg;
  let text: string;
  try {
    text = await readFile(arg, 'utf8');
  } catch {
    throw fileError(arg, { vi: 'không tìm thấy tệp', en: 'no such file' }, 'file-not-found');
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw fileError(arg, {
      vi: `JSON không hợp lệ: ${(e as Error).message}`,
      en: `invalid JSON: ${(e as Error).message}`,
    });
  }
}

/** Parses a comma-separated list option. */
export const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
