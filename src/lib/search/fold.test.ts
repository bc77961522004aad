import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeT2S, foldChar, foldString, foldText, queryTerms } from './fold';

describe('foldChar', () => {
  it('folds full-width letters, digits and punctuation to half-width, lower-cased', () => {
    expect(foldString('５Ｇ－Ａ')).toBe('5g-a');
    expect(foldString('（一）ＰＵＥ')).toBe('(一)pue');
    expect(foldString('20000P')).toBe('20000p');
  });
  it('drops whitespace of every kind, including the ideographic space and line breaks', () => {
    expect(foldString('数 字\u3000产业\n化\t')).toBe('数字产业化');
    expect(foldChar('\u00a0')).toBe('');
  });
  it('keeps CJK text and Chinese punctuation as written', () => {
    expect(foldString('一网统管、“智改数转”。')).toBe('一网统管、“智改数转”。');
  });
  it('maps compatibility ideographs to unified ones', () => {
    expect(foldChar('\uF900')).toBe('豈');
  });
});

describe('foldText', () => {
  it('maps every folded character back to the original character it came from', () => {
    const text = '以推进“产业数字化、数字 产业化”为主线';
    const f = foldText(text);
    const i = f.chars.join('').indexOf('数字产业化');
    expect(text.slice(f.start[i]!, f.end[i + 4]!)).toBe('数字 产业化');
  });
  it('treats an astral CJK character as one character', () => {
    const f = foldText('𠀀数据');
    expect(f.chars).toEqual(['𠀀', '数', '据']);
    expect(f.start).toEqual([0, 2, 3]);
    expect(f.end).toEqual([2, 3, 4]);
  });
  it('expands compatibility characters (… → ...) with every piece mapped to the original character', () => {
    const f = foldText('a…b');
    expect(f.chars.join('')).toBe('a...b');
    expect(f.start).toEqual([0, 1, 1, 1, 2]);
  });
  it('agrees with foldString and keeps offsets inside the text, in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const f = foldText(s);
        expect(f.chars.join('')).toBe(foldString(s));
        for (let i = 0; i < f.chars.length; i++) {
          expect(f.start[i]!).toBeGreaterThanOrEqual(0);
          expect(f.end[i]!).toBeLessThanOrEqual(s.length);
          expect(f.start[i]!).toBeLessThan(f.end[i]!);
          if (i > 0) expect(f.start[i]!).toBeGreaterThanOrEqual(f.start[i - 1]!);
        }
      }),
    );
  });
});

describe('queryTerms', () => {
  const t2s = decodeT2S('數数據据網网統统');
  it('splits on whitespace (ASCII or ideographic) into terms that must all match', () => {
    expect(queryTerms('算力  盐城\u3000数据').map((t) => t.join(''))).toEqual(['算力', '盐城', '数据']);
  });
  it('maps traditional characters to simplified ones', () => {
    expect(queryTerms('數據要素 一網統管', t2s).map((t) => t.join(''))).toEqual(['数据要素', '一网统管']);
  });
  it('folds width and case inside a term, drops empty and repeated terms', () => {
    expect(queryTerms(' ５Ｇ－Ａ 5g-a  ').map((t) => t.join(''))).toEqual(['5g-a']);
    expect(queryTerms('   ')).toEqual([]);
  });
});
