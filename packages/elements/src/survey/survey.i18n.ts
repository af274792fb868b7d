// User-facing strings of <cchc-survey>: Vietnamese first, English second. Instrument text comes from the instrument.
import type { Lang } from '../shared/lang.js';

const vi = {
  loading: 'Đang tải phiếu khảo sát…',
  noInstrument: 'Chưa có phiếu khảo sát: đặt thuộc tính instrument, src hoặc instrument-id.',
  invalidInstrument: 'Phiếu khảo sát không hợp lệ',
  unavailableInstrument: 'Không tải được phiếu khảo sát',
  missingUnit: 'Chưa cấu hình đơn vị được đánh giá (thuộc tính unit-code).',
  unit: 'Đơn vị được đánh giá',
  required: 'bắt buộc',
  notApplicable: 'Không áp dụng',
  yes: 'Có',
  no: 'Không',
  back: 'Quay lại',
  next: 'Tiếp theo',
  submit: 'Gửi phiếu',
  page: (p: number, n: number) => `Trang ${p}/${n}`,
  progress: (a: number, n: number) => `Đã trả lời: câu ${a}/${n}`,
  answerRequired: 'Vui lòng trả lời câu này.',
  percentage: 'Nhập một số nguyên từ 0 đến 100.',
  summary: (n: number) => `Còn ${n} câu bắt buộc chưa trả lời:`,
  incomplete: 'Phiếu khảo sát còn câu bắt buộc chưa trả lời.',
  draftRestored: 'Đã khôi phục bản nháp chưa gửi của ông/bà.',
  startOver: 'Xoá bản nháp',
  draftCleared: 'Đã xoá bản nháp. Ông/bà có thể trả lời lại từ đầu.',
  notValid: 'Phiếu trả lời chưa hợp lệ',
  sending: 'Đang gửi phiếu…',
  sent: 'Đã gửi phiếu. Xin cảm ơn!',
  queued: 'Chưa gửi được (mất kết nối): phiếu đã được lưu trên máy và sẽ tự gửi lại khi có mạng.',
  rejected: (status: number) => `Máy chủ từ chối phiếu (HTTP ${status}). Vui lòng liên hệ đơn vị.`,
  thanks: 'Cảm ơn ông/bà đã tham gia khảo sát!',
  newResponse: 'Trả lời phiếu mới',
  otherAnswer: 'Câu trả lời',
};

const en: typeof vi = {
  loading: 'Loading the questionnaire…',
  noInstrument:
    'No questionnaire: set the instrument property, or the src or instrument-id attribute.',
  invalidInstrument: 'The questionnaire is not valid',
  unavailableInstrument: 'Could not load the questionnaire',
  missingUnit: 'The unit being rated is not set (unit-code attribute).',
  unit: 'Unit being rated',
  required: 'required',
  notApplicable: 'Not applicable',
  yes: 'Yes',
  no: 'No',
  back: 'Back',
  next: 'Next',
  submit: 'Submit',
  page: (p, n) => `Page ${p} of ${n}`,
  progress: (a, n) => `Answered: question ${a}/${n}`,
  answerRequired: 'Please answer this question.',
  percentage: 'Enter a whole number from 0 to 100.',
  summary: (n) => `${n} required question${n === 1 ? '' : 's'} not answered yet:`,
  incomplete: 'The questionnaire has required questions not answered yet.',
  draftRestored: 'Your unsent draft has been restored.',
  startOver: 'Start over',
  draftCleared: 'The draft was deleted. You can start again from the beginning.',
  notValid: 'The response is not valid',
  sending: 'Sending your response…',
  sent: 'Your response has been sent. Thank you!',
  queued:
    'Not sent yet (offline): your response is saved on this device and will be sent when you are back online.',
  rejected: (status) =>
    `The server refused the response (HTTP ${status}). Please contact the office.`,
  thanks: 'Thank you for taking part in the survey!',
  newResponse: 'Start a new response',
  otherAnswer: 'Answer',
};

/** The survey's UI strings, by language. */
export const surveyStrings = { vi, en } satisfies Record<Lang, typeof vi>;
/** One language's UI strings. */
export type SurveyStrings = typeof vi;
