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

describe('splitByTerms memoised', () => {
  /** The plain definition: at each position the first (longest) normalised term that starts there. */
  function reference(text: string, terms: readonly string[]) {
    const ts = normaliseTerms(terms);
    if (!ts.length || !text) return text ? [{ text, mark: false }] : [];
    const out: { text: string; mark: boolean }[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = ts.find((t) => text.startsWith(t, i));
      const piece = hit ?? text[i];
      const last = out[out.length - 1];
      if (last && last.mark === Boolean(hit)) last.text += piece;
      else out.push({ text: piece, mark: Boolean(hit) });
      i += piece.length;
    }
    return out;
  }

  it('gives what the plain definition gives, on every call (property)', () => {
    const alphabet = fc.constantFrom('数', '据', '要', '素', '算', '力', 'a', '😀', ' ');
    const str = (max: number) => fc.array(alphabet, { maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(str(30), fc.array(str(4), { maxLength: 5 }), (text, terms) => {
        const first = splitByTerms(text, terms);
        expect(first).toEqual(reference(text, terms));
        expect(splitByTerms(text, [...terms])).toEqual(first);
      }),
    );
  });

  it('returns fresh segments: changing one result does not change the next', () => {
    const terms = ['数据要素'];
    const a = splitByTerms('培育数据要素市场', terms);
    a[1].text = 'changed';
    expect(splitByTerms('培育数据要素市场', terms)[1].text).toBe('数据要素');
  });
});
