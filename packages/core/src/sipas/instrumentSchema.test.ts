import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { parseInstrument } from './parseInstrument.js';

/** A small valid instrument to break one field at a time. */
function base() {
  return JSON.parse(
    JSON.stringify({
      id: 'mini',
      version: '1',
      title: { vi: 'Mẫu', en: 'Mini' },
      kind: 'example',
      sources: [{ document: 'test', issuer: 'cchc' }],
      verified: false,
      scale: getInstrument('sipas-2017').scale,
      elements: [
        {
          id: 'A',
          title: { vi: 'A', en: 'A' },
          questions: [
            { id: 'F', text: { vi: 'Lọc', en: 'Filter' }, type: 'yes-no' },
            {
              id: 'A1',
              text: { vi: 'Một', en: 'One' },
              type: 'scale',
              counts: true,
              showIf: { question: 'F', equals: 'yes' },
            },
          ],
        },
      ],
    }),
  );
}

function issuesOf(input: unknown): string[] {
  try {
    parseInstrument(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).issues.map((i) => `${i.path} | ${i.message.en} | ${i.message.vi}`);
  }
  return [];
}

describe('InstrumentSchema', () => {
  it('accepts a minimal instrument and fills the method defaults', () => {
    const inst = parseInstrument(base());
    expect(inst.method.score).toBe('share-satisfied');
    expect(inst.elements[0]!.weight).toBe(1);
  });

  it('rejects duplicate question ids', () => {
    const bad = base();
    bad.elements[0].questions[1].id = 'F';
    expect(issuesOf(bad).join('\n')).toContain('question id "F" is not unique');
  });

  it('rejects a condition on a later or unknown question', () => {
    const bad = base();
    bad.elements[0].questions[1].showIf = { question: 'A9', equals: 'yes' };
    expect(issuesOf(bad).join('\n')).toMatch(/showIf\.question.*earlier/);
  });

  it('rejects a condition value the target question cannot take', () => {
    const bad = base();
    bad.elements[0].questions[1].showIf = { question: 'F', equals: 'có' };
    expect(issuesOf(bad).join('\n')).toContain('condition values are not valid answers of "F"');
  });

  it('allows counts only on scale questions and needs at least one', () => {
    const bad = base();
    bad.elements[0].questions[0].counts = true;
    bad.elements[0].questions[1].counts = false;
    const text = issuesOf(bad).join('\n');
    expect(text).toContain('only scale questions can count');
    expect(text).toContain('at least one question must count');
  });

  it('checks companions point at a question of the right type', () => {
    const bad = base();
    bad.method = {
      companions: [{ id: 'x', title: { vi: 'x', en: 'x' }, question: 'A1', statistic: 'mean' }],
    };
    expect(issuesOf(bad).join('\n')).toContain('"A1" must be a percentage question');
  });

  it('rejects question ids that shadow response fields', () => {
    const bad = base();
    bad.elements[0].questions[0].id = 'unitCode';
    bad.elements[0].questions[1].showIf = { question: 'unitCode', equals: 'yes' };
    expect(issuesOf(bad).join('\n')).toContain('question id "unitCode" is not unique');
  });

  it('requires sources and verified, like every data pack', () => {
    const bad = base();
    delete bad.sources;
    delete bad.verified;
    const text = issuesOf(bad).join('\n');
    expect(text).toContain('instrument.sources');
    expect(text).toContain('instrument.verified');
  });
});
