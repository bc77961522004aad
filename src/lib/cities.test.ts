import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { themes } from '~/data/themes';
import { mdxFiles, readFrontmatter } from '~/loaders/frontmatter';
import { highlightTerms } from '~/lib/themeview';
import type { Clause } from '~/schemas/policy';
import { citySlugs, cityUrl, formatMentions, STEP_LABELS, stepOf, themeMentions, themeTrends, toPinyinSlug } from './cities';

describe('toPinyinSlug', () => {
  it('turns the seed cities into ASCII pinyin', () => {
    expect(toPinyinSlug('盐城')).toBe('yancheng');
    expect(toPinyinSlug('苏州')).toBe('suzhou');
    expect(toPinyinSlug('泰州')).toBe('taizhou');
  });

  it('writes ü as v instead of dropping it (旅 is "lv", not "l")', () => {
    expect(toPinyinSlug('旅')).toBe('lv');
    expect(toPinyinSlug('吕梁')).toBe('lvliang');
    expect(toPinyinSlug('绿')).toBe('lv');
    expect(toPinyinSlug('女')).toBe('nv');
    // j/q/x/y + ü is written u in pinyin, and stays so.
    expect(toPinyinSlug('徐州')).toBe('xuzhou');
    expect(toPinyinSlug(' 市文广旅局')).toBe('shiwenguanglvju');
  });
});

describe('citySlugs', () => {
  it('gives each seed city its plain pinyin', () => {
    const slugs = citySlugs([
      { city: '盐城', province: '江苏' },
      { city: '盐城', province: '江苏' },
      { city: '泰州', province: '江苏' },
      { city: '苏州', province: '江苏' },
    ]);
    expect([...slugs.entries()]).toEqual([
      ['盐城', 'yancheng'],
      ['泰州', 'taizhou'],
      ['苏州', 'suzhou'],
    ]);
    expect(cityUrl(slugs.get('泰州')!)).toBe('/cities/taizhou/');
  });
  it('settles 泰州 (Jiangsu) vs 台州 (Zhejiang) by their GB/T 2260 codes: 泰州 keeps its URL whatever else the corpus holds', () => {
    const slugs = citySlugs([
      { city: '泰州', province: '江苏', divisionCode: '321200' },
      { city: '台州', province: '浙江', divisionCode: '331000' },
    ]);
    expect(slugs.get('泰州')).toBe('taizhou');
    expect(slugs.get('台州')).toBe('taizhou-zhejiang');
  });
  it('a city the division table lacks takes its pinyin, then its province’s, after the coded cities', () => {
    const slugs = citySlugs([
      { city: '台州', province: '浙江', divisionCode: null },
      { city: '泰州', province: '江苏', divisionCode: '321200' },
    ]);
    expect([...slugs.entries()]).toEqual([
      ['台州', 'taizhou-zhejiang'],
      ['泰州', 'taizhou'],
    ]);
  });
  it('refuses a collision the province cannot settle, naming the cities', () => {
    expect(() => citySlugs([{ city: '泰州', province: '江苏' }, { city: '台州', province: null }])).toThrow(/泰州 \/ 台州/);
  });
});

describe('themeTrends', () => {
  const clauses: Record<string, string[][]> = {
    a: [['computing-power'], ['data-elements', 'computing-power'], []],
    b: [['data-elements'], ['data-elements'], ['smart-manufacturing']],
    c: [['data-elements'], ['smart-manufacturing', 'smart-manufacturing']],
  };
  it('counts clauses per theme per plan (a clause tagged twice counts once) and names each change', () => {
    const trends = themeTrends([{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }], ['computing-power', 'data-elements', 'smart-manufacturing', 'talent'], (s) => clauses[s]);
    expect(trends).toEqual([
      { theme: 'computing-power', counts: [2, 0, 0], steps: ['dropped', 'absent'] },
      { theme: 'data-elements', counts: [1, 2, 1], steps: ['more', 'fewer'] },
      { theme: 'smart-manufacturing', counts: [0, 1, 1], steps: ['new', 'same'] },
      { theme: 'talent', counts: [0, 0, 0], steps: ['absent', 'absent'] },
    ]);
  });
  it('stepOf covers every case', () => {
    expect([stepOf(0, 0), stepOf(0, 1), stepOf(1, 0), stepOf(1, 2), stepOf(2, 1), stepOf(3, 3)]).toEqual(['absent', 'new', 'dropped', 'more', 'fewer', 'same']);
  });
});

describe('themeMentions: what a plan says, apart from what its clauses are tagged with', () => {
  const ai = themes.find((t) => t.slug === 'artificial-intelligence')!;
  const texts = (plan: string) => mdxFiles(path.join('content', 'clauses', plan)).map((f) => (readFrontmatter(f) as Clause).text);

  it('盐城 2024 工作要点: no clause is tagged 人工智能, yet its text says 人工智能 twice', () => {
    const clauses = mdxFiles(path.join('content', 'clauses', 'yancheng-2024')).map((f) => readFrontmatter(f) as Clause);
    expect(clauses.some((c) => c.themes.includes('artificial-intelligence'))).toBe(false);
    const found = themeMentions(texts('yancheng-2024'), highlightTerms(ai));
    expect(found.find((m) => m.word === '人工智能')).toEqual({ word: '人工智能', count: 2 });
    expect(formatMentions(found)).toContain('“人工智能”2 次');
  });

  it('counts each word as a search would find it, leaves out words containing a counted one, width and case folded', () => {
    expect(themeMentions(['推进人工智能+制造,发展人工智能和ai+', '人工智能'], ['人工智能', '人工智能+', 'AI+', '大模型'])).toEqual([
      { word: '人工智能', count: 3 },
      { word: 'AI+', count: 1 },
    ]);
    expect(themeMentions(['发展人形机器人'], ['机器人', '人形机器人'])).toEqual([{ word: '机器人', count: 1 }]);
    expect(themeMentions(['数据要素'], ['人工智能'])).toEqual([]);
    expect(formatMentions([])).toBe('');
  });

  it('labels a step by what was measured (tagged clauses), never as "no longer mentioned"', () => {
    expect(STEP_LABELS.dropped).toBe('无标注条款');
    expect(Object.values(STEP_LABELS).join('')).not.toMatch(/提及/);
  });
});
