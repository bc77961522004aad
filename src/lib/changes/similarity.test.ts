import { describe, expect, it } from 'vitest';
import { bestParagraphs, bestSentences, bigrams, cosine, idfOf, MIN_SENTENCE_WORDS, planVectors, themeOverlap, vectorOf, viewSimilarity } from './similarity';
import type { AlignUnit } from '~/schemas/changes';

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
  it('finds one measure carried forward inside a long paragraph by its best-matching sentence', () => {
    // 2025–2027 保障措施: one paragraph of several measures; 2022–2024 3-27 is one of them (统计监测).
    const para = (...sentences: string[][]): AlignUnit => ({ id: 'x', kind: 'item', themes: [], level: 'task', paragraphs: [{ tokens: sentences.flat(), sentences }] });
    const earlier = para(['统计', '指标', '监测', '体系'], ['考核', '督查']);
    const later = para(['联席会议', '顶层设计', '政策', '供给'], ['产业基金', '项目'], ['统计', '监测', '体系'], ['宣传', '典型', '经验'], ['开放合作', '峰会']);
    const v = planVectors([earlier], [later]);
    const [[sentence]] = bestSentences(v.earlier, v.later);
    expect(sentence).toBeGreaterThan(0.6);
    expect(sentence).toBeGreaterThan(bestParagraphs(v.earlier, v.later)[0][0].score + 0.2);
  });
  it('gives, for every two units, the best viewSimilarity of any two of their sentences (and paragraphs, with the first best pair)', () => {
    const u = (id: string, ...sentences: string[][]): AlignUnit => ({ id, kind: 'item', themes: [], level: 'task', paragraphs: [{ tokens: sentences.flat(), sentences }] });
    const earlier = [u('a', ['数据', '安全', '监管'], ['人才', '培养', '基地']), u('b', ['算力', '中心', '建设'])];
    const later = [u('x', ['人才', '基地', '建设'], ['数据', '监管']), u('y', ['智慧', '农业', '园区'])];
    const v = planVectors(earlier, later);
    const m = bestSentences(v.earlier, v.later);
    for (const [j, lv] of v.later.entries()) {
      for (const [i, ev] of v.earlier.entries()) {
        const pairwise = Math.max(0, ...ev.sentences.flatMap((a) => lv.sentences.map((b) => viewSimilarity(a, b))));
        expect(m[j][i]).toBeCloseTo(pairwise, 12);
      }
    }
    expect(m[1]).toEqual([0, 0]);
    const paragraphs = (id: string, ...ps: string[][]): AlignUnit => ({ id, kind: 'item', themes: [], level: 'task', paragraphs: ps.map((p) => ({ tokens: p, sentences: [p] })) });
    const pv = planVectors([paragraphs('a', ['人才', '培养'], ['数据', '安全'], ['数据', '安全'])], [paragraphs('x', ['智慧', '农业'], ['数据', '安全'])]);
    // The second and third earlier paragraphs match the later second equally: the first of them is named.
    expect(bestParagraphs(pv.earlier, pv.later)[0][0]).toEqual({ score: expect.closeTo(1, 12), pair: [1, 1] });
    expect(m[0][0]).toBeGreaterThan(m[0][1]);
  });
  it(`compares only sentences of at least ${MIN_SENTENCE_WORDS} content words (a one-word title matches nothing on its own)`, () => {
    const one = (words: string[]): AlignUnit => ({ id: 'x', kind: 'item', themes: [], level: 'task', paragraphs: [{ tokens: words, sentences: [words] }] });
    const v = planVectors([one(['组织'])], [one(['组织', '参加', '峰会'])]);
    expect(v.earlier[0].sentences).toHaveLength(0);
    expect(bestSentences(v.earlier, v.later)).toEqual([[0]]);
  });
});
