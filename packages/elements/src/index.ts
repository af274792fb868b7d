/**
 * `@cchc/elements` — Lit web components for commune and provincial portals. This entry exports the classes and
 * helpers without registering anything; import `@cchc/elements/dist/cchc.js` (or a per-element file) to register the tags.
 *
 * @packageDocumentation
 */

export { CchcChecklist } from './checklist/checklist.js';
export {
  CchcChecklistChangeEvent,
  type ChecklistChangeDetail,
} from './checklist/checklist-change-event.js';
export { CchcScorecard } from './scorecard/scorecard.js';
export { type CchcSelectDetail, CchcSelectEvent } from './scorecard/select-event.js';
export {
  type CchcSortDetail,
  CchcSortEvent,
  type SortDirection,
  type SortKey,
} from './scorecard/sort-event.js';
export { defineElement } from './shared/defineElement.js';
export { FormAssociated, type FormAssociatedElement } from './shared/formAssociated.js';
export { type Lang, resolveLang } from './shared/lang.js';
export { LoadError, loadJson } from './shared/loadJson.js';
export { type CchcStorage, defaultStorage, memoryStorage } from './shared/storage.js';
export { themeStyles } from './shared/theme.styles.js';
export { type CchcSubmitDetail, CchcSubmitEvent } from './survey/submit-event.js';
export { CchcSurvey } from './survey/survey.js';
