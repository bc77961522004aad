import { describe, expect, it } from 'vitest';
import { bigrams, cosine, idfOf, themeOverlap, vectorOf } from './similarity';

describe('similarity', () => {
  it('cuts words into their own character bigrams, never across words', () => {
    expect(bigrams(['智改数转', '网联', '5G'])).toEqual(['智改', '改数', '数转', '网联', '5G']);
  });
  it('weighs a word in fewer paragraphs more (smoothed idf), and compares normalised vectors', () => {
    const idf = idfOf([['数据', '人才'], ['数据'], ['数据', '算力']]);
    expect(idf.get('人才')!).toBeGreaterThan(idf.get('数据')!);
    const a = vectorOf(['数据', '人才'], idf);
    expect(cosine(a, a)).toBeCloseTo(1);
    expect(cosine(a, vectorOf(['算力'], idf))).toBe(0);
  });
  it('shares themes as a Jaccard share, 0 when either has none', () => {
    expect(themeOverlap(['talent', 'digital-industry'], ['talent'])).toBe(0.5);
    expect(themeOverlap([], ['talent'])).toBe(0);
  });
});
