import { describe, expect, it } from 'vitest';
import { alignPlans, LINK_MIN, scorePairs } from './align';
import { unit } from './testing';

// Words as in 盐城's plans: 2022–2024 第二部分 items and 2025–2027 重点任务 items (shortened).
const earlier = [
  unit('2-7-21', [['黄海明珠人才计划', '数字经济', '创新团队', '专业技术人才', '数字工匠', '实训基地', '人才培养']], { heading: ['引育', '数字人才'], themes: ['talent'] }),
  unit('2-8-22', [['网络安全', '态势感知', '监测预警', '应急指挥', '等级保护', '关键信息基础设施']], { heading: ['网络安全', '防护能力'], themes: ['security'] }),
  unit('2-8-23', [['数据安全', '分类分级', '个人信息', '重要数据', '安全监管', '全生命周期']], { heading: ['数据安全', '保障体系'], themes: ['security'] }),
  unit('2-3-9', [['服务型制造', '云逛街', '智慧零售', '康养', '影视基地']], { heading: ['新模式', '新业态'], themes: ['digital-commerce'] }),
];
const later = [
  unit('2-5-4', [['黄海明珠人才计划', '人才工程', '数字经济', '人才队伍', '实训基地', '复合型']], { heading: ['数字人才', '引育'], themes: ['talent'] }),
  unit('2-5-5', [['数据安全', '分类分级', '全生命周期', '密码', '关键信息基础设施', '网络安全', '安全互联']], { heading: ['数字空间', '安全防线'], themes: ['security'] }),
  unit('2-1-2', [['具身智能', '机器人', '人形机器人', '大模型', '产业园']], { heading: ['数字技术', '应用产业'], themes: ['artificial-intelligence'] }),
];

describe('alignPlans', () => {
  const links = alignPlans(earlier, later);
  const of = (id: string) => links.filter((l) => l.later === id).map((l) => l.earlier);

  it('links a reworded clause to the one it continues, with a confidence', () => {
    expect(of('2-5-4')).toEqual(['2-7-21']);
    const l = links.find((x) => x.later === '2-5-4')!;
    expect(l.confidence).toBeGreaterThanOrEqual(LINK_MIN);
    expect(l.confidence).toBeLessThanOrEqual(1);
  });

  it('lets one later clause continue several earlier ones (网络安全 and 数据安全 merged into one 安全防线)', () => {
    expect(of('2-5-5')).toEqual(['2-8-22', '2-8-23']);
  });

  it('leaves a clause about something new unlinked, and an earlier one nobody continues unlinked', () => {
    expect(of('2-1-2')).toEqual([]);
    expect(links.some((l) => l.earlier === '2-3-9')).toBe(false);
  });

  it('is deterministic and depends only on the two plans', () => {
    expect(alignPlans(earlier, later)).toEqual(links);
    expect(alignPlans([...earlier].reverse(), later).sort((a, b) => (a.earlier < b.earlier ? -1 : 1))).toEqual(
      [...links].sort((a, b) => (a.earlier < b.earlier ? -1 : 1)),
    );
  });

  it('matches multi-paragraph clauses paragraph by paragraph and names the paragraphs', () => {
    const goals = unit('1', [['数字经济', '新机遇'], ['网络安全', '态势感知', '监测预警', '应急指挥', '等级保护']], { themes: ['security'] });
    const [link] = alignPlans([earlier[1]], [goals]);
    expect(link).toMatchObject({ earlier: '2-8-22', later: '1', paragraphs: [0, 1] });
  });

  it('scores every pair with its evidence', () => {
    const s = scorePairs(earlier, later);
    expect(s).toHaveLength(3);
    expect(s[0]).toHaveLength(4);
    expect(s[2].every((p) => p.score < LINK_MIN)).toBe(true);
  });
});
