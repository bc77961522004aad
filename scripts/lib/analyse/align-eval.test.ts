import { describe, expect, it } from 'vitest';
import type { PairEvidence } from '~/lib/changes/align';
import { asLinks, combineReadings, f1, FIT_START, fitConfidence, fitParams, goldPairs, judgedLinkScores, parseGold, parseSecond, scoreAlignment, scorePairings, secondPairs, type GoldPair, type Pairing } from './align-eval';

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

describe('fitParams (held-out figures choose parameters on some pairings, score them on another)', () => {
  // Two earlier clauses, two later ones; the gold pairs are e0→l0 and e1→l1, told apart only by SENTENCE.
  const ev = (earlier: number, later: number, sentence: number): PairEvidence => ({
    earlier, later, sameLevel: true, paragraphs: [0, 0], phrases: [], phraseScore: 0, text: 0.1, sentence, themes: 1, apart: false,
  });
  const pairing = (name: string): Pairing => ({
    earlierPlan: `${name}-a`,
    laterPlan: `${name}-b`,
    earlier: [{ id: 'e0' }, { id: 'e1' }],
    later: [{ id: 'l0' }, { id: 'l1' }],
    evidence: [
      [ev(0, 0, 0.9), ev(1, 0, 0.1)],
      [ev(0, 1, 0.1), ev(1, 1, 0.9)],
    ],
    gold: [
      { earlierPlan: `${name}-a`, laterPlan: `${name}-b`, earlier: 'e0', later: 'l0', label: 'pair' },
      { earlierPlan: `${name}-a`, laterPlan: `${name}-b`, earlier: 'e1', later: 'l0', label: 'non-pair' },
      { earlierPlan: `${name}-a`, laterPlan: `${name}-b`, earlier: 'e1', later: 'l1', label: 'pair' },
    ],
  });
  it('scores a pairing under given parameters', () => {
    // FIT_START: SENTENCE weighs nothing, every pair scores the same, all four links are made.
    const s = scorePairings([pairing('x')], { ...FIT_START, strong: 0.5 });
    expect([s.precision, s.recall]).toEqual([0.5, 1]);
    expect(f1(s)).toBeCloseTo(2 / 3);
  });
  it('chooses the weights and thresholds that raise F1 on the pairings given, deterministically', () => {
    const chosen = fitParams([pairing('x'), pairing('y')], FIT_START);
    expect(chosen.sentence).toBeGreaterThan(0);
    const s = scorePairings([pairing('z')], chosen);
    expect([s.precision, s.recall]).toEqual([1, 1]);
    expect(fitParams([pairing('x'), pairing('y')], FIT_START)).toEqual(chosen);
  });
});

describe('fitConfidence', () => {
  it('fits the share of right links to their score: rising, near the observed shares, deterministic', () => {
    // Links scoring 1: one in four right; scoring 3: three in four right.
    const points = [1, 1, 1, 1, 3, 3, 3, 3].map((score, i) => ({ score, right: score === 1 ? i === 0 : i !== 7 }));
    const fit = fitConfidence(points);
    const p = (s: number) => 1 / (1 + Math.exp(-(fit.slope * s + fit.intercept)));
    expect(fit.slope).toBeGreaterThan(0);
    expect(p(1)).toBeCloseTo(0.25, 1);
    expect(p(3)).toBeCloseTo(0.75, 1);
    expect(fitConfidence(points)).toEqual(fit);
  });
  it('stays finite when the score separates right and wrong links perfectly', () => {
    const fit = fitConfidence([{ score: 0, right: false }, { score: 1, right: true }]);
    expect(Number.isFinite(fit.slope) && Number.isFinite(fit.intercept)).toBe(true);
  });
});

describe('judgedLinkScores', () => {
  it('gives the score of each link from a labelled later clause and whether it is a gold pair', () => {
    const p: Pairing = {
      earlierPlan: 'a',
      laterPlan: 'b',
      earlier: [{ id: 'e0' }, { id: 'e1' }],
      later: [{ id: 'l0' }, { id: 'l1' }],
      evidence: [0, 1].map((j) => [0, 1].map((i) => ({ earlier: i, later: j, sameLevel: true, paragraphs: [0, 0] as [number, number], phrases: [], phraseScore: 0, text: i === j ? 1 : 0, sentence: 0, themes: 0, apart: false }))),
      gold: [
        { earlierPlan: 'a', laterPlan: 'b', earlier: 'e0', later: 'l0', label: 'non-pair' },
        { earlierPlan: 'a', laterPlan: 'b', earlier: 'e1', later: 'l0', label: 'pair' },
      ],
    };
    const params = { ...FIT_START, text: 2, strong: 1.5 };
    // l1 is not labelled: its link is not judged.
    expect(judgedLinkScores([p], params)).toEqual([{ score: 2, right: false }]);
  });
});

describe('a second reading (two readers: what they agree on bounds any figure against one of them)', () => {
  const SECOND = [
    '# second blind labelling',
    'a\t1\tb\t1\tpair\tboth: 盐农云',
    'a\t3\tb\t1\tpair\tweak: 数字乡村',
    'a\t-\tb\t2\tnone\tnew',
    'a\tr2\tb\t4\tpair\tboth: the row’s item',
    '',
  ].join('\n');
  const asCommitment = (_plan: string, id: string) => (id === 'nope' ? null : id.startsWith('r') ? 'item' : id);
  const earlierIds = () => ['1', '2', '3', 'item'];
  it('reads pairs and the later clauses read, and names the file and line of a malformed row', () => {
    const s = parseSecond(SECOND, 'second.tsv');
    expect(s.pairs.map((r) => [r.earlierClause, r.laterClause, r.line])).toEqual([['1', '1', 2], ['3', '1', 3], ['r2', '4', 5]]);
    expect(s.read.size).toBe(3);
    expect(() => parseSecond('a\t1\tb\t1\tnone\tx\n', 'second.tsv')).toThrow('second.tsv:1: a row is "pair" with an earlier clause, or "none"');
    expect(() => parseSecond('a\t-\tb\t1\tpair\n', 'second.tsv')).toThrow('second.tsv:1:');
    expect(() => parseSecond('# x\na\t1\tb\n', 'second.tsv')).toThrow('second.tsv:2: expected at least 5 tab-separated columns');
  });
  it('makes every other earlier unit of a later clause read a non-pair (R8), rows read as their items', () => {
    const g = secondPairs(parseSecond(SECOND, 's'), earlierIds, asCommitment, 's');
    const label = (e: string, l: string) => g.find((x) => x.earlier === e && x.later === l)?.label;
    expect([label('1', '1'), label('3', '1'), label('2', '1'), label('item', '1')]).toEqual(['pair', 'pair', 'non-pair', 'non-pair']);
    expect(['1', '2', '3', 'item'].map((e) => label(e, '2'))).toEqual(['non-pair', 'non-pair', 'non-pair', 'non-pair']);
    expect(label('item', '4')).toBe('pair');
    expect(g.filter((x) => x.later === '3')).toEqual([]);
  });
  it('scores one reader against the other as an aligner is scored', () => {
    const first = goldPairs(parseGold(FILE, 'g'), asCommitment, 'g');
    const second = secondPairs(parseSecond(SECOND, 's'), earlierIds, asCommitment, 's');
    // The gold's pairs: 1→1, 3→2, item→4. The second reading's: 1→1, 3→1, item→4 (3→1 is a gold non-pair's neighbour: unlabelled there).
    const s = scoreAlignment(first, asLinks(second));
    expect([s.judged, s.correct, s.pairs, s.found]).toEqual([3, 2, 3, 2]);
    expect(s.missed.map((m) => [m.earlier, m.later])).toEqual([['3', '2']]);
  });
  it('reads a pair whose note starts "weak:" as borderline (R7), and a merged pair as weak only when every row is', () => {
    const rows = parseGold('a\t1\tb\t1\tpair\tweak: 数字乡村\na\t2\tb\t1\tpair\tboth: 盐农云; weak: no\na\tr1\tb\t2\tpair\tweak: x\na\tr2\tb\t2\tpair\tboth: y\n', 'g');
    expect(rows.map((r) => r.weak ?? false)).toEqual([true, false, true, false]);
    const pairs = goldPairs(rows, asCommitment, 'g');
    expect(pairs.map((p) => [p.earlier, p.later, p.weak ?? false])).toEqual([['1', '1', true], ['2', '1', false], ['item', '2', false]]);
    expect(parseSecond(SECOND, 's').pairs.map((r) => r.weak ?? false)).toEqual([false, true, false]);
  });
  it('lenient (R7): a pair either reader marks weak is possible, not sure', () => {
    const first = goldPairs(parseGold('a\t1\tb\t1\tpair\tweak: x\na\t3\tb\t1\tpair\tboth: y\n', 'g'), asCommitment, 'g');
    const second = secondPairs(parseSecond('a\t1\tb\t1\tpair\tboth: x\na\t3\tb\t1\tpair\tweak: y\na\t2\tb\t1\tpair\tboth: z\n', 's'), earlierIds, asCommitment, 's');
    const pairs = (g: GoldPair[]) => g.filter((x) => x.label === 'pair').map((x) => x.earlier).sort();
    expect(pairs(combineReadings(first, second).sure)).toEqual(['1', '3']);
    const lenient = combineReadings(first, second, { lenient: true });
    expect(pairs(lenient.sure)).toEqual([]);
    expect(pairs(lenient.possible)).toEqual(['1', '2', '3']);
  });
  it('combines two readings: sure where both pair, possible where either does, over later clauses both read', () => {
    const first = goldPairs(parseGold(FILE, 'g'), asCommitment, 'g');
    const second = secondPairs(parseSecond(SECOND, 's'), earlierIds, asCommitment, 's');
    const { sure, possible } = combineReadings(first, second);
    const pairs = (g: typeof sure) => g.filter((x) => x.label === 'pair').map((x) => `${x.earlier}→${x.later}`).sort();
    expect(pairs(sure)).toEqual(['1→1', 'item→4']);
    expect(pairs(possible)).toEqual(['1→1', '3→1', '3→2', 'item→4']);
    // Later clause 3 was read by the gold file only: it is in neither.
    expect([...sure, ...possible].some((x) => x.later === '3')).toBe(false);
  });
});
