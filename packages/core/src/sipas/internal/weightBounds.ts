// The accepted range of a design weight, apart from the response schema so that code checking weights by hand (the
// well-formed shortcut, the columnar path) carries no zod.

/** Largest accepted design weight; keeps every weighted sum an exact integer in fixed point (see the guide). */
export const MAX_WEIGHT = 1000;
/** Smallest accepted design weight, 2⁻¹⁶: weights are summed in units of 2⁻¹⁶. */
export const MIN_WEIGHT = 1 / 65536;
