// The fuzz suite covers every public entry point: a function added to @cchc/core's exports fails this test until
// a property exercises it (and is listed here with the file that does).
import * as core from '@cchc/core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectPrototypesClean } from './kit.js';

afterAll(expectPrototypesClean);

/** Exported functions and classes of @cchc/core, and the fuzz file that covers each. */
const FUZZED: Record<string, string> = {
  addWorkingDays: 'calendar.prop, calendar-custom.prop',
  analyzeDissatisfaction: 'sipas.prop',
  Calendar:
    'calendar.prop, calendar-custom.prop (made by createCalendar; the constructor is @internal)',
  CchcError: 'schema.prop',
  checkDossier: 'rules.prop',
  checkDossiersWithEngine: 'rule-packs.prop, rules.prop',
  checkDossierWithEngine: 'rules.prop',
  checkFeedback: 'rules.prop, checks-order.prop',
  checkInspections: 'rules.prop, checks-order.prop',
  checkReporting: 'rules.prop, checks-order.prop',
  compileRulePack: 'rules.prop, rule-packs.prop',
  createCalendar: 'calendar.prop, calendar-custom.prop',
  createSipasAccumulator: 'sipas-inputs.prop, accumulator.prop',
  formatIssues: 'schema.prop',
  formatPath: 'schema.prop',
  getCriteriaSet: 'par.prop',
  getInstrument: 'sipas-inputs.prop',
  getRulePack: 'rules.prop',
  holidaysOf: 'calendar.prop, calendar-custom.prop',
  isReceptionDay: 'calendar.prop, calendar-custom.prop',
  isWorkingDay: 'calendar.prop, calendar-custom.prop',
  loadInstrument: 'loaders.prop',
  loadPackFor: 'loaders.prop',
  loadRulePack: 'loaders.prop',
  lunarToSolar: 'calendar.prop',
  mergeRulePacks: 'rules.prop',
  minimumSampleSize: 'sipas-inputs.prop',
  nextWorkingDay: 'calendar.prop',
  overrideCriteriaSet: 'par.prop',
  packFor: 'rules.prop',
  ParsedDossiers: 'rules.prop (made by parseDossiers; the constructor is @internal)',
  parInputsFromMeasures: 'par.prop, par-labels.prop',
  parSensitivity: 'par.prop, par-labels.prop',
  parseDossiers: 'rules.prop, checks-order.prop',
  parseInstrument: 'sipas-inputs.prop',
  parseOrThrow: 'schema.prop',
  poststratificationWeights: 'sipas-inputs.prop',
  regimeFor: 'loaders.prop',
  reportingSchedule: 'rules.prop',
  scorePar: 'par.prop, par-labels.prop',
  scoreSipas: 'sipas-inputs.prop, sipas.prop',
  SipasAccumulator:
    'sipas-inputs.prop, accumulator.prop (add, addColumns, merge, result, toJSON, fromJSON)',
  solarToLunar: 'calendar.prop',
  specialWorkingDaysOf: 'calendar.prop, calendar-custom.prop',
  summarize: 'summarize.prop, rules.prop',
  trackSelfAssessment: 'par.prop, par-labels.prop',
  tryValidateResponses: 'sipas-inputs.prop (same result as validateResponses, or undefined)',
  validateResponses: 'sipas-inputs.prop',
  workingDaysBetween: 'calendar.prop, calendar-custom.prop',
};

describe('inventory', () => {
  it('every exported function of @cchc/core is fuzzed by this suite', () => {
    const exported = Object.entries(core)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
    expect(exported).toEqual(Object.keys(FUZZED).sort());
  });
});
