import { describe, expect, it } from 'vitest';
import { ingestAll, ingestSeed } from './pipeline';
import { toChinese } from './identify';
import { planSlug, periodOf, kindOf, toPinyin } from './meta';
import { tempRoot } from './testing';

const PLAN = ['某市数字经济三年行动计划(2025-2027年)', '一、总体目标', '到2027年,建成数字城市。', '二、重点任务', '(一)数字产业升级行动', '1.巩固优势产业。内容甲。', '2.培育新兴产业。内容乙。', '(二)数字赋能行动', '1.深化智改数转。内容丙。', '三、保障措施', '25.加强组织领导。内容丁。'];

const urls = async (text: string[], extra: Record<string, string> = {}) => {
  const root = tempRoot({ 'seeds/a.txt': text.join('\n'), 'seeds/a.yaml': 'city: 某市\nprovince: 江苏\n', ...extra });
  return Object.fromEntries((await ingestAll(root)).flatMap((p) => p.clauses.map((c) => [`${c.plan}/${c.path.join('')}`, c.url])));
};

describe('identify: ids from the document’s own numbering', () => {
  it('二(二)1 → /plans/<slug>/2-2-1/, 三、25 → 3-25, part text → 1', async () => {
    const root = tempRoot({ 'seeds/a.txt': PLAN.join('\n'), 'seeds/a.yaml': 'city: 某市\nprovince: 江苏\n' });
    const { clauses } = await ingestSeed(root, 'seeds/a.txt');
    expect(clauses.map((c) => [c.id, c.path.join(''), c.pinpoint, c.url])).toEqual([
      ['1', '一', '第一部分', '/plans/mou-2025-2027/1/'],
      ['2-1-1', '二(一)1', '第二部分(一)第1条', '/plans/mou-2025-2027/2-1-1/'],
      ['2-1-2', '二(一)2', '第二部分(一)第2条', '/plans/mou-2025-2027/2-1-2/'],
      ['2-2-1', '二(二)1', '第二部分(二)第1条', '/plans/mou-2025-2027/2-2-1/'],
      ['3-25', '三25', '第三部分第25条', '/plans/mou-2025-2027/3-25/'],
    ]);
  });

  it('amending one clause’s wording changes no URL', async () => {
    const before = await urls(PLAN);
    const amended = PLAN.map((l) => (l.startsWith('1.巩固') ? '1.巩固提升优势数字产业。内容甲已修订,另加一句。' : l));
    expect(await urls(amended)).toEqual(before);
  });

  it('adding plans (before or after in file order) changes none of the existing URLs', async () => {
    const before = await urls(PLAN);
    const other = ['苏州市数字化发展三年行动计划(2021—2023年)', '一、总体要求', '1.加强协调。内容。'].join('\n');
    const after = await urls(PLAN, { 'seeds/0-first.txt': other, 'seeds/0-first.yaml': 'city: 苏州\n', 'seeds/z-last.txt': other.replace('苏州', '无锡'), 'seeds/z-last.yaml': 'city: 无锡\n' });
    for (const [k, v] of Object.entries(before)) expect(after[k]).toBe(v);
    expect(Object.keys(after).length).toBe(Object.keys(before).length + 2);
  });

  it('toChinese', async () => {
    expect([1, 10, 11, 20, 25, 99].map(toChinese)).toEqual(['一', '十', '十一', '二十', '二十五', '九十九']);
  });
});

describe('meta: slugs and facts', () => {
  it('slug from city pinyin and the period, year or kind', async () => {
    expect(planSlug('盐城', { start: 2025, end: 2027 }, null, 'x')).toBe('yancheng-2025-2027');
    expect(planSlug('盐城市', { start: 2024, end: 2024 }, null, 'x')).toBe('yancheng-2024');
    expect(planSlug('泰州', null, '指导意见', 'x')).toBe('taizhou-zhidao-yijian');
    expect(planSlug('某市', null, null, 'x', '关于加快发展数字经济的意见')).toBe('mou-gyjkfzszjjdy');
    // A five-year plan period named in the title: its name, so that a city's 十三五 and 十四五 规划 do not collide.
    expect(planSlug('鄂州', null, '规划', 'x', '鄂州市数字经济发展“十四五”规划')).toBe('ezhou-shisiwu');
    expect(planSlug('鄂州', null, '规划', 'x', '鄂州市信息化发展十三五规划')).toBe('ezhou-shisanwu');
    expect(planSlug('鄂州', { start: 2022, end: 2025 }, '规划', 'x', '鄂州市数字经济发展“十四五”规划(2022—2025年)')).toBe('ezhou-2022-2025');
    expect(toPinyin('重庆')).toBe('chongqing');
  });
  it('period and kind from the title', async () => {
    expect(periodOf('盐城市数字经济发展三年行动计划(2022—2024年)')).toEqual({ start: 2022, end: 2024 });
    expect(periodOf('2024年数字盐城工作要点')).toEqual({ start: 2024, end: 2024 });
    expect(periodOf('泰州市关于加快发展数字经济的指导意见')).toBeNull();
    expect(periodOf('数字威海建设2023年工作要点')).toEqual({ start: 2023, end: 2023 });
    expect(periodOf('某市2025年度数字经济工作计划')).toEqual({ start: 2025, end: 2025 });
    expect(periodOf('某市到2025年数字经济发展规划')).toBeNull();
    expect(periodOf('某市2023年至2025年数字经济发展规划')).toBeNull();
    expect(kindOf('盐城市数字经济发展三年行动计划(2022—2024年)')).toBe('三年行动计划');
    expect(kindOf('泰州市关于加快发展数字经济的指导意见')).toBe('指导意见');
  });
  it('unknown stays unknown: no issuer, date or 文号 is invented', async () => {
    const root = tempRoot({ 'seeds/a.txt': PLAN.join('\n'), 'seeds/a.yaml': 'city: 某市\nprovince: 江苏\n' });
    const { doc } = await ingestSeed(root, 'seeds/a.txt');
    expect(doc).toMatchObject({ issuer: null, date: null, docNumber: null, sourceUrl: null, province: '江苏', divisionCode: null });
    expect(Object.keys(doc.provenance).sort()).toEqual(['city', 'kind', 'period', 'province', 'title']);
  });
});
