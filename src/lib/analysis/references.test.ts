import { describe, expect, it } from 'vitest';
import { citingPlansOf, planReferences, referenceName, referenceRole, references, type CitationData } from './references';

const c = (plan: string, id: string, role: 'basis' | 'produce' | 'mention' = 'basis') => ({ plan, id, url: `/plans/${plan}/${id}/`, role });
const ORDER = ['suzhou-2021-2023', 'taizhou-zhidao-yijian', 'yancheng-2022-2024', 'yancheng-2024'];

// Shapes from content/analysis/citations.json on the real seeds.
const data: CitationData = {
  documents: [
    { key: '江苏省数字经济促进条例', title: '江苏省数字经济促进条例', docNumber: null, plan: null, citedBy: [c('yancheng-2022-2024', 'preamble')] },
    {
      key: '苏发〔2022〕7号',
      title: '中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见',
      docNumber: '苏发〔2022〕7号',
      plan: null,
      citedBy: [c('yancheng-2022-2024', 'preamble'), c('taizhou-zhidao-yijian', 'preamble')],
    },
    // A plan's issuing notice names the plan itself: not a citation.
    { key: '2024年数字盐城工作要点', title: '2024年数字盐城工作要点', docNumber: null, plan: 'yancheng-2024', citedBy: [c('yancheng-2024', 'notice', 'mention')] },
    // 盐城 2024 工作要点 4-10: a document the plan promises to produce (出台《…》).
    { key: '公共数据异议处理细则', title: '公共数据异议处理细则', docNumber: null, plan: null, citedBy: [c('yancheng-2024', '4-10', 'produce')] },
    // 苏州 preamble: a mention (在全会通过的《…》).
    { key: '十四五建议', title: '中共中央关于制定国民经济和社会发展第十四个五年规划和二○三五年远景目标的建议', docNumber: null, plan: null, citedBy: [c('suzhou-2021-2023', 'preamble', 'mention')] },
    // Crafted: one corpus plan cited by another.
    { key: '苏数字发〔2022〕4号', title: null, docNumber: '苏数字发〔2022〕4号', plan: 'suzhou-2021-2023', citedBy: [c('yancheng-2024', '1-1')] },
  ],
};

describe('references', () => {
  const refs = references(data, ORDER);

  it('lists documents by role — rested on, to be produced, mentioned — shared ones first, and drops self-citations', () => {
    expect(refs.map((r) => [r.key, r.role])).toEqual([
      ['苏发〔2022〕7号', 'basis'],
      ['江苏省数字经济促进条例', 'basis'],
      ['苏数字发〔2022〕4号', 'basis'],
      ['公共数据异议处理细则', 'produce'],
      ['十四五建议', 'mention'],
    ]);
    expect(refs[0].citingPlans).toEqual(['taizhou-zhidao-yijian', 'yancheng-2022-2024']);
    expect(refs[0].citedBy.map((x) => x.plan)).toEqual(['taizhou-zhidao-yijian', 'yancheng-2022-2024']);
    expect(new Set(refs.map((r) => r.anchor)).size).toBe(refs.length);
    for (const r of refs) expect(r.anchor).toMatch(/^ref-[0-9a-z]{6}$/);
  });

  it('gives each plan what it cites and who cites it', () => {
    const byPlan = new Map(planReferences(refs, ORDER).map((p) => [p.plan, p]));
    expect(byPlan.get('yancheng-2022-2024')!.cites.map((r) => r.key)).toEqual(['苏发〔2022〕7号', '江苏省数字经济促进条例']);
    expect(byPlan.get('suzhou-2021-2023')!.citedBy).toEqual([c('yancheng-2024', '1-1')]);
    expect(byPlan.get('yancheng-2024')!.citedBy).toEqual([]);
    // What a plan promises to produce is not what it cites.
    expect(byPlan.get('yancheng-2024')!.cites.map((r) => r.key)).toEqual(['苏数字发〔2022〕4号']);
    expect(byPlan.get('yancheng-2024')!.produces.map((r) => r.key)).toEqual(['公共数据异议处理细则']);
  });

  it('a document one plan rests on and another promises is listed as rested on; the graph links only citations', () => {
    const mixed = references(
      { documents: [{ key: '甲', title: '甲', docNumber: null, plan: null, citedBy: [c('yancheng-2024', '4-10', 'produce'), c('suzhou-2021-2023', '1', 'basis')] }] },
      ORDER,
    );
    expect(mixed[0].role).toBe('basis');
    expect(mixed[0].citingPlans).toEqual(['suzhou-2021-2023', 'yancheng-2024']);
    expect(citingPlansOf(mixed[0])).toEqual(['suzhou-2021-2023']);
    expect(referenceRole([{ role: 'mention' }, { role: 'produce' }])).toBe('produce');
    expect(referenceRole([{ role: 'mention' }])).toBe('mention');
  });

  it('names references as read', () => {
    expect(referenceName(refs[0])).toBe('《中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见》(苏发〔2022〕7号)');
    expect(referenceName({ title: null, docNumber: '泰政发〔2021〕118号' })).toBe('泰政发〔2021〕118号');
    expect(referenceName({ title: '江苏省数字经济促进条例', docNumber: null })).toBe('《江苏省数字经济促进条例》');
  });
});
