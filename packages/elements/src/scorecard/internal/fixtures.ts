// Test fixtures of <cchc-scorecard>: leaf values of the example criteria set `example-commune-2017` (synthetic).

/**
 * A commune that loses points on several criteria, without criterion 7.1 (the SIPAS index): add `'7.1'` to make
 * units that differ by that index only (thresholds ≥90→15, ≥80→12, ≥70→9, ≥60→5).
 */
export const partialValues = {
  '1.1': true,
  '1.2': 0.8,
  '1.3': 1,
  '1.4': 0.5,
  '1.5': 1,
  '2.1': 1,
  '2.2': 2,
  '2.3': 0.75,
  '2.4': true,
  '3.1': 0.96,
  '3.2': 0.5,
  '3.3': 1,
  '3.4': 0.8,
  '3.5': 1,
  '4.1': true,
  '4.2': 0.75,
  '4.3': true,
  '5.1': true,
  '5.2': false,
  '6.1': 0.25,
  '6.2': true,
  '6.3': false,
  '7.2': 80,
} as const;

/** A commune that scores high on every criterion (SIPAS index 95). */
export const perfectValues = {
  '1.1': true,
  '1.2': 1,
  '1.3': 1,
  '1.4': 1,
  '1.5': 1,
  '2.1': 1,
  '2.2': 3,
  '2.3': 1,
  '2.4': true,
  '3.1': 1,
  '3.2': 1,
  '3.3': 1,
  '3.4': 1,
  '3.5': 0,
  '4.1': true,
  '4.2': 1,
  '4.3': true,
  '5.1': true,
  '5.2': true,
  '6.1': 1,
  '6.2': true,
  '6.3': true,
  '7.1': 95,
  '7.2': 100,
} as const;
