// Registers every <cchc-*> element (side effect). Each element folder's define.ts registers one tag.
// Element registrations are added below, one line each, as elements land.
import './survey/define.js';
import './checklist/define.js';
import './scorecard/define.js';

export * from './index.js';
