import { describe, expect, it } from 'vitest';
import { keywordsOf, parseKeywords } from './keywords';

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
