import { describe, expect, it } from 'vitest';
import { keywordBarsSvg, keywordGridSvg, rateText, weightText } from './keywords';
import { TWO_PLAN_COLUMNS, contrast } from './testing';

const HOSTILE = '<script>alert("x")</script>&{a}';

/** The SVG parses as XML (no stray markup from the data). */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe('keyword bars (plan page)', () => {
  const data = {
    title: '苏州 2021–2023 关键词',
    bars: [
      { word: '创新', weight: 4.71, url: '/search/?q=%E5%88%9B%E6%96%B0&plan=suzhou-2021-2023' },
      { word: '长三角', weight: 2.3, url: '/search/?q=x&plan=suzhou-2021-2023' },
    ],
  };
  it('draws one linked bar per keyword, longest for the heaviest, with its weight', () => {
    const svg = keywordBarsSvg(data, { width: 600 });
    const widths = [...svg.matchAll(/<rect[^>]*? width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(svg).toContain('href="/search/?q=%E5%88%9B%E6%96%B0&amp;plan=suzhou-2021-2023"');
    expect(svg).toContain('>4.7</text>');
    expect(svg).toContain('<title>创新：突出度 4.7</title>');
    expect(wellFormed(svg)).toBe(true);
  });
  it('fits the width it is given, phone included', () => {
    for (const width of [320, 880]) {
      const svg = keywordBarsSvg(data, { width });
      expect(Number(/width="([\d.]+)"/.exec(svg)![1])).toBe(width);
      const ends = [...svg.matchAll(/<rect[^>]*x="([\d.]+)"[^>]*? width="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
      // Room after the longest bar for its printed weight.
      for (const end of ends) expect(end + 32).toBeLessThanOrEqual(width);
    }
  });
  it('escapes every text and attribute', () => {
    const svg = keywordBarsSvg({ title: HOSTILE, bars: [{ word: HOSTILE, weight: 0.1, url: '/x/?a="><script>' }] }, { width: 400, id: 'a"b' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;{a}');
    expect(svg).toContain('href="/x/?a=&quot;&gt;&lt;script&gt;"');
    expect(wellFormed(svg)).toBe(true);
  });
  it('prints rates as whole numbers, a rare word as <1', () => {
    expect([0, 0.3, 0.5, 12.4, 60.6].map(rateText)).toEqual(['0', '<1', '1', '12', '61']);
  });
  it('prints weights (z-scores) with one decimal', () => {
    expect([4.71, 12.04, 1.96].map(weightText)).toEqual(['4.7', '12.0', '2.0']);
  });
});

describe('keyword × plan grid (cities page)', () => {
  const data = {
    title: '各规划的关键词',
    rows: [
      { word: '算力', url: '/search/?q=a' },
      { word: '数据', url: '/search/?q=b' },
    ],
    columns: TWO_PLAN_COLUMNS,
    cells: [
      [{ count: 12, rate: 40, weight: 4.1, rank: 1 }, { count: 0, rate: 0, weight: null, rank: null }],
      [{ count: 6, rate: 20, weight: null, rank: null }, { count: 30, rate: 60.4, weight: 3.3, rank: 1 }],
    ],
    rateLabel: '每万词',
  };
  const none = { count: 0, rate: 0, weight: null, rank: null };
  const some = { count: 2, rate: 3, weight: 2.1, rank: 3 };
  /** Cell boxes and their numbers, in row-major order: [box fill, number, number fill]. */
  function cellsOf(svg: string): [string, string, string][] {
    const [, boxFill, boxSvg, textFill, textSvg] = /<g aria-hidden="true" fill="([^"]+)"[^>]*>(.*?)<\/g><g aria-hidden="true"[^>]*fill="([^"]+)"[^>]*>(.*?)<\/g><\/svg>$/.exec(svg)!;
    const fills = [...boxSvg.matchAll(/<rect([^>]*)/g)].map((m) => /fill="([^"]+)"/.exec(m[1])?.[1] ?? boxFill);
    const nums = [...textSvg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => [m[2], /fill="([^"]+)"/.exec(m[1])?.[1] ?? textFill]);
    return fills.map((f, i) => [f, nums[i][0], nums[i][1]]);
  }
  it('shows how often each plan says each word, darker where the row says it most, and 0 where never', () => {
    const svg = keywordGridSvg(data, { width: 880 });
    const cells = cellsOf(svg);
    expect(cells.map((c) => c[1])).toEqual(['40', '0', '20', '60']);
    // Each row is shaded against its own highest rate: both rows' highest cells share the darkest fill.
    expect(cells[0][0]).toBe(cells[3][0]);
    expect(new Set(cells.map((c) => c[0])).size).toBe(3);
    expect(svg).toContain('<title>数据 · 泰州 指导意见：每万词 60 次（共 30 次）；突出词第 1 位，突出度 3.3</title>');
    expect(svg).toContain('<title>数据 · 盐城 2025–2027：每万词 20 次（共 6 次）</title>');
    expect(svg).toContain('href="/search/?q=b"');
    expect(svg).toContain('href="/plans/taizhou-zhidao-yijian/"');
    expect(wellFormed(svg)).toBe(true);
  });
  it('keeps every cell number at WCAG AA contrast against its fill', () => {
    const cells = cellsOf(keywordGridSvg(data, { width: 880 }));
    expect(cells).toHaveLength(4);
    for (const [bg, , fg] of cells) expect(contrast(bg, fg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  it('fits five plans into a phone-width chart (labels slanted), and scrolls rather than squeezes dozens', () => {
    const cols = (n: number) => Array.from({ length: n }, (_, j) => ({ label: '盐城', sublabel: '2025–2027', url: `/p${j}/`, title: `p${j}` }));
    const five = keywordGridSvg({ ...data, columns: cols(5), cells: [Array(5).fill(some), Array(5).fill(none)] }, { width: 330 });
    expect(Number(/width="([\d.]+)"/.exec(five)![1])).toBeLessThanOrEqual(335);
    expect(five).toContain('rotate(-55)');
    const forty = keywordGridSvg({ ...data, columns: cols(40), cells: [Array(40).fill(none), Array(40).fill(none)] }, { width: 330 });
    expect(Number(/width="([\d.]+)"/.exec(forty)![1])).toBeGreaterThan(40 * 34);
  });
  it('escapes every text and attribute', () => {
    const svg = keywordGridSvg(
      { ...data, title: HOSTILE, rows: [{ word: HOSTILE, url: '"><x' }, data.rows[1]], columns: [{ ...data.columns[0], label: HOSTILE, title: HOSTILE }, data.columns[1]] },
      { width: 500 },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"><x');
    expect(wellFormed(svg)).toBe(true);
  });
});
