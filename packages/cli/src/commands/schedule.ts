import { createCalendar, reportingSchedule } from '@cchc/core';
import type { Command } from 'commander';
import { output, type ProgramIO, withOutput } from '../cli/context.js';
import { t } from '../format/report.js';
import { yearArg } from './calendar.js';
import { resolvePack } from './check.js';

/** Registers `cchc schedule`. */
export function registerSchedule(program: Command, io: ProgramIO): void {
  withOutput(
    program
      .command('schedule')
      .description(
        'Lịch báo cáo trong năm: kỳ, ngày chốt số liệu, hạn nộp / Reporting obligations of a year: period, cut-off, deadline',
      )
      .argument('<year>', 'năm / year')
      .requiredOption('--pack <id|file>', 'bộ quy tắc / rule pack (e.g. khanhson-2017)'),
  ).action(async (year: string, opts: { pack: string }, command: Command) => {
    const obligations = reportingSchedule(yearArg(year), await resolvePack(opts.pack), {
      calendar: createCalendar(),
    });
    await output(io, command, {
      kind: 'schedule',
      title: t(`Lịch báo cáo năm ${year}`, `Reporting schedule ${year}`),
      notes: obligations.some((o) => !o.verified)
        ? [
            t(
              'Hạn có dấu * chưa được đối chiếu với văn bản gốc.',
              'Deadlines marked * are not verified against the source.',
            ),
          ]
        : [],
      tables: [
        {
          title: t('Nghĩa vụ báo cáo', 'Reporting obligations'),
          columns: [
            { key: 'dueDate', label: t('Hạn nộp', 'Due') },
            { key: 'ruleId', label: t('Nghĩa vụ', 'Obligation') },
            { key: 'period', label: t('Kỳ', 'Period') },
            { key: 'from', label: t('Từ ngày', 'From') },
            { key: 'cutoff', label: t('Chốt số liệu', 'Cut-off') },
            { key: 'title', label: t('Tên', 'Title') },
          ],
          rows: obligations.map((o) => ({
            dueDate: `${o.dueDate}${o.verified ? '' : ' *'}`,
            ruleId: o.ruleId,
            period: o.period,
            from: o.from,
            cutoff: o.cutoff,
            title: o.title,
          })),
        },
      ],
      data: obligations,
    });
  });
}
