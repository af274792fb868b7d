// Gathers the element's inputs (properties, or the JSON document of `src`) and runs the core's check functions on
// the working copy. All decisions are the core's: this file only routes data and applies the ticked manual items.
import {
  type Calendar,
  CchcError,
  checkDossier,
  checkInspections,
  checkReporting,
  type Dossier,
  DossierSchema,
  type Finding,
  type Inspection,
  parseOrThrow,
  type Report,
  type RulePack,
  RulePackSchema,
  regimeFor,
} from '@cchc/core';
import {
  applyDossierManual,
  applyInspectionManual,
  applyReportManual,
  dossierManualItems,
  inspectionManualItems,
  type ManualItem,
  reportManualItems,
} from './manual.js';
import { todayInVietnam } from './rows.js';

/** What the element was given, before validation (properties win over the `src` document), with its `asOf`. */
export interface RawInput extends OwnInput {
  asOf: string;
}

/** The validated inputs and the baseline (no manual item ticked). */
export interface Prepared {
  readonly pack: RulePack;
  readonly asOf: string;
  readonly calendar: Calendar | undefined;
  readonly dossier: Dossier | undefined;
  readonly inspections: readonly Inspection[] | undefined;
  readonly period: { from: string; to: string } | undefined;
  readonly reports: readonly Report[] | undefined;
  readonly year: number | undefined;
  /** Units checked for inspections and for reporting (given, or those found in the rows). */
  readonly inspectionUnits: string[];
  readonly reportUnits: string[];
  readonly base: readonly Finding[];
  readonly items: readonly ManualItem[];
}

/** The result of one evaluation of the working copy. */
export interface Evaluated {
  readonly findings: Finding[];
  readonly dossier: Dossier | undefined;
  readonly inspections: Inspection[] | undefined;
  readonly reports: Report[] | undefined;
}

const problem = (path: string, vi: string, en: string, value?: unknown) =>
  new CchcError('invalid-input', [
    { path, value, expected: { vi, en }, message: { vi: `${path}: ${vi}`, en: `${path}: ${en}` } },
  ]);

/** Picks the fields a `src` document offers: a dossier itself (it has `events`) or an object of named inputs. */
export function fromDocument(doc: unknown): Partial<RawInput> {
  if (doc === undefined) return {};
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw problem(
      'src',
      'một đối tượng JSON: một hồ sơ, hoặc { dossier, inspections, period, reports, year, packId }',
      'a JSON object: a dossier, or { dossier, inspections, period, reports, year, packId }',
    );
  const o = doc as Record<string, unknown>;
  if (Array.isArray(o.events)) return { dossier: o };
  const out: Partial<RawInput> = {};
  for (const k of [
    'pack',
    'dossier',
    'inspections',
    'period',
    'reports',
    'year',
    'unitCodes',
  ] as const)
    if (o[k] !== undefined) out[k] = o[k];
  if (typeof o.packId === 'string') out.packId = o.packId;
  if (typeof o.asOf === 'string') out.asOf = o.asOf;
  return out;
}

/** The element's own inputs (properties and attributes). */
export interface OwnInput {
  pack?: unknown;
  packId?: string | undefined;
  dossier?: unknown;
  inspections?: unknown;
  period?: unknown;
  reports?: unknown;
  year?: unknown;
  unitCodes?: unknown;
  asOf?: string | undefined;
  calendar?: Calendar | undefined;
}

/**
 * The element's own inputs over those of its `src` document (own ones win; a `pack` object also wins over the
 * document's `packId`; `asOf` defaults to today in Vietnam), or `undefined` when there is nothing to check.
 */
export function gather(own: OwnInput, doc: Partial<RawInput>): RawInput | undefined {
  const given = (k: keyof RawInput, value: unknown) => (value !== undefined ? value : doc[k]);
  const raw: RawInput = {
    pack: given('pack', own.pack),
    packId: own.packId || (own.pack === undefined ? doc.packId : undefined),
    dossier: given('dossier', own.dossier),
    inspections: given('inspections', own.inspections),
    period: given('period', own.period),
    reports: given('reports', own.reports),
    year: given('year', own.year),
    unitCodes: given('unitCodes', own.unitCodes),
    asOf: own.asOf || doc.asOf || todayInVietnam(),
    calendar: own.calendar,
  };
  const nothing =
    raw.dossier === undefined &&
    raw.inspections === undefined &&
    raw.reports === undefined &&
    raw.year === undefined;
  return nothing ? undefined : raw;
}

/**
 * The pack the inputs ask for: a given pack object (validated now, a bilingual CchcError otherwise), or the id of
 * the shipped pack to load — `packId`, or else the national regime in force on the day the dossier was received, or
 * on the first day of the period / year checked (`regimeFor` knows the dates without loading any pack).
 */
export function packRequest(raw: RawInput): RulePack | string {
  if (raw.pack !== undefined) return Object.freeze(parseOrThrow(RulePackSchema, raw.pack, 'pack'));
  if (raw.packId) return raw.packId;
  const d = raw.dossier as { receivedAt?: unknown } | undefined;
  const p = raw.period as { from?: unknown } | undefined;
  const day =
    typeof d?.receivedAt === 'string'
      ? d.receivedAt.slice(0, 10)
      : typeof p?.from === 'string'
        ? p.from
        : typeof raw.year === 'number'
          ? `${raw.year}-01-01`
          : raw.asOf;
  return regimeFor(day);
}

const unitsOf = (raw: RawInput, rows: readonly { unitCode: string }[]): string[] => {
  if (raw.unitCodes !== undefined) return raw.unitCodes as string[]; // validated by the core
  return [...new Set(rows.map((r) => r.unitCode))];
};

/**
 * Validates the inputs (a bilingual CchcError names the field otherwise) and computes the baseline findings under
 * `pack` (the one {@link packRequest} asked for, loaded).
 */
export function prepare(raw: RawInput, pack: RulePack): Prepared {
  const { asOf, calendar } = raw;
  const options = calendar === undefined ? { asOf } : { asOf, calendar };
  const base: Finding[] = [];
  const items: ManualItem[] = [];
  let dossier: Dossier | undefined;
  if (raw.dossier !== undefined) {
    dossier = parseOrThrow(DossierSchema, raw.dossier, 'dossier');
    const found = checkDossier(dossier, pack, options);
    base.push(...found);
    items.push(...dossierManualItems(dossier, found));
  }
  let inspections: Inspection[] | undefined;
  let period: { from: string; to: string } | undefined;
  let inspectionUnits: string[] = [];
  let reportUnits: string[] = [];
  if (raw.inspections !== undefined) {
    if (raw.period === undefined)
      throw problem(
        'period',
        'kỳ kiểm tra { from, to } đi kèm nhật ký kiểm tra',
        'the period { from, to } of the inspection log',
      );
    period = raw.period as { from: string; to: string };
    inspectionUnits = unitsOf(raw, Array.isArray(raw.inspections) ? raw.inspections : []);
    base.push(
      ...checkInspections(raw.inspections, period, pack, {
        ...options,
        unitCodes: inspectionUnits,
      }),
    );
    inspections = [...(raw.inspections as Inspection[])]; // validated by checkInspections
    items.push(...inspectionManualItems(inspections));
  }
  let reports: Report[] | undefined;
  let year: number | undefined;
  if (raw.reports !== undefined || raw.year !== undefined) {
    if (typeof raw.year !== 'number')
      throw problem(
        'year',
        'năm báo cáo (một số, ví dụ 2017)',
        'the reporting year (a number, e.g. 2017)',
        raw.year,
      );
    year = raw.year;
    const rows = raw.reports ?? [];
    reportUnits = unitsOf(raw, Array.isArray(rows) ? rows : []);
    const found = checkReporting(rows, year, pack, { ...options, unitCodes: reportUnits });
    base.push(...found);
    reports = [...(rows as Report[])]; // validated by checkReporting
    items.push(...reportManualItems(found));
  }
  return {
    pack,
    asOf,
    calendar,
    dossier,
    inspections,
    period,
    reports,
    year,
    inspectionUnits,
    reportUnits,
    base,
    items,
  };
}

/** Re-evaluates the working copy: the inputs with the ticked manual items applied (synchronous, compiled path). */
export function evaluate(p: Prepared, ticked: ReadonlySet<string>): Evaluated {
  if (ticked.size === 0)
    return {
      findings: [...p.base],
      dossier: p.dossier,
      inspections: p.inspections && [...p.inspections],
      reports: p.reports && [...p.reports],
    };
  const options =
    p.calendar === undefined ? { asOf: p.asOf } : { asOf: p.asOf, calendar: p.calendar };
  const findings: Finding[] = [];
  let dossier: Dossier | undefined;
  if (p.dossier !== undefined) {
    const base = p.base.filter((f) => f.subject.kind === 'dossier');
    dossier = applyDossierManual(p.dossier, base, ticked, p.asOf);
    findings.push(...checkDossier(dossier, p.pack, options));
  }
  let inspections: Inspection[] | undefined;
  if (p.inspections !== undefined && p.period !== undefined) {
    inspections = applyInspectionManual(p.inspections, ticked);
    findings.push(
      ...checkInspections(inspections, p.period, p.pack, {
        ...options,
        unitCodes: p.inspectionUnits,
      }),
    );
  }
  let reports: Report[] | undefined;
  if (p.reports !== undefined && p.year !== undefined) {
    const base = p.base.filter((f) => f.subject.kind === 'report');
    reports = applyReportManual(p.reports, base, ticked);
    findings.push(
      ...checkReporting(reports, p.year, p.pack, { ...options, unitCodes: p.reportUnits }),
    );
  }
  return { findings, dossier, inspections, reports };
}
