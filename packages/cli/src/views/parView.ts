import type { ParResult, ParSensitivityResult } from '@cchc/core';
import { fixed, type Report, t } from '../format/report.js';

/**
 * The human views of a `scorePar` result: the ranking (index, total, band, rank, change, rank interval when a
 * sensitivity analysis ran) and, per unit, the criteria whose fixing gains most.
 */
export function parReport(
  result: ParResult,
  extra: { sensitivity?: ParSensitivityResult; criteriaSet?: unknown } = {},
): Report {
  const intervals = new Map((extra.sensitivity?.units ?? []).map((u) => [u.unitCode, u]));
  const ranking = [...result.units]
    .sort((a, b) => a.rank - b.rank || a.unitCode.localeCompare(b.unitCode))
    .map((u) => {
      const s = intervals.get(u.unitCode);
      return {
        rank: u.rank,
        unit: u.unitName ?? u.unitCode,
        unitCode: u.unitCode,
        index: u.index,
        total: Number(fixed(u.total)),
        max: u.max,
        band: u.bandLabel,
        change:
          u.change === undefined
            ? ''
            : `${u.change.index >= 0 ? '+' : ''}${fixed(u.change.index)} (${u.change.rank >= 0 ? '+' : ''}${u.change.rank})`,
        interval: s === undefined ? '' : `${s.low}–${s.high} (${s.medianRank})`,
      };
    });
  const lost = result.units.flatMap((u) =>
    u.lost.slice(0, 3).map((l) => ({
      unit: u.unitName ?? u.unitCode,
      criterion: l.criterionId,
      lost: Number(fixed(l.points)),
      gain: Number(fixed(l.gain)),
      message: l.message,
    })),
  );
  return {
    kind: 'par',
    title: t('Chỉ số cải cách hành chính (CCHC)', 'PAR index (CCHC)'),
    notes: [
      t(
        `Bộ tiêu chí ${result.criteriaSet.id} v${result.criteriaSet.version}${result.criteriaSet.example ? ' (bộ ví dụ, không phải bộ chính thức)' : ''}; xếp hạng cạnh tranh (1, 2, 2, 4).`,
        `Criteria set ${result.criteriaSet.id} v${result.criteriaSet.version}${result.criteriaSet.example ? ' (an example set, not an official one)' : ''}; competition ranking (1, 2, 2, 4).`,
      ),
    ],
    tables: [
      {
        title: t('Xếp hạng', 'Ranking'),
        columns: [
          { key: 'rank', label: t('Hạng', 'Rank'), numeric: true },
          { key: 'unit', label: t('Đơn vị', 'Unit') },
          { key: 'index', label: t('Chỉ số', 'Index'), numeric: true },
          { key: 'total', label: t('Điểm', 'Points'), numeric: true },
          { key: 'max', label: t('Tối đa', 'Max'), numeric: true },
          { key: 'band', label: t('Xếp loại', 'Band') },
          { key: 'change', label: t('Thay đổi', 'Change') },
          ...(extra.sensitivity
            ? [
                {
                  key: 'interval',
                  label: t('Khoảng hạng 90% (trung vị)', '90% rank interval (median)'),
                },
              ]
            : []),
        ],
        rows: ranking,
      },
      {
        title: t('Tiêu chí nên khắc phục trước', 'Criteria to fix first'),
        columns: [
          { key: 'unit', label: t('Đơn vị', 'Unit') },
          { key: 'criterion', label: t('Tiêu chí', 'Criterion') },
          { key: 'lost', label: t('Điểm mất', 'Points lost'), numeric: true },
          { key: 'gain', label: t('Chỉ số tăng', 'Index gain'), numeric: true },
          { key: 'message', label: t('Giải thích', 'Explanation') },
        ],
        rows: lost,
      },
    ],
    data: extra.sensitivity ? { ...result, sensitivity: extra.sensitivity } : result,
    scorecard: {
      result,
      ...(extra.sensitivity ? { sensitivity: extra.sensitivity } : {}),
      ...(extra.criteriaSet ? { criteriaSet: extra.criteriaSet } : {}),
    },
  };
}
