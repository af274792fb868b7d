// Test fixtures for <cchc-survey>'s browser tests (not exported from the package): a small instrument with every
// answer type and skip logic, and helpers to mount the element with a swappable storage.
import type { InstrumentInput } from '@cchc/core';
import { type CchcStorage, memoryStorage } from '../../shared/storage.js';
import type { CchcSubmitEvent } from '../submit-event.js';
import type { CchcSurvey } from '../survey.js';
import '../define.js';

const t = (vi: string, en: string) => ({ vi, en });

/** Every answer type: scale, yes/no with skip logic, single, multiple, demographic (options / free), percentage, text. */
export const mixedInstrument: InstrumentInput = {
  id: 'test-mixed',
  version: '1',
  title: t('Phiếu thử nghiệm', 'Test questionnaire'),
  kind: 'example',
  sources: [{ document: 'Dữ liệu thử nghiệm', issuer: 'cchc' }],
  verified: false,
  scale: {
    labels: [
      t('Rất không hài lòng', 'Very dissatisfied'),
      t('Không hài lòng', 'Dissatisfied'),
      t('Bình thường', 'Neutral'),
      t('Hài lòng', 'Satisfied'),
      t('Rất hài lòng', 'Very satisfied'),
    ],
  },
  elements: [
    {
      id: 'A',
      title: t('Phần A', 'Part A'),
      questions: [
        { id: 'A1', type: 'scale', counts: true, required: true, text: t('Chỗ ngồi', 'Seats') },
        { id: 'F0', type: 'yes-no', required: true, text: t('Đã góp ý?', 'Gave feedback?') },
        {
          id: 'A3',
          type: 'scale',
          counts: true,
          required: true,
          notApplicable: false,
          showIf: { question: 'F0', equals: 'yes' },
          text: t('Góp ý được xử lý', 'Feedback handled'),
        },
      ],
    },
    {
      id: 'B',
      title: t('Phần B', 'Part B'),
      questions: [
        {
          id: 'B1',
          type: 'single-choice',
          required: true,
          text: t('Hình thức', 'Channel'),
          options: [
            { value: 'direct', label: t('Trực tiếp', 'In person') },
            { value: 2, label: t('Trực tuyến', 'Online') },
          ],
        },
        {
          id: 'B2',
          type: 'multiple-choice',
          text: t('Cần cải thiện', 'To improve'),
          options: [
            { value: 'time', label: t('Thời gian', 'Time') },
            { value: 'staff', label: t('Thái độ', 'Manner') },
            { value: 'fees', label: t('Phí', 'Fees') },
          ],
        },
        {
          id: 'B3',
          type: 'demographic',
          text: t('Giới tính', 'Sex'),
          options: [
            { value: 'f', label: t('Nữ', 'Female') },
            { value: 'm', label: t('Nam', 'Male') },
          ],
        },
        { id: 'B4', type: 'demographic', text: t('Nghề nghiệp', 'Occupation') },
        { id: 'B5', type: 'percentage', text: t('Mức đáp ứng (%)', 'Expectation met (%)') },
        { id: 'B6', type: 'free-text', text: t('Ý kiến khác', 'Other comments') },
      ],
    },
  ],
};

/** Mounts a survey with the given attributes and properties (memory storage unless one is given). */
export async function mountSurvey(
  attrs: Record<string, string>,
  props: { instrument?: InstrumentInput; storage?: CchcStorage } = {},
  parent: HTMLElement = document.body,
): Promise<CchcSurvey> {
  const el = document.createElement('cchc-survey');
  el.storage = props.storage ?? memoryStorage();
  if (props.instrument) el.instrument = props.instrument;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** Shadow-root query that fails loudly. */
export function $<T extends Element = HTMLElement>(el: CchcSurvey, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <cchc-survey>`);
  return found;
}

/** The radio/checkbox of a question (by its position in the instrument) whose label text contains `label`. */
export function choice(el: CchcSurvey, index: number, label: string): HTMLInputElement {
  const labels = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>(`#q${index} label.choice`)];
  const hit = labels.find((l) => l.textContent!.includes(label));
  if (!hit) throw new Error(`no choice "${label}" in question ${index}`);
  return hit.querySelector('input')!;
}

/**
 * Answers the required questions of {@link mixedInstrument} by position, whatever the language (level 4 of A1,
 * "no" for F0, the first option of B1), and collects the `cchc-submit` events that follow.
 */
export async function answerRequired(el: CchcSurvey): Promise<CchcSubmitEvent[]> {
  $<HTMLInputElement>(el, '#q0 input[value="3"]').click();
  $<HTMLInputElement>(el, '#q1 input[value="1"]').click();
  $<HTMLInputElement>(el, '#q3 input[value="0"]').click();
  await el.updateComplete;
  const events: CchcSubmitEvent[] = [];
  el.addEventListener('cchc-submit', (e) => events.push(e));
  return events;
}
