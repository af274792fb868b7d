export { checkDossier } from './checkDossier.js';
export { checkDossiersWithEngine, checkDossierWithEngine } from './checkDossierWithEngine.js';
export { checkFeedback } from './checkFeedback.js';
export { checkInspections } from './checkInspections.js';
export { checkReporting } from './checkReporting.js';
export { compileRulePack, type RulePackEvaluator } from './compileRulePack.js';
export {
  type Dossier,
  type DossierEvent,
  DossierEventSchema,
  type DossierInput,
  DossierSchema,
  NotificationChannelSchema,
} from './dossierSchema.js';
export {
  FACT_CATALOG,
  type FactDefinition,
  type FactName,
  type FactType,
  type FactValue,
  type RuleSubjectKind,
} from './factCatalog.js';
export { type Feedback, FeedbackSchema } from './feedbackSchema.js';
export {
  type Because,
  BecauseSchema,
  type Finding,
  FindingSchema,
  type FindingStatus,
  FindingStatusSchema,
  type FindingSubject,
  FindingSubjectSchema,
} from './findingSchema.js';
export { getRulePack } from './getRulePack.js';
export { type Inspection, InspectionSchema } from './inspectionSchema.js';
export type { CheckOptions } from './internal/context.js';
export { loadPackFor } from './loadPackFor.js';
export { loadRulePack } from './loadRulePack.js';
export { mergeRulePacks } from './mergeRulePacks.js';
export { packFor } from './packFor.js';
export { ParsedDossiers, parseDossiers } from './parseDossiers.js';
export { regimeFor } from './regimeFor.js';
export { type ReportingObligation, reportingSchedule } from './reportingSchedule.js';
export { PERIOD_PATTERN, type Report, ReportSchema } from './reportSchema.js';
export {
  BilingualSchema,
  type Citation,
  CitationSchema,
  type Condition,
  type LeafCondition,
  type Operator,
  type ParamRef,
  type ReceptionConvention,
  ReceptionConventionSchema,
  type Rule,
  type RuleInput,
  type RuleOverride,
  RuleOverrideSchema,
  type RulePack,
  type RulePackInput,
  type RulePackOverride,
  RulePackOverrideSchema,
  RulePackSchema,
  RuleSchema,
} from './rulePackSchema.js';
export { SHIPPED_RULE_PACKS, type ShippedRulePackId } from './shippedRulePacks.js';
export {
  type ComplianceCount,
  type ComplianceSummary,
  type IndexScore,
  type OneStopEvaluation,
  summarize,
  type UnitCompliance,
} from './summarize.js';
export { type Timestamp, TimestampSchema } from './timestampSchema.js';
