import { describe, expect, it } from 'vitest';
import { alignPlans, confidenceOf, EARLIER_FAIR, FAIR, scorePairs, STRONG } from './align';
import { unit } from './testing';

// Words as in 盐城's plans: 2022–2024 第二部分 items and 2025–2027 重点任务 items (shortened).
const earlier = [
  unit('2-7-21', [['黄海明珠人才计划', '数字经济', '创新团队', '专业技术人才', '数字工匠', '实训基地', '人才培养']], { themes: ['talent'] }),
  unit('2-8-22', [['网络安全', '态势感知', '监测预警', '应急指挥', '等级保护', '关键信息基础设施']], { themes: ['security'] }),
  unit('2-8-23', [['数据安全', '分类分级', '个人信息', '重要数据', '安全监管', '全生命周期']], { themes: ['security'] }),
  unit('2-3-9', [['服务型制造', '云逛街', '智慧零售', '康养', '影视基地']], { themes: ['digital-commerce'] }),
  unit('1-2-1', [['数字经济核心产业', '增加值', '规上企业', '头部企业']], { themes: ['digital-industry'], level: 'goal' }),
];
const later = [
  unit('2-5-4', [['黄海明珠人才计划', '人才工程', '数字经济', '人才队伍', '实训基地', '复合型']], { themes: ['talent'] }),
  unit('2-5-5', [['数据安全', '分类分级', '全生命周期', '密码', '关键信息基础设施', '网络安全', '安全互联']], { themes: ['security'] }),
  unit('2-1-2', [['具身智能', '机器人', '人形机器人', '大模型', '产业园']], { themes: ['artificial-intelligence'] }),
  unit('2-5-1', [['数字经济核心产业', '规上企业', '高新技术企业', '专精特新']], { themes: ['digital-industry'] }),
];

describe('alignPlans', () => {
  const links = alignPlans(earlier, later);
  const of = (id: string) => links.filter((l) => l.later === id).map((l) => l.earlier);

  it('links a reworded clause to the one it continues (the same named programme), with a confidence', () => {
    expect(of('2-5-4')).toEqual(['2-7-21']);
    const l = links.find((x) => x.later === '2-5-4')!;
    expect(l.confidence).toBeGreaterThanOrEqual(confidenceOf(STRONG));
    expect(l.confidence).toBeLessThanOrEqual(1);
  });

  it('lets one later clause continue several earlier ones (网络安全 and 数据安全 merged into one 安全防线)', () => {
    expect(of('2-5-5')).toEqual(['2-8-22', '2-8-23']);
  });

  it('leaves a clause about something new unlinked, and an earlier one nobody continues unlinked', () => {
    expect(of('2-1-2')).toEqual([]);
    expect(links.some((l) => l.earlier === '2-3-9')).toBe(false);
  });

  it('never links a goal to a task, however alike (规上企业 as a target vs. as a task)', () => {
    expect(of('2-5-1')).toEqual([]);
    const goal = unit('1', [['数字经济核心产业', '规上企业', '营业收入']], { themes: ['digital-industry'], level: 'goal' });
    expect(alignPlans(earlier, [goal]).map((l) => l.earlier)).toEqual(['1-2-1']);
  });

  it('is deterministic and depends only on the two plans, not their order', () => {
    expect(alignPlans(earlier, later)).toEqual(links);
    const sorted = (ls: typeof links) => [...ls].sort((a, b) => (a.later + a.earlier < b.later + b.earlier ? -1 : 1));
    expect(sorted(alignPlans([...earlier].reverse(), [...later].reverse()))).toEqual(sorted(links));
  });

  it('matches multi-paragraph clauses paragraph by paragraph and names the paragraphs', () => {
    const goals = unit('1', [['数字经济', '新机遇'], ['网络安全', '态势感知', '监测预警', '应急指挥', '等级保护']], { themes: ['security'] });
    const [link] = alignPlans([earlier[1]], [goals]);
    expect(link).toMatchObject({ earlier: '2-8-22', later: '1', paragraphs: [0, 1] });
  });

  it('links a fair match only when it is the later clause’s best, or a better one when it is the earlier clause’s', () => {
    const s = scorePairs(earlier, later);
    const fairNotStrong = s.flat().filter((p) => p.score >= FAIR && p.score < STRONG);
    for (const p of fairNotStrong) {
      const linked = links.some((l) => l.earlier === earlier[p.earlier].id && l.later === later[p.later].id);
      const bestLater = Math.max(...s[p.later].map((x) => x.score)) === p.score;
      const bestEarlier = Math.max(...s.map((row) => row[p.earlier].score)) === p.score;
      expect(linked).toBe(bestLater || (bestEarlier && p.score >= EARLIER_FAIR));
    }
  });

  it('returns nothing for an empty plan', () => {
    expect(alignPlans([], later)).toEqual([]);
    expect(alignPlans(earlier, [])).toEqual([]);
  });
});
