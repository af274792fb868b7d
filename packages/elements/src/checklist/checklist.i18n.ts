// UI strings of <cchc-checklist>, Vietnamese first. Rule titles, messages and citations come from the rule pack.
import type { Lang } from '../shared/lang.js';

type Fn = (n: number) => string;
type Status = 'met' | 'missed' | 'pending' | 'not-applicable';

/** The UI strings of the checklist in one language. */
export interface ChecklistStrings {
  status: Record<Status, string>;
  summary: (met: number, total: number) => string;
  missedCount: Fn;
  pendingCount: Fn;
  naCount: Fn;
  list: string;
  due: string;
  actual: string;
  late: Fn;
  noDate: string;
  citation: string;
  document: string;
  article: string;
  issuer: string;
  issued: string;
  form: string;
  unverified: string;
  because: string;
  holds: string;
  fails: string;
  unknown: string;
  stage: Record<'applies' | 'met' | 'pending', string>;
  manual: string;
  filter: string;
  filterAll: string;
  filterMissed: string;
  noneMissed: string;
  empty: string;
  loading: string;
  asOf: (date: string) => string;
  pack: string;
  version: string;
  reevaluated: string;
  error: string;
  subject: {
    dossier: (id: string) => string;
    week: (period: string) => string;
    inspection: (date: string) => string;
    report: (period: string) => string;
    feedback: (id: string) => string;
  };
}

const vi: ChecklistStrings = {
  status: {
    met: 'Đạt',
    missed: 'Không đạt',
    pending: 'Chưa đến hạn',
    'not-applicable': 'Không áp dụng',
  },
  summary: (met: number, total: number) => `${met}/${total} nghĩa vụ đã đáp ứng`,
  missedCount: (n: number) => `${n} không đạt`,
  pendingCount: (n: number) => `${n} chưa đến hạn`,
  naCount: (n: number) => `${n} không áp dụng`,
  list: 'Danh sách nghĩa vụ',
  due: 'Hạn',
  actual: 'Thực hiện',
  late: (n: number) => `Trễ ${n} ngày làm việc`,
  noDate: '—',
  citation: 'Căn cứ pháp lý',
  document: 'Văn bản',
  article: 'Điều, khoản',
  issuer: 'Cơ quan ban hành',
  issued: 'Ngày ban hành',
  form: 'Biểu mẫu',
  unverified: 'Chưa đối chiếu với văn bản gốc',
  because: 'Dữ kiện và điều kiện quyết định kết quả',
  holds: 'thỏa',
  fails: 'không thỏa',
  unknown: 'không có',
  stage: { applies: 'áp dụng khi', met: 'đạt khi', pending: 'chưa đến hạn khi' },
  manual: 'Bằng chứng kiểm tra trực tiếp (dữ liệu chưa ghi nhận)',
  filter: 'Hiển thị',
  filterAll: 'Tất cả nghĩa vụ',
  filterMissed: 'Chỉ nghĩa vụ không đạt',
  noneMissed: 'Không có nghĩa vụ nào không đạt.',
  empty: 'Chưa có dữ liệu để kiểm tra.',
  loading: 'Đang tải dữ liệu…',
  asOf: (d: string) => `Đánh giá đến ngày ${d}`,
  pack: 'Bộ quy tắc',
  version: 'phiên bản',
  reevaluated: 'Đã đánh giá lại.',
  error: 'Không kiểm tra được',
  subject: {
    dossier: (id: string) => `Hồ sơ ${id}`,
    week: (p: string) => `Tuần ${p}`,
    inspection: (d: string) => `Lần kiểm tra ngày ${d}`,
    report: (p: string) => `Kỳ báo cáo ${p}`,
    feedback: (id: string) => `Phản ánh ${id}`,
  },
};

const en: ChecklistStrings = {
  status: { met: 'Met', missed: 'Missed', pending: 'Pending', 'not-applicable': 'Not applicable' },
  summary: (met, total) => `${met}/${total} obligations met`,
  missedCount: (n) => `${n} missed`,
  pendingCount: (n) => `${n} pending`,
  naCount: (n) => `${n} not applicable`,
  list: 'Obligations',
  due: 'Due',
  actual: 'Done',
  late: (n) => `${n} working day${n === 1 ? '' : 's'} late`,
  noDate: '—',
  citation: 'Legal basis',
  document: 'Document',
  article: 'Article, clause',
  issuer: 'Issued by',
  issued: 'Date of issue',
  form: 'Form',
  unverified: 'Not yet checked against the original text',
  because: 'Facts and conditions that decided it',
  holds: 'holds',
  fails: 'does not hold',
  unknown: 'none',
  stage: { applies: 'applies when', met: 'met when', pending: 'pending when' },
  manual: 'Evidence seen at inspection (not in the data)',
  filter: 'Show',
  filterAll: 'All obligations',
  filterMissed: 'Only missed obligations',
  noneMissed: 'No obligation was missed.',
  empty: 'Nothing to check yet.',
  loading: 'Loading data…',
  asOf: (d) => `Evaluated as of ${d}`,
  pack: 'Rule pack',
  version: 'version',
  reevaluated: 'Re-evaluated.',
  error: 'Could not check',
  subject: {
    dossier: (id) => `Dossier ${id}`,
    week: (p) => `Week ${p}`,
    inspection: (d) => `Inspection of ${d}`,
    report: (p) => `Reporting period ${p}`,
    feedback: (id) => `Feedback ${id}`,
  },
};

/** UI strings, Vietnamese first. */
export const checklistStrings: Record<Lang, ChecklistStrings> = { vi, en };
