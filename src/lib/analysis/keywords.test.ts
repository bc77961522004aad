import { describe, expect, it } from 'vitest';
import { GENERATED } from '~/schemas/analysis';
import { parseAnalysisFile } from './file';
import { keywordGrid, keywordIndex, keywordsOf, planProfile } from './keywords';

/** A keywords.json as the analysis writes it, read through its schema. */
const file = (o: object) => parseAnalysisFile('keywords', JSON.stringify({ generated: GENERATED, clauses: {}, plans: {}, usage: { tokens: {}, counts: {} }, ...o }));

describe('keywords', () => {
  const map = keywordIndex(
    file({
      clauses: {
        'yancheng-2025-2027/2-3-1': [
          { word: '数据', weight: 0.2 },
          { word: '授权运营', weight: 0.5 },
          { word: '公共数据', weight: 0.5 },
          { word: '资产', weight: 0.1 },
        ],
      },
    }),
  ).clauses;
  it('returns the heaviest keywords first, ties in a stable order', () => {
    expect(keywordsOf(map, 'yancheng-2025-2027', '2-3-1', 3)).toEqual(['公共数据', '授权运营', '数据']);
  });
  it('returns nothing for unknown clauses', () => {
    expect(keywordsOf(map, 'x', 'y')).toEqual([]);
  });
  it('refuses a broken file, naming it and the bad field, rather than showing no keywords', () => {
    expect(() => parseAnalysisFile('keywords', '{')).toThrow(/^content\/analysis\/keywords\.json: not JSON/);
    expect(() => file({ clauses: { 'a/b': [{ word: '数据', weight: '0.2' }] } })).toThrow('content/analysis/keywords.json: clauses["a/b"][0].weight:');
    expect(() => file({ usage: undefined })).toThrow('content/analysis/keywords.json: usage:');
  });
});

describe('plan keyword profiles', () => {
  const index = keywordIndex(
    file({
      plans: {
        'yancheng-2025-2027': [
          { word: '数据', weight: 3, count: 40 },
          { word: '场景', weight: 2.1, count: 12 },
        ],
      },
      usage: { tokens: { 'yancheng-2025-2027': 2000 }, counts: { 数据: { 'yancheng-2025-2027': 40 } } },
    }),
  );
  it('reads the per-plan profiles of the analysis file', () => {
    expect(index.plans.get('yancheng-2025-2027')?.[0]).toEqual({ word: '数据', weight: 3, count: 40 });
    expect(() => file({ plans: { a: [{ word: '数据', weight: 3 }] } })).toThrow('plans.a[0].count:');
  });
  it('shows a profile as the analysis wrote it, heaviest first, filtering nothing (the analysis decides)', () => {
    const profile = [...index.plans.get('yancheng-2025-2027')!].reverse();
    expect(planProfile(profile).map((k) => k.word)).toEqual(['数据', '场景']);
    expect(planProfile(profile, 1).map((k) => k.word)).toEqual(['数据']);
  });
  it('reads how much each plan says the profile words', () => {
    expect(index.usage.tokens.get('yancheng-2025-2027')).toBe(2000);
    expect(index.usage.counts.get('数据')?.get('yancheng-2025-2027')).toBe(40);
  });
  it('builds a keyword × plan grid: each plan’s top words, grouped with the plan that weighs them most, with every plan’s use of them', () => {
    const usage = {
      tokens: new Map([['a', 2000], ['b', 5000]]),
      counts: new Map([
        ['算力', new Map([['a', 8]])],
        ['数据', new Map([['a', 6], ['b', 20]])],
        ['平台', new Map([['a', 1], ['b', 9]])],
      ]),
    };
    const grid = keywordGrid(
      [
        { plan: 'a', keywords: [ { word: '算力', weight: 4.1 }, { word: '数据', weight: 2.2 }, { word: '人才', weight: 2 } ] },
        { plan: 'b', keywords: [ { word: '数据', weight: 3.3 }, { word: '平台', weight: 2.1 } ] },
      ],
      usage,
      2,
    );
    expect(grid.plans).toEqual(['a', 'b']);
    expect(grid.words).toEqual(['算力', '数据', '平台']);
    expect(grid.cells).toEqual([
      [{ count: 8, rate: 40, weight: 4.1, rank: 1 }, { count: 0, rate: 0, weight: null, rank: null }],
      [{ count: 6, rate: 30, weight: 2.2, rank: 2 }, { count: 20, rate: 40, weight: 3.3, rank: 1 }],
      [{ count: 1, rate: 5, weight: null, rank: null }, { count: 9, rate: 18, weight: 2.1, rank: 2 }],
    ]);
    expect(keywordGrid([], usage)).toEqual({ plans: [], words: [], cells: [] });
  });
});
