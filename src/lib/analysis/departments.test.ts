import { describe, expect, it } from 'vitest';
import type { Department } from '~/schemas/departments';
import { pinyinSlug, chargesByPlan, cityDepartments, countsByPlan, departmentLookup, departmentUrl, themeProfile } from './departments';

const cl = (plan: string, id: string, themes: string[] = []) => ({ plan, id, url: `/plans/${plan}/${id}/`, themes });
const CITY: Record<string, { city: string; slug: string }> = {
  'yancheng-2022-2024': { city: '盐城', slug: 'yancheng' },
  'yancheng-2025-2027': { city: '盐城', slug: 'yancheng' },
  'suzhou-2021-2023': { city: '苏州', slug: 'suzhou' },
};
const ORDER = ['suzhou-2021-2023', 'yancheng-2022-2024', 'yancheng-2025-2027'];

// Real department names and clause ids from the 盐城 seeds (content/analysis/departments.json).
const gongxin: Department = {
  name: '市工信局',
  plans: ['yancheng-2022-2024', 'yancheng-2025-2027'],
  lead: [cl('yancheng-2025-2027', '2-1-1', ['digital-industry']), cl('yancheng-2022-2024', '2-1-2', ['data-elements', 'digital-industry'])],
  responsible: [cl('yancheng-2022-2024', '2-2-4', ['smart-manufacturing']), cl('yancheng-2022-2024', '2-1-2', ['digital-industry'])],
};
const data: Department = { name: '市数据局', plans: ['yancheng-2025-2027'], lead: [cl('yancheng-2025-2027', '2-3-1')], responsible: [] };

describe('department pages', () => {
  it('gives each department an ASCII slug from city and name pinyin', () => {
    const ds = cityDepartments([gongxin, data], (p) => CITY[p], ORDER, pinyinSlug);
    expect(ds.map((d) => d.slug)).toEqual(['yancheng-shigongxinju', 'yancheng-shishujuju']);
    expect(ds[0].url).toBe(departmentUrl('yancheng-shigongxinju'));
    expect(ds[0].url).toBe('/departments/yancheng-shigongxinju/');
    expect(ds[0].plans).toEqual(['yancheng-2022-2024', 'yancheng-2025-2027']);
    for (const d of ds) expect(d.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('splits one name used by two cities into two departments', () => {
    const both: Department = { ...gongxin, lead: [...gongxin.lead, cl('suzhou-2021-2023', '2-3-1')] };
    const ds = cityDepartments([both], (p) => CITY[p], ORDER, pinyinSlug);
    expect(ds.map((d) => [d.city, d.slug])).toEqual([
      ['苏州', 'suzhou-shigongxinju'],
      ['盐城', 'yancheng-shigongxinju'],
    ]);
    expect(ds[0].lead).toHaveLength(1);
  });

  it('resolves pinyin collisions deterministically, whatever the input order', () => {
    // 市档案馆 / 市档案管 are homophones: both "shidanganguan".
    const a: Department = { name: '市档案馆', plans: ['yancheng-2022-2024'], lead: [cl('yancheng-2022-2024', '1')], responsible: [] };
    const b: Department = { ...a, name: '市档案管' };
    const one = cityDepartments([a, b], (p) => CITY[p], ORDER, pinyinSlug);
    const two = cityDepartments([b, a], (p) => CITY[p], ORDER, pinyinSlug);
    const slugOf = (ds: typeof one, n: string) => ds.find((d) => d.name === n)!.slug;
    expect(slugOf(one, '市档案馆')).toBe(slugOf(two, '市档案馆'));
    expect(slugOf(one, '市档案馆')).not.toBe(slugOf(one, '市档案管'));
    expect(slugOf(one, '市档案馆')).toMatch(/^yancheng-shidanganguan-[0-9a-z]{6}$/);
  });

  it('spells ü as v, never dropping it', () => {
    expect(pinyinSlug('市文广旅局')).toBe('shiwenguanglvju');
    expect(pinyinSlug('市工信局(大数据管理局)')).toBe('shigongxinjudashujuguanliju');
  });

  it('names with nothing to spell still get a slug', () => {
    const odd: Department = { name: '(  )', plans: ['yancheng-2022-2024'], lead: [cl('yancheng-2022-2024', '1')], responsible: [] };
    expect(cityDepartments([odd], (p) => CITY[p], ORDER, pinyinSlug)[0].slug).toBe('yancheng-bumen');
  });

  it('counts distinct clauses per plan and role', () => {
    const [d] = cityDepartments([gongxin], (p) => CITY[p], ORDER, pinyinSlug);
    expect(Object.fromEntries(countsByPlan(d))).toEqual({
      'yancheng-2025-2027': { lead: 1, responsible: 0 },
      'yancheng-2022-2024': { lead: 1, responsible: 2 },
    });
  });

  it('groups charges by plan in time order, clauses in document order, roles merged', () => {
    const [d] = cityDepartments([gongxin], (p) => CITY[p], ORDER, pinyinSlug);
    const order: Record<string, number> = { '2-1-2': 5, '2-2-4': 9, '2-1-1': 3 };
    const groups = chargesByPlan(d, ORDER, (_p, id) => order[id]);
    expect(groups.map((g) => g.plan)).toEqual(['yancheng-2022-2024', 'yancheng-2025-2027']);
    expect(groups[0].charges.map((c) => [c.clause.id, c.roles])).toEqual([
      ['2-1-2', ['lead', 'responsible']],
      ['2-2-4', ['responsible']],
    ]);
  });

  it('profiles themes over distinct clauses', () => {
    expect(themeProfile(gongxin)).toEqual([
      ['digital-industry', 2],
      ['data-elements', 1],
      ['smart-manufacturing', 1],
    ]);
  });
});

describe('departmentLookup', () => {
  it('finds a department by city and name as printed (spaces from the source ignored)', () => {
    const ds = cityDepartments([gongxin], (p) => CITY[p], ORDER, pinyinSlug);
    const find = departmentLookup(ds);
    expect(find('盐城', '市 工信局')?.slug).toBe('yancheng-shigongxinju');
    expect(find('苏州', '市工信局')).toBeUndefined();
  });
});
