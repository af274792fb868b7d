import * as z from 'zod/mini';

/**
 * Level of an administrative unit: tỉnh (province), huyện (district), xã / phường / thị trấn (commune).
 * From 1 July 2025 Vietnam has two tiers (province → commune) and no district level; `'district'` stays for earlier years.
 */
export const UnitLevelSchema = z.enum(['province', 'district', 'commune']);
/** Level of an administrative unit. */
export type UnitLevel = z.infer<typeof UnitLevelSchema>;

/**
 * Zod schema of an administrative unit (đơn vị hành chính) or a public body attached to one (e.g. a commune health station).
 *
 * `parentCode` is optional: under the two-tier model of 2025 a commune's parent is the province, and nothing assumes a district exists.
 *
 * @example
 * AdministrativeUnitSchema.parse({ code: 'KS-TOHAP', name: 'Thị trấn Tô Hạp', level: 'commune', parentCode: 'KS' })
 * @see Luật Tổ chức chính quyền địa phương 2025 (two-tier local government from 1/7/2025)
 */
export const AdministrativeUnitSchema = z.strictObject({
  /** Stable code, e.g. the GSO code `'22738'` or a local code. */
  code: z.string().check(z.minLength(1)),
  /** Official name in Vietnamese, e.g. `'UBND xã Sơn Bình'`. */
  name: z.string().check(z.minLength(1)),
  /** Optional English name. */
  nameEn: z.optional(z.string().check(z.minLength(1))),
  level: UnitLevelSchema,
  /** Code of the unit above it (district, or province in the two-tier model). */
  parentCode: z.optional(z.string().check(z.minLength(1))),
  /** Kind of body: the People's Committee itself or a unit attached to it. */
  kind: z.optional(z.enum(['people-committee', 'health-station', 'agency', 'other'])),
});

/** An administrative unit (province, district, commune) or a body attached to one. */
export type AdministrativeUnit = z.infer<typeof AdministrativeUnitSchema>;
