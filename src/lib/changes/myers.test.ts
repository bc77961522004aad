import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myersRuns, type Run } from './myers';

/** What the `diff` library's diffArrays gives, as runs. */
function jsdiff<T>(a: readonly T[], b: readonly T[]): Run[] {
  return diffArrays([...a], [...b]).map((c) => ({ op: c.added ? '+' : c.removed ? '-' : '=', count: c.count! }));
}

describe('myersRuns', () => {
  it('gives exactly the edit script of diffArrays on random sequences (property)', () => {
    // A small alphabet: many equally short edit scripts, so the choice between them is what is tested.
    const seq = fc.array(fc.constantFrom('甲', '乙', '丙', '丁', '。'), { maxLength: 40 });
    fc.assert(fc.property(seq, seq, (a, b) => void expect(myersRuns(a, b)).toEqual(jsdiff(a, b))), { numRuns: 2000 });
  });
  it('gives exactly the edit script of diffArrays on long, mostly different paragraphs', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 100, maxLength: 300 });
    fc.assert(fc.property(seq, seq, (a, b) => void expect(myersRuns(a, b)).toEqual(jsdiff(a, b))), { numRuns: 100 });
  });
  it('handles empty and identical sequences', () => {
    expect(myersRuns([], [])).toEqual([]);
    expect(myersRuns(['甲'], [])).toEqual([{ op: '-', count: 1 }]);
    expect(myersRuns([], ['甲', '乙'])).toEqual([{ op: '+', count: 2 }]);
    expect(myersRuns(['甲', '乙'], ['甲', '乙'])).toEqual([{ op: '=', count: 2 }]);
  });
});
