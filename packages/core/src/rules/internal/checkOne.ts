// One dossier against a compiled pack: validated (without zod when well-formed), then evaluated on the fast path.
// Shared by checkDossier and compileRulePack's evaluator; kept apart from compileRulePack so that checkDossier does
// not bring the batch path (parseDossiers) into a bundle that checks one dossier, such as the checklist element's.
import { parseOrThrow } from '../../schema/parse.js';
import { DossierSchema } from '../dossierSchema.js';
import type { Finding } from '../findingSchema.js';
import type { CompiledPack } from './compiledPack.js';
import { contextOf } from './context.js';
import { handlesOf, runDossier } from './dossierRun.js';
import { tryParseDossier } from './tryParseDossier.js';

/** The findings of one dossier (validated here) under a compiled pack, in the pack's rule order. */
export function checkOne(compiled: CompiledPack, dossier: unknown, options: unknown): Finding[] {
  const d = tryParseDossier(dossier) ?? parseOrThrow(DossierSchema, dossier, 'dossier');
  const { ctx, asOfDay } = contextOf(compiled.pack, options, compiled.intern);
  const rules = compiled.bySubject.dossier;
  const out: Finding[] = [];
  runDossier(d, rules, handlesOf(rules, ctx), ctx, asOfDay, out);
  return out;
}
