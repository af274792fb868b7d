import { CchcError } from '@cchc/core';
import { Command, CommanderError } from 'commander';
import { type ProgramIO, UsageError } from './cli/context.js';
import { registerCalendar } from './commands/calendar.js';
import { registerCheck } from './commands/check.js';
import { registerPar } from './commands/par.js';
import { registerSchedule } from './commands/schedule.js';
import { registerSipas } from './commands/sipas.js';
import { ExitCode, registerValidate } from './commands/validate.js';

export type { ProgramIO } from './cli/context.js';

const defaultIO: ProgramIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
};

/**
 * Builds the `cchc` command-line program (commander 14) with bilingual help: `sipas`, `par`, `check`, `calendar`,
 * `due`, `schedule`, `validate`.
 *
 * @param io - Where to print; the process's stdout/stderr by default.
 * @returns The program; call `parseAsync(argv)` on it.
 * @example
 * await createProgram().parseAsync(['node', 'cchc', 'due', '2017-01-25', '3'])
 */
export function createProgram(io: ProgramIO = defaultIO): Command {
  const program = new Command('cchc')
    .description(
      'Công cụ tính chỉ số CCHC, SIPAS và kiểm tra tuân thủ một cửa từ tệp CSV, XLSX, JSON / Recompute the PAR (CCHC) and satisfaction (SIPAS) indices and one-stop compliance from CSV, XLSX and JSON files',
    )
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError()
    .option('--lang <lang>', 'ngôn ngữ / language: vi | en', 'vi')
    .option('--debug', 'hiện chi tiết lỗi (stack trace) / show error stack traces')
    .addHelpText(
      'after',
      '\nMã thoát / exit codes: 0 thành công / ok · 1 dữ liệu không hợp lệ / invalid input · 2 sai cú pháp lệnh / usage error\nHướng dẫn / guide: docs/guides/cli.md',
    );
  registerSipas(program, io);
  registerPar(program, io);
  registerCheck(program, io);
  registerCalendar(program, io);
  registerSchedule(program, io);
  registerValidate(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/**
 * Runs the program on `argv` and returns the exit code: 0 ok, 1 invalid input (every problem listed, in the chosen
 * language with the other one beneath), 2 usage error. Stack traces only with `--debug`.
 *
 * @example
 * process.exitCode = await runCli(process.argv)
 */
export async function runCli(argv: readonly string[], io: ProgramIO = defaultIO): Promise<number> {
  const program = createProgram(io);
  const debug = argv.includes('--debug');
  const at = argv.indexOf('--lang');
  const lang = argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'vi';
  const other = lang === 'vi' ? 'en' : 'vi';
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof ExitCode) return error.code;
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr(`${error.text[lang]}\n  ${error.text[other]}\n`);
      if (debug) io.stderr(`${error.stack}\n`);
      return 2;
    }
    if (error instanceof CchcError) {
      for (const issue of error.issues)
        io.stderr(`${issue.message[lang]}\n  ${issue.message[other]}\n`);
      if (debug) io.stderr(`${error.stack}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      debug && error instanceof Error
        ? `${error.stack}\n`
        : `Lỗi không mong đợi / Unexpected error: ${message}\n  (chạy lại với --debug để xem chi tiết / run again with --debug for details)\n`,
    );
    return 2;
  }
}
