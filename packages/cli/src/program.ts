import { addWorkingDays, CchcError, holidaysOf, specialWorkingDaysOf } from '@cchc/core';
import { Command, CommanderError } from 'commander';

/** Output sinks, injectable so tests can capture what the program prints. */
export interface ProgramIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIO: ProgramIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/**
 * Builds the `cchc` command-line program (commander), with bilingual help.
 *
 * @param io - Where to print; the process's stdout/stderr by default.
 * @returns The program; call `parseAsync(argv)` on it.
 * @example
 * await createProgram().parseAsync(['node', 'cchc', 'due', '2017-01-25', '3'])
 */
export function createProgram(io: ProgramIO = defaultIO): Command {
  const program = new Command('cchc')
    .description(
      'Công cụ tính chỉ số CCHC và SIPAS / Tools for the PAR (CCHC) and satisfaction (SIPAS) indices',
    )
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .option('--lang <lang>', 'ngôn ngữ / language: vi | en', 'vi')
    .option('--debug', 'hiện chi tiết lỗi / show error stack traces');

  program
    .command('due')
    .description('Ngày làm việc thứ N sau một ngày / The N-th working day after a date')
    .argument('<date>', 'ngày bắt đầu (không tính) / start date, YYYY-MM-DD (not counted)')
    .argument('<working-days>', 'số ngày làm việc / number of working days')
    .action((date: string, days: string) => {
      io.stdout(`${addWorkingDays(date, Number(days))}\n`);
    });

  program
    .command('calendar')
    .description('Ngày nghỉ lễ, Tết, nghỉ bù trong năm / Days off of a year')
    .argument('<year>', 'năm / year')
    .action((year: string) => {
      const lang = program.opts<{ lang: string }>().lang === 'en' ? 'en' : 'vi';
      for (const h of holidaysOf(Number(year))) {
        io.stdout(
          `${h.date}\t${h.kind}\t${h.name[lang]}${h.estimated ? '\t(ước tính/estimated)' : ''}\n`,
        );
      }
      for (const w of specialWorkingDaysOf(Number(year))) {
        io.stdout(`${w.date}\tworking-day\t${lang === 'vi' ? 'Làm bù' : 'Worked'}: ${w.basis}\n`);
      }
    });
  return program;
}

/**
 * Runs the program on `argv` and returns the exit code: 0 ok, 1 invalid input, 2 usage error.
 *
 * @example
 * process.exitCode = await runCli(process.argv)
 */
export async function runCli(argv: readonly string[], io: ProgramIO = defaultIO): Promise<number> {
  const program = createProgram(io);
  const debug = argv.includes('--debug');
  const at = argv.indexOf('--lang');
  const lang = argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'vi';
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CchcError) {
      io.stderr(`${error.issues.map((i) => i.message[lang]).join('\n')}\n`);
      if (debug) io.stderr(`${error.stack}\n`);
      return 1;
    }
    io.stderr(`${debug && error instanceof Error ? error.stack : String(error)}\n`);
    return 2;
  }
}
