export {
  type CriteriaSet,
  type CriteriaSetInput,
  CriteriaSetSchema,
  type Criterion,
  type CriterionMethod,
  CriterionMethodSchema,
  CriterionSchema,
  MeasureNameSchema,
  type RatingBand,
  RatingBandSchema,
  type ThresholdStep,
  ThresholdStepSchema,
} from './criteriaSetSchema.js';
export { CRITERIA_SET_IDS, getCriteriaSet } from './getCriteriaSet.js';
export {
  type CriteriaSetOverride,
  CriteriaSetOverrideSchema,
  overrideCriteriaSet,
} from './overrideCriteriaSet.js';
export {
  ParInputsSchema,
  type ParUnitInput,
  ParUnitInputSchema,
  ParValueSchema,
} from './parInputSchema.js';
export {
  type ParMeasures,
  ParMeasuresSchema,
  parInputsFromMeasures,
} from './parInputsFromMeasures.js';
export {
  type ParSensitivityOptions,
  ParSensitivityOptionsSchema,
  type ParSensitivityResult,
  type ParSensitivityUnit,
  parSensitivity,
} from './parSensitivity.js';
export {
  type CriterionScore,
  type LostPoints,
  type ParResult,
  type ParUnitResult,
  PreviousParResultSchema,
  type ScoreParOptions,
  ScoreParOptionsSchema,
  scorePar,
} from './scorePar.js';
export {
  type SelfAssessmentPoint,
  type SelfAssessmentSeries,
  SelfAssessmentSeriesSchema,
  type SelfAssessmentTrack,
  trackSelfAssessment,
} from './trackSelfAssessment.js';
