import { addWorkingDays, createCalendar, holidaysOf, specialWorkingDaysOf } from '@cchc/core';
import type { Command } from 'commander';
import { output, type ProgramIO, usage, withOutput } from '../cli/context.js';
import { t } from '../format/report.js';

/** Parses a year argument (a usage error otherwise). */
export function yearArg(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(year))
    throw usage({
      vi: `năm: cần 4 chữ số, nhận được "${value}"`,
      en: `year: expected 4 digits, got "${value}"`,
    });
  return year;
}

/** Registers `cchc calendar` and `cchc due`. */
export function registerCalendar(program: Command, io: ProgramIO): void {
  withOutput(
    program
      .command('calendar')
      .description(
        'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù trong năm / Days off and swapped working days of a year',
      )
      .argument('<year>', 'năm / year')
      .option(
        '--saturday <policy>',
        'thứ Bảy: off | morning (một cửa làm sáng thứ Bảy) | full / Saturday: off | morning | full',
      ),
  ).action(async (year: string, opts: { saturday?: string }, command: Command) => {
    const y = yearArg(year);
    const saturday = opts.saturday ?? 'off';
    if (saturday !== 'off' && saturday !== 'morning' && saturday !== 'full')
      throw usage({
        vi: '--saturday: chọn off, morning hoặc full',
        en: '--saturday: use off, morning or full',
      });
    const calendar = createCalendar({ saturday });
    const rows = [
      ...holidaysOf(y, calendar).map((h) => ({
        date: h.date,
        kind: h.kind,
        name: h.name,
        note: h.estimated ? t('ước tính', 'estimated') : '',
      })),
      ...specialWorkingDaysOf(y, calendar).map((w) => ({
        date: w.date,
        kind: 'working-day',
        name: t(`Làm bù: ${w.basis}`, `Worked: ${w.basis}`),
        note: '',
      })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    await output(io, command, {
      kind: 'calendar',
      title: t(`Lịch nghỉ năm ${y}`, `Days off in ${y}`),
      notes:
        saturday === 'off'
          ? []
          : [
              t(
                `Thứ Bảy: ${saturday === 'morning' ? 'làm buổi sáng (hạn vẫn tính thứ Hai–thứ Sáu)' : 'ngày làm việc'}.`,
                `Saturday: ${saturday === 'morning' ? 'morning worked (deadlines still count Monday–Friday)' : 'a working day'}.`,
              ),
            ],
      tables: [
        {
          title: t('Ngày nghỉ và ngày làm bù', 'Days off and swapped working days'),
          columns: [
            { key: 'date', label: t('Ngày', 'Date') },
            { key: 'kind', label: t('Loại', 'Kind') },
            { key: 'name', label: t('Tên', 'Name') },
            { key: 'note', label: t('Ghi chú', 'Note') },
          ],
          rows,
        },
      ],
      data: { holidays: holidaysOf(y, calendar), workingDays: specialWorkingDaysOf(y, calendar) },
    });
  });

  program
    .command('due')
    .description(
      'Ngày làm việc thứ N sau một ngày (hạn giải quyết) / The N-th working day after a date (a due date)',
    )
    .argument('<date>', 'ngày bắt đầu, không tính / start date, YYYY-MM-DD (not counted)')
    .argument('<working-days>', 'số ngày làm việc / number of working days')
    .action((date: string, days: string) => {
      io.stdout(`${addWorkingDays(date, Number(days))}\n`);
    });
}
