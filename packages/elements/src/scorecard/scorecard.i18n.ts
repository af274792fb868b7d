import type { Lang } from '../shared/lang.js';

const vi = {
  loading: 'Đang tải dữ liệu chỉ số CCHC…',
  empty: 'Chưa có kết quả chấm điểm để hiển thị.',
  errorTitle: 'Không hiển thị được bảng điểm',
  rankingTitle: 'Xếp hạng Chỉ số CCHC',
  exampleNote: 'Bộ chỉ số ví dụ, không phải bộ chỉ số chính thức.',
  tableCaption: (n: number) => `Bảng xếp hạng ${n} đơn vị`,
  colRank: 'Hạng',
  colName: 'Đơn vị',
  colIndex: 'Chỉ số (%)',
  colBand: 'Xếp loại',
  colChange: 'So với kỳ trước',
  ascending: 'tăng dần',
  descending: 'giảm dần',
  sortedBy: (col: string, dir: string) => `Đã sắp xếp theo ${col}, ${dir}.`,
  selectHint: 'Chọn tên đơn vị để xem chi tiết.',
  intervalTitle: 'Độ tin cậy của thứ hạng',
  intervalSummary: (cov: number, draws: string) =>
    `Khoảng hạng ${cov}% của mỗi đơn vị qua ${draws} lần mô phỏng (phân tích độ nhạy): khoảng càng hẹp, thứ hạng càng vững.`,
  legendMedian: 'hạng trung vị',
  legendInterval: (cov: number) => `khoảng ${cov}%`,
  legendRank: 'hạng theo điểm',
  colMedian: 'Hạng trung vị',
  colInterval: (cov: number) => `Khoảng hạng ${cov}%`,
  rankAxis: 'Thứ hạng (1 là cao nhất)',
  intervalChartLabel: (cov: number) =>
    `Biểu đồ khoảng hạng ${cov}% của từng đơn vị; số liệu ở bảng kèm theo.`,
  showTable: 'Xem bảng số liệu',
  hideTable: 'Ẩn bảng số liệu',
  index: 'Chỉ số CCHC',
  band: 'Xếp loại',
  rank: 'Xếp hạng',
  rankOf: (r: number, n: number) => `Hạng ${r}/${n}`,
  rankInterval: (lo: string, hi: string, cov: number) => `khoảng ${cov}%: ${lo}–${hi}`,
  total: 'Tổng điểm',
  change: 'So với kỳ trước',
  changeText: (d: string, places: number) =>
    `${d} điểm; ${places > 0 ? `tăng ${places} bậc` : places < 0 ? `giảm ${-places} bậc` : 'giữ nguyên hạng'}`,
  fieldsTitle: 'Điểm theo lĩnh vực',
  fieldsChartLabel:
    'Biểu đồ điểm đạt so với điểm tối đa của từng lĩnh vực; số liệu ở bảng kèm theo.',
  colField: 'Lĩnh vực',
  colPoints: 'Điểm đạt',
  colMax: 'Tối đa',
  colPercent: 'Tỷ lệ',
  notApplicable: 'không đánh giá',
  fieldFallback: (id: string) => `Lĩnh vực ${id}`,
  lostTitle: 'Tiêu chí nên khắc phục trước',
  lostNone: 'Đơn vị không mất điểm ở tiêu chí nào.',
  gain: (g: string) => `khắc phục: +${g} điểm chỉ số`,
  trendTitle: 'Tự đánh giá hằng tháng, quý',
  trendNone: 'Chưa có số liệu tự đánh giá của đơn vị này.',
  trendChartLabel:
    'Biểu đồ chỉ số tự đánh giá theo tháng, quý và dự báo cuối năm; số liệu ở bảng kèm theo.',
  trendSummary: (dir: 'up' | 'down' | 'flat', slope: string, proj: string, n: number) =>
    `Xu hướng: ${dir === 'up' ? 'tăng' : dir === 'down' ? 'giảm' : 'đi ngang'} (${slope} điểm/tháng). Dự báo cuối năm: ${proj} (đường thẳng qua ${n} điểm số liệu).`,
  colPeriod: 'Kỳ',
  colSelfIndex: 'Chỉ số tự đánh giá',
  colKind: 'Loại',
  monthly: 'tháng',
  quarterly: 'quý',
  projection: 'dự báo',
  projectionRow: (year: number) => `Tháng 12/${year}`,
  month: (m: number) => `T${m}`,
  unknownUnit: (code: string) => `Không có đơn vị mã "${code}" trong kết quả.`,
};

/** The strings of one language. */
export type Strings = typeof vi;

const en: Strings = {
  loading: 'Loading PAR index data…',
  empty: 'No scoring result to show yet.',
  errorTitle: 'The scorecard cannot be shown',
  rankingTitle: 'PAR index ranking',
  exampleNote: 'Example criteria set, not an official one.',
  tableCaption: (n: number) => `Ranking of ${n} units`,
  colRank: 'Rank',
  colName: 'Unit',
  colIndex: 'Index (%)',
  colBand: 'Rating',
  colChange: 'Change',
  ascending: 'ascending',
  descending: 'descending',
  sortedBy: (col: string, dir: string) => `Sorted by ${col}, ${dir}.`,
  selectHint: 'Choose a unit name to see its details.',
  intervalTitle: 'How certain the ranks are',
  intervalSummary: (cov: number, draws: string) =>
    `Each unit's ${cov}% rank interval over ${draws} simulations (sensitivity analysis): the narrower, the more robust the rank.`,
  legendMedian: 'median rank',
  legendInterval: (cov: number) => `${cov}% interval`,
  legendRank: 'rank by score',
  colMedian: 'Median rank',
  colInterval: (cov: number) => `${cov}% rank interval`,
  rankAxis: 'Rank (1 is best)',
  intervalChartLabel: (cov: number) =>
    `Chart of each unit's ${cov}% rank interval; the data are in the table that follows.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  index: 'PAR index',
  band: 'Rating',
  rank: 'Rank',
  rankOf: (r: number, n: number) => `Rank ${r} of ${n}`,
  rankInterval: (lo: string, hi: string, cov: number) => `${cov}% interval: ${lo}–${hi}`,
  total: 'Total points',
  change: 'Change',
  changeText: (d: string, places: number) =>
    `${d} points; ${places > 0 ? `up ${places} place(s)` : places < 0 ? `down ${-places} place(s)` : 'same rank'}`,
  fieldsTitle: 'Points by field',
  fieldsChartLabel:
    'Chart of points earned against the maximum in each field; the data are in the table that follows.',
  colField: 'Field',
  colPoints: 'Points',
  colMax: 'Maximum',
  colPercent: 'Share',
  notApplicable: 'not assessed',
  fieldFallback: (id: string) => `Field ${id}`,
  lostTitle: 'Criteria to fix first',
  lostNone: 'The unit lost no points on any criterion.',
  gain: (g: string) => `fixing it: +${g} index points`,
  trendTitle: 'Monthly and quarterly self-assessment',
  trendNone: 'No self-assessments for this unit yet.',
  trendChartLabel:
    'Chart of the monthly and quarterly self-assessed index and the year-end projection; the data are in the table that follows.',
  trendSummary: (dir: 'up' | 'down' | 'flat', slope: string, proj: string, n: number) =>
    `Trend: ${dir === 'up' ? 'rising' : dir === 'down' ? 'falling' : 'flat'} (${slope} points a month). Year-end projection: ${proj} (a straight line through ${n} data points).`,
  colPeriod: 'Period',
  colSelfIndex: 'Self-assessed index',
  colKind: 'Kind',
  monthly: 'month',
  quarterly: 'quarter',
  projection: 'projection',
  projectionRow: (year: number) => `December ${year}`,
  month: (m: number) =>
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ??
    String(m),
  unknownUnit: (code: string) => `No unit with code "${code}" in the result.`,
};

/** Every user-facing string of `<cchc-scorecard>`, Vietnamese first. */
export const strings: Record<Lang, Strings> = { vi, en };

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number for display: Vietnamese decimal comma, English decimal point, at most `digits` decimals. */
export function formatNumber(x: number, lang: Lang, digits = 2, signed = false): string {
  const key = `${lang}${digits}${signed}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, f);
  }
  return f.format(x);
}
