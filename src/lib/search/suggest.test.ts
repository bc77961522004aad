import { describe, expect, it } from 'vitest';
import { occurringPieces, type CountOf } from './suggest';

/** A fixture corpus: counts of clauses containing a string. */
function counter(texts: string[]): { countOf: CountOf; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    countOf: async (chars) => {
      const s = chars.join('');
      asked.push(s);
      return texts.filter((t) => t.includes(s)).length;
    },
  };
}

describe('occurringPieces', () => {
  const corpus = ['推进数据要素市场化配置改革', '数据要素市场', '建设算力中心'];

  it('offers the longest piece of the phrase that the plans use', async () => {
    const { countOf } = counter(corpus);
    expect(await occurringPieces([...'数据要素市场化配置改革试点'], countOf)).toEqual([{ term: '数据要素市场化配置改革', count: 1 }]);
  });

  it('ranks equally long pieces by how many clauses hold them', async () => {
    const { countOf } = counter(corpus);
    // "要素市场算力" : 要素市场 (2 clauses) is the longest occurring piece; 算力 is shorter
    expect(await occurringPieces([...'要素市场算力'], countOf)).toEqual([{ term: '要素市场', count: 2 }]);
  });

  it('finds nothing in nonsense, with one lookup per bigram only', async () => {
    const { countOf, asked } = counter(corpus);
    expect(await occurringPieces([...'qwertyuiop'], countOf)).toEqual([]);
    expect(asked).toHaveLength(9);
  });

  it('offers no single characters', async () => {
    const { countOf } = counter(corpus);
    expect(await occurringPieces([...'数x'], countOf)).toEqual([]);
  });
});
