// Valid examples of the core's schemas, mutated by schema.prop.test.ts (dropped, duplicated, retyped fields…).
import * as core from '@cchc/core';

/** A valid example for the schemas whose mutants are worth generating (others get hostile values only). */
export const examples: Record<string, unknown> = {
  AdministrativeUnitSchema: {
    code: 'KS-TOHAP',
    name: 'Thị trấn Tô Hạp',
    level: 'commune',
    parentCode: 'KS',
  },
  CalendarOptionsSchema: {
    saturday: 'morning',
    extraHolidays: [{ date: '2017-06-20', basis: 'QĐ 1/UBND' }],
    extraWorkingDays: [{ date: '2017-06-24' }],
  },
  DossierSchema: {
    id: 'SB-2017-0042',
    unitCode: 'KS-SONBINH',
    procedure: { code: 'HT-01', name: 'Đăng ký khai sinh', processingDays: 3 },
    channel: 'in-person',
    receivedAt: '2017-05-02T09:15',
    events: [
      { type: 'accepted', date: '2017-05-02T09:20', dueDate: '2017-05-05' },
      { type: 'result-ready', date: '2017-05-04' },
      { type: 'returned', date: '2017-05-05T10:00' },
    ],
  },
  FeedbackSchema: {
    id: 'PA-7',
    unitCode: 'KS-TOHAP',
    receivedOn: '2017-06-05',
    channel: 'hotline',
    topic: 'Phí chứng thực',
    answeredOn: '2017-06-09',
    answerForm: 'written-reply',
  },
  InspectionSchema: {
    unitCode: 'KS-SONBINH',
    date: '2017-05-03',
    inspectorRole: 'Chủ tịch UBND xã',
    violations: 1,
    handledOn: '2017-05-04',
  },
  ReportSchema: {
    unitCode: 'KS-SONBINH',
    obligation: 'report.six-month',
    period: '2017-H1',
    submittedOn: '2017-06-16',
  },
  RulePackSchema: core.getRulePack('khanhson-2017'),
  InstrumentSchema: core.getInstrument('commune-ubnd-example'),
  CriteriaSetSchema: core.getCriteriaSet('example-commune-2017'),
  SipasResponseSchema: {
    respondentId: 'R1',
    unitCode: 'SON-BINH',
    weight: 1.5,
    answers: { 'E1.1': 4, F0: 'no' },
  },
  ParUnitInputSchema: {
    unitCode: 'U1',
    values: { '1.1': true, '1.2': 0.8 },
    notApplicable: ['3.2'],
  },
  SelfAssessmentSeriesSchema: {
    unitCode: 'U1',
    year: 2017,
    entries: [
      { period: '2017-03', index: 70 },
      { period: '2017-Q2', index: 75 },
    ],
  },
  ParSensitivityOptionsSchema: { draws: 10, seed: 1, weightJitter: 0.2, surveyUncertainty: 5 },
  SipasOptionsSchema: { by: ['unitCode'], weighted: true, population: { A: 100 } },
};
