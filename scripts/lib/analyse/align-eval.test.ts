import { describe, expect, it } from 'vitest';
import { goldPairs, parseGold, scoreAlignment } from './align-eval';

const FILE = [
  '# labelling rules: a later clause continues an earlier one …',
  'earlier_plan\tearlier_clause\tlater_plan\tlater_clause\tlabel',
  'a\t1\tb\t1\tpair',
  'a\t2\tb\t1\tnon-pair',
  'a\t3\tb\t2\tpair',
  'a\t4\tb\t3\tnon-pair',
  'a\tr1\tb\t4\tpair',
  'a\tr2\tb\t4\tnon-pair',
  '',
].join('\n');

describe('parseGold', () => {
  it('reads rows after the comment header and the column row, with their lines', () => {
    const rows = parseGold(FILE, 'gold.tsv');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ earlierPlan: 'a', earlierClause: '1', laterPlan: 'b', laterClause: '1', label: 'pair', line: 3 });
  });
  it('names the file and line of a malformed row', () => {
    expect(() => parseGold('a\t1\tb\t1\tmaybe\n', 'gold.tsv')).toThrow('gold.tsv:1: label must be "pair" or "non-pair"');
    expect(() => parseGold('# x\na\t1\tb\n', 'gold.tsv')).toThrow('gold.tsv:2: expected 5 tab-separated columns');
  });
});

describe('goldPairs', () => {
  const asCommitment = (_plan: string, id: string) => (id === 'nope' ? null : id.startsWith('r') ? 'item' : id);
  it('reads restating rows as their item; when rows merge, pair wins', () => {
    const pairs = goldPairs(parseGold(FILE, 'g'), asCommitment, 'g');
    expect(pairs.filter((p) => p.earlier === 'item')).toEqual([{ earlierPlan: 'a', laterPlan: 'b', earlier: 'item', later: '4', label: 'pair' }]);
  });
  it('names the line of a clause the plan does not have', () => {
    expect(() => goldPairs(parseGold('a\tnope\tb\t1\tpair\n', 'g'), asCommitment, 'g')).toThrow('g:1: no clause nope in plan a');
  });
});

describe('scoreAlignment', () => {
  const gold = goldPairs(parseGold(FILE, 'g'), (_p, id) => (id.startsWith('r') ? 'item' : id), 'g');
  it('judges only links from labelled later clauses; unlabelled earlier clauses count against precision', () => {
    const s = scoreAlignment(gold, [
      {
        earlierPlan: 'a',
        laterPlan: 'b',
        links: [
          { earlier: '1', later: '1', confidence: 0.6 }, // pair
          { earlier: '2', later: '1', confidence: 0.4 }, // non-pair
          { earlier: '9', later: '2', confidence: 0.3 }, // unlabelled earlier clause of a labelled later clause
          { earlier: '4', later: '7', confidence: 0.5 }, // later clause 7 unlabelled: not judged
          { earlier: 'item', later: '4', confidence: 0.5 }, // pair (a row read as its item)
        ],
      },
    ]);
    expect([s.judged, s.correct, s.pairs, s.found]).toEqual([4, 2, 3, 2]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.wrong.map((w) => [w.earlier, w.later, w.label])).toEqual([
      ['2', '1', 'non-pair'],
      ['9', '2', 'unlabelled'],
    ]);
    expect(s.missed.map((m) => [m.earlier, m.later])).toEqual([['3', '2']]);
  });
  it('keeps plan pairs apart: the same ids in another pair of plans are not gold pairs', () => {
    const s = scoreAlignment(gold, [{ earlierPlan: 'x', laterPlan: 'b', links: [{ earlier: '1', later: '1', confidence: 1 }] }]);
    expect([s.judged, s.found]).toEqual([0, 0]);
  });
});
