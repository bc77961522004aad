import { describe, expect, it } from 'vitest';
import { keywordGrid, keywordsOf, parseKeywords, parsePlanKeywords, parseWordUsage, planProfile } from './keywords';

describe('keywords', () => {
  const map = parseKeywords(
    JSON.stringify({
      generated: 'GENERATED',
      clauses: {
        'yancheng-2025-2027/2-3-1': [
          { word: '数据', weight: 0.2 },
          { word: '授权运营', weight: 0.5 },
          { word: '公共数据', weight: 0.5 },
          { word: '资产', weight: 0.1 },
        ],
      },
    }),
  );
  it('returns the heaviest keywords first, ties in a stable order', () => {
    expect(keywordsOf(map, 'yancheng-2025-2027', '2-3-1', 3)).toEqual(['公共数据', '授权运营', '数据']);
  });
  it('returns nothing for unknown clauses or a broken file', () => {
    expect(keywordsOf(map, 'x', 'y')).toEqual([]);
    expect(parseKeywords('{').size).toBe(0);
  });
});

describe('plan keyword profiles', () => {
  const file = JSON.stringify({
    generated: 'GENERATED',
    clauses: {},
    plans: {
      'yancheng-2025-2027': [
        { word: '数据', weight: 0.3 },
        { word: '场景', weight: 0.14 },
      ],
    },
  });
  it('reads the per-plan profiles of the analysis file', () => {
    expect(parsePlanKeywords(file).get('yancheng-2025-2027')?.[0]).toEqual({ word: '数据', weight: 0.3 });
    expect(parsePlanKeywords('nope').size).toBe(0);
    expect(parsePlanKeywords('{"clauses":{}}').size).toBe(0);
  });
  it('shows a profile as the analysis wrote it, heaviest first, filtering nothing (the analysis decides)', () => {
    const profile = [...parsePlanKeywords(file).get('yancheng-2025-2027')!].reverse();
    expect(planProfile(profile).map((k) => k.word)).toEqual(['数据', '场景']);
    expect(planProfile(profile, 1).map((k) => k.word)).toEqual(['数据']);
  });
  it('reads how much each plan says the profile words, tolerating an older file without them', () => {
    const usage = parseWordUsage(JSON.stringify({ usage: { tokens: { a: 2000 }, counts: { 算力: { a: 8 } } } }));
    expect(usage.tokens.get('a')).toBe(2000);
    expect(usage.counts.get('算力')?.get('a')).toBe(8);
    expect(parseWordUsage(file).counts.size).toBe(0);
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
        { plan: 'a', keywords: [ { word: '算力', weight: 4.1, count: 8 }, { word: '数据', weight: 2.2, count: 6 }, { word: '人才', weight: 2, count: 3 } ] },
        { plan: 'b', keywords: [ { word: '数据', weight: 3.3, count: 20 }, { word: '平台', weight: 2.1, count: 9 } ] },
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
