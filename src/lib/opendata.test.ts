import { describe, expect, it } from 'vitest';
import { BOM, clauseRow, clausesCsv, csvField, planFile, planFileUrl, planRow, themeRow, toCompactJson, toJson } from './opendata';
import { clause, seedPlans } from './testing';

describe('rows keep exactly the contract', () => {
  it('plans.json rows have the contract keys only, unknowns null', () => {
    const row = planRow(seedPlans.find((p) => p.slug === 'taizhou-zhidao-yijian')!);
    expect(Object.keys(row)).toEqual([
      'slug', 'url', 'city', 'title', 'source', 'issuer', 'docNumber', 'date', 'period', 'kind',
      'province', 'noticeTitle', 'publishedDate', 'sourceUrl', 'pkulawCode', 'status', 'format', 'provenance',
    ]);
    expect(row).toMatchObject({ issuer: null, docNumber: null, date: null, period: null, kind: '指导意见', noticeTitle: null, pkulawCode: null, status: null });
  });
  it('clauses.json rows have the contract keys only', () => {
    const row = clauseRow(clause({ id: '2-3-1', plan: 'yancheng-2025-2027', path: ['二', '(三)', '1'], titles: ['重点任务', '数据价值释放行动'], heading: '强化数据资源管理', themes: ['data-elements'] }));
    expect(Object.keys(row)).toEqual(['id', 'plan', 'url', 'path', 'titles', 'heading', 'text', 'cells', 'themes', 'departments', 'deadline']);
    expect(row.titles).toEqual(['重点任务', '数据价值释放行动']);
    expect(row.url).toBe('/plans/yancheng-2025-2027/2-3-1/');
  });
  it('a plan’s file holds its row, where it is, and its clauses with pinpoints, and fits its schema', () => {
    const plan = seedPlans.find((p) => p.slug === 'taizhou-zhidao-yijian')!;
    const file = planFile(plan, [clause({ id: '1', plan: plan.slug, pinpoint: '第一部分', themes: ['talent'] })], () => 2);
    expect(Object.keys(file)).toEqual([...Object.keys(planRow(plan)), 'provinceCode', 'divisionCode', 'label', 'clauseCount', 'clauses']);
    expect(file).toMatchObject({ slug: 'taizhou-zhidao-yijian', province: '江苏', provinceCode: '320000', divisionCode: '321200', label: '指导意见', clauseCount: 1 });
    expect(file.clauses[0]).toMatchObject({ id: '1', pinpoint: '第一部分', themes: ['talent'], url: '/plans/taizhou-zhidao-yijian/1/', similar: 2 });
    expect(planFileUrl(plan.slug)).toBe('/data/plans/taizhou-zhidao-yijian.json');
  });
  it('themes.json rows link to the theme page', () => {
    expect(themeRow({ slug: 'computing-power', label: '算力' })).toEqual({ slug: 'computing-power', label: '算力', url: '/themes/computing-power/' });
  });
  it('JSON ends with a newline; the per-plan files are compact', () => {
    expect(toJson([1])).toBe('[\n  1\n]\n');
    expect(toCompactJson({ a: [1] })).toBe('{"a":[1]}\n');
  });
});

describe('clauses.csv', () => {
  it('quotes commas, quotes and newlines (RFC 4180) and leaves plain fields alone', () => {
    expect(csvField('市数据局')).toBe('市数据局');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
  });
  it('starts with a BOM and a header, one CRLF row per clause, lists joined by ;', () => {
    const csv = clausesCsv([
      clauseRow(clause({ id: 'notice', plan: 'p', paragraphs: ['各县(市、区)人民政府,', '现印发给你们。'], departments: { lead: ['市工信局'], responsible: ['市数据局', '市发改委'] }, themes: ['a', 'b'] })),
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('plan,id,url,path,titles,heading,text,themes,departments_lead,departments_responsible,deadline');
    expect(lines[1]).toBe('p,notice,/plans/p/notice/,,,,"各县(市、区)人民政府,\n现印发给你们。",a;b,市工信局,市数据局;市发改委,');
    expect(lines[2]).toBe('');
  });
});
