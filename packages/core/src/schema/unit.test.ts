import { describe, expect, it } from 'vitest';
import { parseOrThrow } from './parse.js';
import { AdministrativeUnitSchema } from './unit.js';

describe('AdministrativeUnitSchema', () => {
  it('accepts the three-tier model of 2017 (commune under a district)', () => {
    const unit = parseOrThrow(AdministrativeUnitSchema, {
      code: 'KS-SB',
      name: 'UBND xã Sơn Bình',
      level: 'commune',
      parentCode: 'KS',
      kind: 'people-committee',
    });
    expect(unit.parentCode).toBe('KS');
  });

  it('accepts the two-tier model of 2025 (commune directly under the province) and units with no parent', () => {
    expect(() =>
      parseOrThrow(AdministrativeUnitSchema, {
        code: '56',
        name: 'Tỉnh Khánh Hòa',
        level: 'province',
      }),
    ).not.toThrow();
    expect(() =>
      parseOrThrow(AdministrativeUnitSchema, {
        code: 'X1',
        name: 'Xã Khánh Sơn',
        level: 'commune',
        parentCode: '56',
      }),
    ).not.toThrow();
  });

  it('rejects an unknown level with a bilingual message', () => {
    expect(() =>
      parseOrThrow(AdministrativeUnitSchema, { code: 'A', name: 'Ấp A', level: 'hamlet' }, 'unit'),
    ).toThrow(/unit\.level: received "hamlet", expected one of: "province", "district", "commune"/);
  });
});
