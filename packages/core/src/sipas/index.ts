export {
  analyzeDissatisfaction,
  type DissatisfactionOptions,
  type GroupDissatisfaction,
  type IndexChange,
  type WeakCriterion,
} from './analyzeDissatisfaction.js';
export {
  createSipasAccumulator,
  SipasAccumulator,
  type SipasAccumulatorJSON,
} from './createSipasAccumulator.js';
export { getInstrument } from './getInstrument.js';
export {
  type AnswerValue,
  AnswerValueSchema,
  AppliesToSchema,
  BilingualTextSchema,
  CompanionSchema,
  ConditionSchema,
  ElementSchema,
  type Instrument,
  type InstrumentElement,
  type InstrumentInput,
  InstrumentSchema,
  MethodSchema,
  OptionSchema,
  type Question,
  QuestionSchema,
  type QuestionType,
  QuestionTypeSchema,
  ScaleSchema,
  type ScoringMethod,
  ScoringMethodSchema,
} from './instrumentSchema.js';
export { loadInstrument } from './loadInstrument.js';
export { minimumSampleSize } from './minimumSampleSize.js';
export { GROUP_FIELDS, type SipasOptions, SipasOptionsSchema } from './options.js';
export { parseInstrument } from './parseInstrument.js';
export {
  type PoststratificationResult,
  poststratificationWeights,
} from './poststratificationWeights.js';
export {
  type DictionaryColumn,
  MAX_WEIGHT,
  MIN_WEIGHT,
  SIPAS_NO_ANSWER,
  type SipasColumns,
  type SipasResponse,
  SipasResponseSchema,
  type ValueColumn,
} from './responseSchema.js';
export { scoreSipas } from './scoreSipas.js';
export { SHIPPED_INSTRUMENTS } from './shippedInstruments.js';
export { tryValidateResponses } from './tryValidateResponses.js';
export type {
  ComprehensiveResult,
  CriterionResult,
  ElementResult,
  IndexWithInterval,
  OverallResult,
  SampleCheck,
  SipasComment,
  SipasGroupResult,
  SipasIssue,
  SipasIssueKind,
  SipasResult,
  SipasResultMeta,
  SipasValidation,
} from './types.js';
export { validateResponses } from './validateResponses.js';
