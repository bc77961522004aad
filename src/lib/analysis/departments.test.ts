import { describe, expect, it } from 'vitest';
import type { Department } from '~/schemas/departments';
import { DEPARTMENT_ALIASES, DISTINCT_DEPARTMENTS, type DepartmentAlias } from '~/data/department-aliases';
import { aliasResolver, loadDepartments, pinyinSlug, chargesByPlan, cityDepartments, countsByPlan, departmentLookup, departmentUrl, themeProfile } from './departments';

const cl = (plan: string, id: string, themes: string[] = []) => ({ plan, id, url: `/plans/${plan}/${id}/`, themes });
const CITY: Record<string, { city: string; slug: string }> = {
  'yancheng-2024': { city: '盐城', slug: 'yancheng' },
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

describe('aliases (reviewed table, src/data/department-aliases.ts)', () => {
  // Real names and clauses from the 盐城 seeds: 黄海金控 (2022–2024, responsible) and 黄海金控集团 (2025–2027, lead).
  const short: Department = { name: '黄海金控', plans: ['yancheng-2022-2024'], lead: [], responsible: [cl('yancheng-2022-2024', '3-26')] };
  const full: Department = { name: '黄海金控集团', plans: ['yancheng-2025-2027'], lead: [cl('yancheng-2025-2027', 'annex-2-r27')], responsible: [] };
  // 盐城 2024 工作要点 6-12 names both 市档案局 and 市档案馆.
  const archiveBureau: Department = { name: '市档案局', plans: ['yancheng-2024'], lead: [], responsible: [cl('yancheng-2024', '6-12')] };
  const archive: Department = { name: '市档案馆', plans: ['yancheng-2024'], lead: [], responsible: [cl('yancheng-2024', '6-12')] };

  it('merges 黄海金控 into 黄海金控集团: one page, both names printed, every charge kept', () => {
    const ds = cityDepartments([short, full], (p) => CITY[p], ORDER, pinyinSlug);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ name: '黄海金控集团', printed: ['黄海金控集团', '黄海金控'], slug: 'yancheng-huanghaijinkongjituan' });
    expect(ds[0].why).toMatch(/江苏黄海金融控股集团/);
    expect(ds[0].plans).toEqual(['yancheng-2022-2024', 'yancheng-2025-2027']);
    expect([...ds[0].lead, ...ds[0].responsible].map((c) => c.id).sort()).toEqual(['3-26', 'annex-2-r27']);
    const find = departmentLookup(ds);
    expect(find('盐城', '黄海金控')).toBe(ds[0]);
    expect(find('盐城', '黄海金控集团')).toBe(ds[0]);
  });

  it('without the table the two names stay two departments (nothing is merged by guess)', () => {
    const ds = cityDepartments([short, full], (p) => CITY[p], ORDER, pinyinSlug, []);
    expect(ds.map((d) => d.name)).toEqual(['黄海金控', '黄海金控集团']);
  });

  it('keeps 市档案局 and 市档案馆 apart, even when one clause names both', () => {
    const ds = cityDepartments([archiveBureau, archive], (p) => CITY[p], ORDER, pinyinSlug);
    expect(ds.map((d) => d.name)).toEqual(['市档案局', '市档案馆']);
    expect(ds.map((d) => d.why)).toEqual([null, null]);
  });

  it('merges only in the city the entry names', () => {
    const elsewhere: Department = { ...short, responsible: [cl('suzhou-2021-2023', '2-1-1')], plans: ['suzhou-2021-2023'] };
    const ds = cityDepartments([elsewhere, full], (p) => CITY[p], ORDER, pinyinSlug);
    expect(ds.map((d) => [d.city, d.name])).toEqual([['苏州', '黄海金控'], ['盐城', '黄海金控集团']]);
  });

  it('counts a clause naming one body by two names once', () => {
    const both: Department[] = [
      // Crafted: one clause printing both names.
      { ...short, responsible: [cl('yancheng-2025-2027', 'annex-2-r27')], plans: ['yancheng-2025-2027'] },
      { ...full, lead: [], responsible: [cl('yancheng-2025-2027', 'annex-2-r27')] },
    ];
    const [d] = cityDepartments(both, (p) => CITY[p], ORDER, pinyinSlug);
    expect(d.responsible).toHaveLength(1);
  });

  it('refuses a table that gives one name to two bodies', () => {
    const bad: DepartmentAlias[] = [
      { city: '盐城', name: '甲', aliases: ['乙'], why: '' },
      { city: '盐城', name: '丙', aliases: ['乙'], why: '' },
    ];
    expect(() => aliasResolver(bad)).toThrow(/乙/);
  });
});

describe('the reviewed alias table', () => {
  const aliasOf = aliasResolver(DEPARTMENT_ALIASES);
  const shownAs = (city: string, name: string) => aliasOf(city, name)?.name ?? name;

  it('gives every entry a reason, and no name is both an alias and a shown name in one city', () => {
    for (const e of DEPARTMENT_ALIASES) {
      expect(e.why.length, e.name).toBeGreaterThan(10);
      expect(e.aliases, e.name).not.toContain(e.name);
      for (const other of DEPARTMENT_ALIASES) if (other.city === e.city) expect(other.aliases, e.name).not.toContain(e.name);
    }
  });

  it('never merges a pair reviewed as two bodies', () => {
    for (const { city, names, why } of DISTINCT_DEPARTMENTS) {
      expect(shownAs(city, names[0]), why).not.toBe(shownAs(city, names[1]));
    }
  });

  it('names only departments the seeds print (each alias and its name, content/analysis/departments.json)', () => {
    const printed = new Set(loadDepartments().map((d) => d.name));
    for (const e of DEPARTMENT_ALIASES) for (const n of [e.name, ...e.aliases]) expect(printed.has(n), n).toBe(true);
    for (const { names } of DISTINCT_DEPARTMENTS) for (const n of names) expect(printed.has(n), n).toBe(true);
  });
});
