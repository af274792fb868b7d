/** A measure name's group or key (`compliance`, `onTimeRate`): a letter, then letters, digits, `_` or `-`. */
const PART = '[A-Za-z][A-Za-z0-9_-]*';

/** One group or key of a measure name. */
export const MEASURE_PART = new RegExp(`^${PART}$`);

/** A whole measure name, `group.key` (e.g. `compliance.onTimeRate`). */
export const MEASURE_NAME = new RegExp(`^${PART}\\.${PART}$`);
