// The schema of Circular 01/2018's evaluation table (one-stop-evaluation-tt01-2018.json). summarize reads the shipped
// file without parsing it — the file is stored as this schema's output, which zodFree.prop.test.ts proves — so this
// module stays out of the bundles that summarize is in.
import * as z from 'zod/mini';
import { BilingualSchema, CitationSchema } from '../rulePackSchema.js';

/** The schema of the evaluation table: maximum points, grade thresholds and labels, sources. */
export const EvaluationTableSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  description: z.string(),
  maxPoints: z.number().check(z.positive()),
  maxPointsVerified: z.boolean(),
  grades: z.array(
    z.strictObject({
      min: z.number(),
      grade: z.enum(['excellent', 'good', 'fair', 'average', 'weak']),
      label: BilingualSchema,
    }),
  ),
  sources: z.array(CitationSchema).check(z.minLength(1)),
});

/** Circular 01/2018's evaluation table. */
export type EvaluationTable = z.output<typeof EvaluationTableSchema>;
