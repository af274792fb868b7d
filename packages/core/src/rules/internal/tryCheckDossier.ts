// checkDossier without zod, for the usual call: a shipped pack (trusted), plain options and a well-formed dossier.
// It returns checkDossier's findings, or undefined when any argument would need a schema (a pack of the caller's, odd
// options, a malformed dossier) — the caller then runs checkDossier, whose schemas word the errors. What the
// checklist element needs for a page with shipped data; tryCheckDossier.prop.test.ts compares it with checkDossier.
import type { Finding } from '../findingSchema.js';
import { tryCheckOptions } from './checkOptions.js';
import { compiledTrustedPack } from './compiledPack.js';
import { handlesOf, runDossier } from './dossierRun.js';
import { contextFrom } from './makeContext.js';
import { tryParseDossier } from './tryParseDossier.js';

/** `checkDossier(dossier, pack, options)` when no schema is needed to decide; `undefined` otherwise. */
export function tryCheckDossier(
  dossier: unknown,
  pack: unknown,
  options?: unknown,
): Finding[] | undefined {
  const compiled = compiledTrustedPack(pack);
  if (compiled === undefined) return undefined;
  const d = tryParseDossier(dossier);
  if (d === undefined) return undefined;
  const checked = tryCheckOptions(options);
  if (checked === undefined) return undefined;
  const rules = compiled.bySubject.dossier;
  const { ctx, asOfDay } = contextFrom(compiled.pack, checked, compiled.intern);
  const out: Finding[] = [];
  runDossier(d, rules, handlesOf(rules, ctx), ctx, asOfDay, out);
  return out;
}
