export { type Bilingual, CchcError, type CchcIssue } from './CchcError.js';
export { formatIssues, formatPath } from './formatIssues.js';
export { parseOrThrow } from './parse.js';
export { type PlainDate, PlainDateSchema } from './plainDate.js';
export {
  type AdministrativeUnit,
  AdministrativeUnitSchema,
  type UnitLevel,
  UnitLevelSchema,
} from './unit.js';
