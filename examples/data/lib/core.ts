// The core functions the generator uses, from the workspace source (no build needed).
export {
  addWorkingDays,
  type Criterion,
  getCriteriaSet,
  getRulePack,
  isWorkingDay,
  reportingSchedule,
} from '../../../packages/core/src/index.js';
