import { describe, expect, it } from 'vitest';
import { ELLIPSIS, excerpt, matchRanges } from './excerpt';

const marked = (segs: ReturnType<typeof excerpt>) => segs.filter((s) => s.mark).map((s) => s.text);

describe('matchRanges', () => {
  it('finds matches in the original text across PDF spaces and full-width characters', () => {
    const text = '以推进“产业数字化、数字 产业化”为主线,建设５Ｇ－Ａ基站';
    const r = matchRanges(text, ['数字产业化', '5g-a']);
    expect(r.map(([s, e]) => text.slice(s, e))).toEqual(['数字 产业化', '５Ｇ－Ａ']);
  });
  it('merges overlapping matches', () => {
    expect(matchRanges('数据要素市场', ['数据要素', '要素市场'])).toEqual([[0, 6]]);
  });
  it('finds nothing for an absent term', () => {
    expect(matchRanges('数据要素', ['火星'])).toEqual([]);
  });
});

describe('excerpt', () => {
  it('shows a short clause whole, with every match marked', () => {
    const segs = excerpt('一网统管,一网通办', ['一网']);
    expect(segs.map((s) => s.text).join('')).toBe('一网统管,一网通办');
    expect(marked(segs)).toEqual(['一网', '一网']);
  });
  it('cuts a long clause around the first match, with ellipses, never through the match', () => {
    const text = `${'前'.repeat(300)}公共数据授权运营${'后'.repeat(300)}`;
    const segs = excerpt(text, ['公共数据授权运营'], 60, 10);
    expect(segs[0]!.text).toBe(ELLIPSIS);
    expect(segs[segs.length - 1]!.text).toBe(ELLIPSIS);
    expect(marked(segs)).toEqual(['公共数据授权运营']);
    const body = segs.slice(1, -1).map((s) => s.text).join('');
    expect(body.startsWith('前'.repeat(10) + '公共')).toBe(true);
  });
  it('keeps document text literal (it is data, never markup)', () => {
    const segs = excerpt('<script>alert(1)</script> 数据', ['数据']);
    expect(segs.map((s) => s.text).join('')).toBe('<script>alert(1)</script> 数据');
  });
  it('does not split a surrogate pair at the cut', () => {
    const text = '𠀀'.repeat(200);
    for (const s of excerpt(text, ['𠀀'], 61, 0)) expect(s.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
  });
});
