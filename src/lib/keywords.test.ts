import { describe, expect, it } from 'vitest';
import { keywordGrid, keywordsOf, parseKeywords, parsePlanKeywords, planProfile } from './keywords';

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
  it('builds a keyword × plan grid: each plan’s top words, grouped with the plan that weighs them most', () => {
    const grid = keywordGrid(
      [
        { plan: 'a', keywords: [ { word: '算力', weight: 0.3 }, { word: '数据', weight: 0.2 }, { word: '人才', weight: 0.05 } ] },
        { plan: 'b', keywords: [ { word: '数据', weight: 0.4 }, { word: '平台', weight: 0.1 } ] },
      ],
      2,
    );
    expect(grid.plans).toEqual(['a', 'b']);
    expect(grid.words).toEqual(['算力', '数据', '平台']);
    expect(grid.cells).toEqual([
      [{ weight: 0.3, rank: 1 }, null],
      [{ weight: 0.2, rank: 2 }, { weight: 0.4, rank: 1 }],
      [null, { weight: 0.1, rank: 2 }],
    ]);
    expect(keywordGrid([])).toEqual({ plans: [], words: [], cells: [] });
  });
});
