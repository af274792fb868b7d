// Side-effect entry of the one-tag embed bundle: registers every <cchc-*> element.
// Elements are added here as they land (survey, checklist, scorecard).
export * from './index.js';
