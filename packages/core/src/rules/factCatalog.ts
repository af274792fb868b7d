import type { Bilingual } from '../schema/CchcError.js';

/** What a rule is evaluated on: one dossier, one unit-week of inspections, one inspection, one report period, one feedback item. */
export type RuleSubjectKind = 'dossier' | 'inspection-week' | 'inspection' | 'report' | 'feedback';

/** The type of a fact's value; every fact may also be `null` (not known / not applicable). Dates are `'YYYY-MM-DD'` in findings. */
export type FactType = 'number' | 'boolean' | 'string' | 'date';

/** One fact a rule can test: its type and a label for people. */
export interface FactDefinition {
  readonly type: FactType;
  readonly label: Bilingual;
}

const n = (vi: string, en: string): FactDefinition => ({ type: 'number', label: { vi, en } });
const b = (vi: string, en: string): FactDefinition => ({ type: 'boolean', label: { vi, en } });
const s = (vi: string, en: string): FactDefinition => ({ type: 'string', label: { vi, en } });
const d = (vi: string, en: string): FactDefinition => ({ type: 'date', label: { vi, en } });

/**
 * The facts the evaluator computes for each kind of subject (dữ kiện), which rule conditions may test.
 *
 * Lags ("…Lag", "since…", "…LateBy") are counted in working days with the calendar; an act on a non-working day
 * counts as done on the next working day. Negative "…LateBy" means early.
 *
 * @example
 * FACT_CATALOG.dossier.supplementNoticeLag.label.vi //=> 'Số ngày làm việc từ khi tiếp nhận đến yêu cầu bổ sung đầu tiên'
 */
export const FACT_CATALOG = {
  dossier: {
    channel: s(
      'Hình thức nộp (trực tiếp, bưu chính, trực tuyến)',
      'Channel (in-person, post, online)',
    ),
    accepted: b('Hồ sơ đã được tiếp nhận', 'The dossier was accepted'),
    refused: b('Hồ sơ bị từ chối', 'The dossier was refused'),
    refusedAtReception: b('Từ chối ngay khi tiếp nhận', 'Refused at reception'),
    withdrawn: b('Công dân rút hồ sơ', 'Withdrawn by the citizen'),
    returned: b('Đã trả kết quả', 'The result was handed over'),
    receptionTurnBacks: n(
      'Số lần hồ sơ bị trả lại ở khâu tiếp nhận (chưa đủ, chưa đúng)',
      'Times the dossier was turned back at reception (incomplete or incorrect)',
    ),
    turnBacksWithoutGuidance: n(
      'Số lần trả lại mà không có phiếu hướng dẫn',
      'Turn-backs without a guidance slip',
    ),
    receiptIssued: b('Đã cấp giấy tiếp nhận và hẹn trả kết quả', 'A receipt was issued'),
    hasAppointment: b('Có ngày hẹn trả kết quả', 'An appointment date was given'),
    returnedOnSpot: b(
      'Trả kết quả ngay trong ngày tiếp nhận',
      'Result returned on the day of acceptance',
    ),
    supplementRequests: n(
      'Số lần yêu cầu bổ sung sau khi tiếp nhận',
      'Supplement requests after acceptance',
    ),
    supplementNoticeLag: n(
      'Số ngày làm việc từ khi tiếp nhận đến yêu cầu bổ sung đầu tiên',
      'Working days from acceptance to the first supplement request',
    ),
    supplementsWithoutReason: n(
      'Số yêu cầu bổ sung không nêu lý do',
      'Supplement requests without a reason',
    ),
    supplementsWithoutNewDueDate: n(
      'Số yêu cầu bổ sung không có ngày hẹn lại',
      'Supplement requests without a new appointment',
    ),
    supplementsWithoutApology: n(
      'Số yêu cầu bổ sung không kèm lời xin lỗi',
      'Supplement requests without an apology',
    ),
    awaitingSupplement: b(
      'Đang chờ công dân bổ sung hồ sơ',
      'Waiting for the citizen to supplement the dossier',
    ),
    refusalHasReason: b('Thông báo từ chối nêu lý do', 'The refusal states its reasons'),
    refusalHasLegalBasis: b(
      'Thông báo từ chối nêu căn cứ pháp lý',
      'The refusal states its legal basis',
    ),
    transferred: b('Đã chuyển hồ sơ đến cơ quan giải quyết', 'Passed to the deciding office'),
    transferLag: n(
      'Số ngày làm việc từ khi tiếp nhận đến khi chuyển hồ sơ',
      'Working days from acceptance to transfer',
    ),
    acceptedAtMinutes: n(
      'Giờ tiếp nhận, tính bằng phút từ 0 giờ (900 = 15:00)',
      'Time of acceptance, minutes after midnight (900 = 15:00)',
    ),
    sinceAccepted: n(
      'Số ngày làm việc từ khi tiếp nhận đến ngày đánh giá',
      'Working days from acceptance to the evaluation date',
    ),
    hasResult: b('Đã có kết quả', 'A result is ready or returned'),
    resultLateBy: n(
      'Số ngày làm việc có kết quả sau ngày hẹn (âm: trước hạn)',
      'Working days the result came after the due date (negative: early)',
    ),
    asOfLateBy: n(
      'Số ngày làm việc từ ngày hẹn đến ngày đánh giá (âm: chưa đến hạn)',
      'Working days from the due date to the evaluation date (negative: not yet due)',
    ),
    resultLateByRescheduled: n(
      'Số ngày làm việc sau ngày hẹn lại (theo phiếu xin lỗi)',
      'Working days after the rescheduled date (from the apology)',
    ),
    runsLate: b('Hồ sơ quá hạn', 'The dossier is overdue'),
    delayApologies: n('Số phiếu xin lỗi vì quá hạn', 'Apologies for delay issued'),
    lateApologyLead: n(
      'Số ngày làm việc phiếu xin lỗi được gửi trước ngày hẹn',
      'Working days the delay apology came before the due date',
    ),
    lateApologyHasNewDueDate: b(
      'Phiếu xin lỗi có ngày hẹn lại',
      'The delay apology gives a new date',
    ),
    readyEarlyBy: n(
      'Số ngày làm việc có kết quả trước ngày hẹn',
      'Working days the result was ready before the due date',
    ),
    notified: b(
      'Đã báo công dân đến nhận kết quả (trước khi trả)',
      'The citizen was told the result is ready (before the return)',
    ),
    earlyNoticeLag: n(
      'Số ngày làm việc từ khi có kết quả đến khi báo công dân',
      'Working days from readiness to telling the citizen',
    ),
    sinceReady: n(
      'Số ngày làm việc từ khi có kết quả đến ngày đánh giá',
      'Working days from readiness to the evaluation date',
    ),
    returnedOnReadyDay: b(
      'Trả kết quả ngay trong ngày có kết quả',
      'Result returned on the day it was ready',
    ),
    receivedDay: d('Ngày tiếp nhận (tính hạn)', 'Day of receipt (for deadlines)'),
    acceptedDay: d('Ngày tiếp nhận hồ sơ đầy đủ (tính hạn)', 'Day of acceptance (for deadlines)'),
    receptionDay: d(
      'Ngày làm việc tiếp nhận (tính chuyển hồ sơ)',
      'Working day of acceptance (for the transfer)',
    ),
    firstSupplementDay: d('Ngày yêu cầu bổ sung đầu tiên', 'Day of the first supplement request'),
    dueDay: d('Ngày hẹn trả kết quả', 'Due date'),
    rescheduledDueDay: d(
      'Ngày hẹn lại (theo phiếu xin lỗi)',
      'Rescheduled date (from the apology)',
    ),
    resultDay: d('Ngày có kết quả', 'Day the result was ready'),
    readyDay: d('Ngày có kết quả (result-ready)', 'Day of result-ready'),
    notifiedDay: d('Ngày báo công dân', 'Day the citizen was told'),
    lateApologyDay: d('Ngày gửi phiếu xin lỗi', 'Day of the delay apology'),
    refusedDay: d('Ngày từ chối', 'Day of refusal'),
    transferredDay: d('Ngày chuyển hồ sơ', 'Day of transfer'),
    returnedDay: d('Ngày trả kết quả', 'Day the result was handed over'),
    asOfDay: d('Ngày đánh giá', 'Evaluation date'),
  },
  'inspection-week': {
    inspections: n('Số lần kiểm tra trong tuần', 'Inspections in the week'),
    workingDays: n(
      'Số ngày làm việc của tuần (trong kỳ)',
      'Working days in the week (within the period)',
    ),
    weekEnded: b('Tuần đã kết thúc vào ngày đánh giá', 'The week is over at the evaluation date'),
    weekStartDay: d('Ngày đầu tuần (trong kỳ)', 'First day of the week (within the period)'),
    weekEndDay: d(
      'Ngày làm việc cuối tuần (trong kỳ)',
      'Last working day of the week (within the period)',
    ),
    lastInspectionDay: d('Ngày kiểm tra gần nhất trong tuần', 'Last inspection day in the week'),
  },
  inspection: {
    violations: n('Số vi phạm phát hiện', 'Violations recorded'),
    handled: b('Vi phạm đã được xử lý', 'The violations were handled'),
    handleLag: n('Số ngày làm việc đến khi xử lý', 'Working days until handled'),
    sinceInspection: n(
      'Số ngày làm việc từ khi kiểm tra đến ngày đánh giá',
      'Working days from the inspection to the evaluation date',
    ),
    inspectionDay: d('Ngày kiểm tra', 'Inspection day'),
    handledDay: d('Ngày xử lý', 'Day handled'),
  },
  report: {
    submitted: b('Đã nộp báo cáo', 'The report was submitted'),
    daysAfterDue: n(
      'Số ngày làm việc nộp sau hạn (âm hoặc 0: đúng hạn)',
      'Working days submitted after the deadline (0 or negative: on time)',
    ),
    asOfDaysAfterDue: n(
      'Số ngày làm việc từ hạn nộp đến ngày đánh giá',
      'Working days from the deadline to the evaluation date',
    ),
    periodStartDay: d('Ngày bắt đầu kỳ số liệu', 'First day of the data period'),
    cutoffDay: d('Ngày chốt số liệu', 'Data cut-off day'),
    submittedDay: d('Ngày nộp', 'Day submitted'),
  },
  feedback: {
    answered: b('Đã trả lời', 'Answered'),
    answerLag: n('Số ngày làm việc đến khi trả lời', 'Working days until answered'),
    sinceReceived: n(
      'Số ngày làm việc từ khi nhận đến ngày đánh giá',
      'Working days from receipt to the evaluation date',
    ),
    answerForm: s('Hình thức trả lời', 'Form of the answer'),
    receivedDay: d('Ngày nhận (tính hạn)', 'Day received (for deadlines)'),
    answeredDay: d('Ngày trả lời', 'Day answered'),
  },
} as const satisfies Record<RuleSubjectKind, Record<string, FactDefinition>>;

/** Names of the facts of a subject kind. */
export type FactName<K extends RuleSubjectKind> = keyof (typeof FACT_CATALOG)[K] & string;
/** A fact's value: numbers (day numbers for date facts inside the evaluator), booleans, strings or null. */
export type FactValue = number | boolean | string | null;
