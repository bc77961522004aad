import { describe, expect, it } from 'vitest';
import { themes } from '~/data/themes';
import { candidateTerms, occurringExamples } from './examples';

describe('search examples', () => {
  it('takes one key term per theme from the taxonomy', () => {
    const c = candidateTerms(themes);
    expect(c.length).toBe(new Set(c).size);
    expect(c).toContain('算力');
    expect(c.length).toBeLessThanOrEqual(themes.length);
  });
  it('offers only terms that occur, with their clause counts, folded like the search', () => {
    const texts = ['建设算力中心', '推进 数据 要素市场化', '算力调度'];
    expect(occurringExamples(texts, ['算力', '数据要素', '区块链'], 5)).toEqual([
      { term: '算力', count: 2 },
      { term: '数据要素', count: 1 },
    ]);
    expect(occurringExamples(texts, ['算力', '数据要素'], 1)).toEqual([{ term: '算力', count: 2 }]);
  });
});
