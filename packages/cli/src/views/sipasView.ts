import type { SipasResult } from '@cchc/core';
import { fixed, type Report, type ReportColumn, t } from '../format/report.js';

const interval = (low: number | null, high: number | null) =>
  low === null || high === null ? '' : `${fixed(low, 1)}–${fixed(high, 1)}`;

/**
 * The human views of a `scoreSipas` result: one row per group (overall index with its 95% interval, element
 * indices, sample check), and the lowest criteria of each group with their dissatisfied share.
 */
export function sipasReport(
  result: SipasResult,
  title = t('Chỉ số hài lòng (SIPAS)', 'Satisfaction index (SIPAS)'),
): Report {
  const elementIds = [...new Set(result.groups.flatMap((g) => Object.keys(g.elements)))];
  const keyFields = result.by.length > 0 ? [...result.by] : [];
  const columns: ReportColumn[] = [
    ...(keyFields.length > 0
      ? keyFields.map((k) => ({
          key: `key.${k}`,
          label: t(k === 'unitCode' ? 'Đơn vị' : k, k === 'unitCode' ? 'Unit' : k),
        }))
      : [{ key: 'group', label: t('Nhóm', 'Group') }]),
    { key: 'n', label: t('Số phiếu', 'Respondents'), numeric: true },
    { key: 'index', label: t('Chỉ số (%)', 'Index (%)'), numeric: true },
    { key: 'interval', label: t('Khoảng tin cậy 95%', '95% interval'), numeric: true },
    ...elementIds.map((id) => ({ key: `el.${id}`, label: t(id, id), numeric: true })),
    { key: 'sample', label: t('Cỡ mẫu', 'Sample'), numeric: false },
  ];
  const rows = result.groups.map((g) => {
    const row: Record<string, string | number | null> = {
      group: g.label === '' ? 'tất cả / all' : g.label,
      n: g.n,
      index: g.overall.index === null ? null : Number(fixed(g.overall.index)),
      interval: interval(g.overall.low, g.overall.high),
      sample: g.sample.belowMinimum ? `< ${g.sample.minimum} ⚠` : `≥ ${g.sample.minimum}`,
    };
    for (const k of keyFields) row[`key.${k}`] = g.key[k] ?? '';
    for (const id of elementIds) {
      const e = g.elements[id];
      row[`el.${id}`] = e?.index === null || e === undefined ? null : Number(fixed(e.index));
    }
    return row;
  });
  const lowest = result.groups.flatMap((g) =>
    Object.entries(g.criteria)
      .filter(([, c]) => c.index !== null)
      .sort((a, b) => a[1].index! - b[1].index!)
      .slice(0, 3)
      .map(([id, c]) => ({
        group: g.label === '' ? 'tất cả / all' : g.label,
        criterion: id,
        index: Number(fixed(c.index)),
        dissatisfied: c.dissatisfied === null ? null : Number(fixed(c.dissatisfied)),
        n: c.n,
      })),
  );
  const notes = [
    t(
      `Bộ phiếu ${result.instrument.id} v${result.instrument.version}; phương pháp ${result.method}${result.weighted ? ', có trọng số' : ''}; ${result.respondents} phiếu.`,
      `Instrument ${result.instrument.id} v${result.instrument.version}; method ${result.method}${result.weighted ? ', weighted' : ''}; ${result.respondents} respondents.`,
    ),
    ...result.notes,
  ];
  if (result.invalid.excludedRows > 0 || result.invalid.excludedAnswers > 0)
    notes.push(
      t(
        `Đã loại ${result.invalid.excludedRows} dòng và ${result.invalid.excludedAnswers} câu trả lời không hợp lệ.`,
        `Excluded ${result.invalid.excludedRows} rows and ${result.invalid.excludedAnswers} invalid answers.`,
      ),
    );
  return {
    kind: 'sipas',
    title,
    notes,
    tables: [
      { title: t('Chỉ số theo nhóm', 'Indices by group'), columns, rows },
      {
        title: t('Ba tiêu chí thấp nhất của mỗi nhóm', 'The three lowest criteria of each group'),
        columns: [
          { key: 'group', label: t('Nhóm', 'Group') },
          { key: 'criterion', label: t('Tiêu chí', 'Criterion') },
          { key: 'index', label: t('Hài lòng (%)', 'Satisfied (%)'), numeric: true },
          {
            key: 'dissatisfied',
            label: t('Không hài lòng (%)', 'Dissatisfied (%)'),
            numeric: true,
          },
          { key: 'n', label: t('Số trả lời', 'Answers'), numeric: true },
        ],
        rows: lowest,
      },
    ],
    data: result,
  };
}
