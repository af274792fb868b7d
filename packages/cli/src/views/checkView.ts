import type { ComplianceSummary, Finding } from '@cchc/core';
import { type Report, t } from '../format/report.js';

const rate = (r: number | null | undefined) =>
  r === null || r === undefined ? null : Number((100 * r).toFixed(2));

function subjectText(f: Finding): string {
  const s = f.subject;
  switch (s.kind) {
    case 'dossier':
    case 'feedback':
      return s.id;
    case 'inspection':
      return s.date;
    default:
      return s.period;
  }
}

/** The human views of `{ findings, summary }`: compliance per unit, then every missed finding. */
export function checkReport(findings: readonly Finding[], summary: ComplianceSummary): Report {
  const groups = [
    ...new Set(Object.values(summary.units).flatMap((u) => Object.keys(u.byGroup))),
  ].sort();
  const units = Object.values(summary.units).map((u) => {
    const row: Record<string, string | number | null> = {
      unit: u.unitCode,
      met: u.overall.met,
      missed: u.overall.missed,
      pending: u.overall.pending,
      rate: rate(u.overall.rate),
      grade: u.evaluation?.grade
        ? `${u.evaluation.grade.label.vi} / ${u.evaluation.grade.label.en}`
        : '',
    };
    for (const g of groups) row[`g.${g}`] = rate(u.byGroup[g]?.rate);
    return row;
  });
  const missed = findings
    .filter((f) => f.status === 'missed')
    .map((f) => ({
      unit: f.subject.unitCode,
      subject: subjectText(f),
      rule: f.ruleId,
      due: f.dueDate ?? '',
      late: f.lateByWorkingDays ?? null,
      message: f.message,
    }));
  return {
    kind: 'check',
    title: t('Kiểm tra tuân thủ một cửa', 'One-stop compliance check'),
    notes: [
      t(
        `${findings.length} kết quả kiểm tra; tỷ lệ tuân thủ = đạt / (đạt + không đạt), tính theo %.`,
        `${findings.length} findings; compliance rate = met / (met + missed), in %.`,
      ),
    ],
    tables: [
      {
        title: t('Tuân thủ theo đơn vị', 'Compliance by unit'),
        columns: [
          { key: 'unit', label: t('Đơn vị', 'Unit') },
          { key: 'met', label: t('Đạt', 'Met'), numeric: true },
          { key: 'missed', label: t('Không đạt', 'Missed'), numeric: true },
          { key: 'pending', label: t('Đang chờ', 'Pending'), numeric: true },
          { key: 'rate', label: t('Tỷ lệ (%)', 'Rate (%)'), numeric: true },
          ...groups.map((g) => ({
            key: `g.${g}`,
            label: t(`${g} (%)`, `${g} (%)`),
            numeric: true,
          })),
          { key: 'grade', label: t('Xếp loại TT 01/2018', 'Circular 01/2018 grade') },
        ],
        rows: units,
      },
      {
        title: t('Các nghĩa vụ không đạt', 'Obligations missed'),
        columns: [
          { key: 'unit', label: t('Đơn vị', 'Unit') },
          { key: 'subject', label: t('Đối tượng', 'Subject') },
          { key: 'rule', label: t('Quy tắc', 'Rule') },
          { key: 'due', label: t('Hạn', 'Due') },
          { key: 'late', label: t('Trễ (ngày LV)', 'Late (working days)'), numeric: true },
          { key: 'message', label: t('Nội dung', 'Message') },
        ],
        rows: missed,
      },
    ],
    data: { findings, summary },
  };
}
