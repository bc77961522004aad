import { describe, expect, it } from 'vitest';
import { themeSlugs } from '~/data/themes';
import { ruleEvidence } from './tag-features';
import { loadJiebaFirst, tag } from './testing';

loadJiebaFirst();

const of = (slug: string, text: string, heading: string | null = null, context: string[] = [], groups?: string[]) =>
  ruleEvidence({ text, heading, context, groups }).themes.find((t) => t.slug === slug)!;

describe('ruleEvidence: the rules\' features of a clause, as data', () => {
  it('a real 盐城 2025–2027 item: roles, kinds, counts, in lookup order', () => {
    const text =
      '3.加快发展数字支撑产业。加快盐城海洋智算中心建设运营,搭建全市算力调度平台,积极融入全国统一算力服务大市场。到2027年,全市算力规模突破20000P,算力产业规模超50亿元。出台培育壮大数据企业行动方案,聚焦数据标注、交易、应用等领域,加快数据资源、应用场景、数据企业、数据产业集聚。(市工信局、市发改委、市数据局、市通管办、市大数据集团等按职责分工负责)';
    const e = ruleEvidence({ text, heading: '加快发展数字支撑产业', context: ['重点任务', '数字产业升级行动'] });
    expect(e.mode).toBe('plan');
    expect(e.silence).toBeNull();
    expect(e.length).toBeGreaterThan(80);
    expect(e.themes.map((t) => t.slug)).toEqual([...themeSlugs]);
    const computing = e.themes.find((t) => t.slug === 'computing-power')!;
    expect(computing.hits).toEqual([
      { phrase: '智算中心', role: 'term', kind: 'real', count: 1, passing: [] },
      { phrase: '算力产业', role: 'term', kind: 'targeted', count: 1, passing: [] },
      { phrase: '算力规模', role: 'term', kind: 'targeted', count: 1, passing: [] },
      { phrase: '算力调度', role: 'term', kind: 'real', count: 1, passing: [] },
      { phrase: '算力', role: 'key', kind: 'real', count: 1, passing: [] },
    ]);
    expect(computing).toMatchObject({ heading: false, part: false, context: false });
    // 数据标注 is one example of a list closed by 等.
    expect(of('data-elements', text).hits.find((h) => h.phrase === '数据标注')).toMatchObject({ kind: 'passing', passing: ['listed'] });
  });

  it('a silent clause still lists its hits, with the rule that silenced it', () => {
    const e = ruleEvidence({ text: '公共数据,是指行政机关在履行职责过程中采集、产生的各类数据。', heading: null, context: [] });
    expect([e.mode, e.silence]).toEqual(['silent', 'definition']);
    expect(e.themes.find((t) => t.slug === 'data-elements')!.hits.map((h) => h.phrase)).toEqual(['公共数据']);
  });

  it('headings: the clause\'s own (heading), a part term above it (part), a heading term above it or in its group (context)', () => {
    expect(of('organisation', '统筹市级专项资金使用方向。', null, ['保障措施'])).toMatchObject({ part: true, context: true });
    expect(of('organisation', '推进网络安全专业培训。', null, [], ['一、体系保障(5项)'])).toMatchObject({ part: false, context: false });
    expect(of('data-elements', '推进开放。', '强化数据资源管理')).toMatchObject({ heading: true });
    expect(of('data-elements', '推进开放。', null, [], ['数据价值化加快释放'])).toMatchObject({ heading: false, context: true });
  });

  it('longer phrases claim their text first: 数字基础设施 is not also 基础设施', () => {
    expect(of('digital-infrastructure', '加快建设数字基础设施,提升服务能力,推动各类应用场景落地。').hits.map((h) => h.phrase)).toEqual(['数字基础设施']);
  });
});

describe('tagThemes on real clauses: exclusions and parts', () => {
  it('respects exclusions: 关键信息基础设施 is security, not infrastructure building', () => {
    const text = '强化网络安全等级保护和关键信息基础设施安全保护,开展网络安全风险评估,持续开展网络安全宣传周活动。';
    const tags = tag(text, '提升网络安全防护能力');
    expect(tags).toContain('security');
    expect(tags).not.toContain('digital-infrastructure');
  });


  it('puts everything under 保障措施 in 组织保障', () => {
    expect(tag('统筹市级专项资金使用方向,加大对数字经济发展支持力度。', null, ['保障措施'])).toContain('organisation');
  });

});
