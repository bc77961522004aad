import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAny, normaliseTerms, splitByTerms } from './highlight';

const SENTENCE = '到2027年,全市算力规模突破20000P,建成公共数据授权运营平台,数据要素市场体系基本建立。';

describe('splitByTerms', () => {
  it('marks every occurrence of the theme terms in a real sentence', () => {
    const segs = splitByTerms(SENTENCE, ['算力', '授权运营', '数据要素']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['算力', '授权运营', '数据要素']);
    expect(segs.map((s) => s.text).join('')).toBe(SENTENCE);
  });
  it('prefers the longest term at a position and does not overlap', () => {
    const segs = splitByTerms('数据要素市场化', ['数据', '数据要素', '数据要素市场', '要素']);
    expect(segs).toEqual([
      { text: '数据要素市场', mark: true },
      { text: '化', mark: false },
    ]);
  });
  it('merges adjacent hits into one mark', () => {
    expect(splitByTerms('算力算力', ['算力'])).toEqual([{ text: '算力算力', mark: true }]);
  });
  it('keeps hostile text as literal characters', () => {
    const hostile = '<script>alert(1)</script>{数据要素}<!-- x -->';
    const segs = splitByTerms(hostile, ['数据要素']);
    expect(segs).toEqual([
      { text: '<script>alert(1)</script>{', mark: false },
      { text: '数据要素', mark: true },
      { text: '}<!-- x -->', mark: false },
    ]);
  });
  it('handles no terms, empty terms and empty text', () => {
    expect(splitByTerms('文本', [])).toEqual([{ text: '文本', mark: false }]);
    expect(splitByTerms('文本', ['', '  '])).toEqual([{ text: '文本', mark: false }]);
    expect(splitByTerms('', ['算力'])).toEqual([]);
  });
  it('never loses or reorders text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }), (text, terms) => {
        const segs = splitByTerms(text, terms);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (const s of segs) if (s.mark) expect(normaliseTerms(terms).some((t) => s.text.includes(t))).toBe(true);
      }),
    );
  });
});

describe('containsAny / normaliseTerms', () => {
  it('dedupes and sorts longest first', () => {
    expect(normaliseTerms(['算力', '算力网络', '算力', ' '])).toEqual(['算力网络', '算力']);
  });
  it('detects any term', () => {
    expect(containsAny(SENTENCE, ['一网统管', '算力'])).toBe(true);
    expect(containsAny(SENTENCE, ['一网统管'])).toBe(false);
  });
});
