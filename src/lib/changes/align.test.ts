import { describe, expect, it } from 'vitest';
import { ALIGN_PARAMS, alignPlans, CONFIDENCE_FIT, confidenceFormula, confidenceOf, linksOf, MIN_CONFIDENCE, scorePairs, STRONG } from './align';
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

  it('links a fair match only when it is (near) the later clause’s best, or a better one when it is (near) the earlier clause’s', () => {
    const params = { ...ALIGN_PARAMS, strong: 3, fair: 1.5, earlierFair: 0.5, near: 0.9 };
    const ids = (n: number, p: string) => Array.from({ length: n }, (_, i) => ({ id: `${p}${i}` }));
    // Rows: later clauses; columns: earlier clauses.
    const grid = [
      [3.2, 0.1, 0.1], // ≥ strong: linked whatever else
      [1.6, 1.5, 0.2], // 1.6 its best and ≥ fair; 1.5 within 0.9 of it: both linked
      [0.4, 1.3, 0.3], // 1.3 its best but < fair, and not within 0.9 of e1's best (1.5): unlinked
      [0.2, 0.2, 0.6], // 0.6 < fair, but e2's best and ≥ earlierFair: linked
    ];
    const scores = grid.map((row, j) => row.map((score, i) => ({ earlier: i, later: j, score, sameLevel: true, paragraphs: [0, 0] as [number, number], phrases: [], phraseScore: 0, text: 0, sentence: 0, themes: 0, apart: false })));
    const got = linksOf(ids(3, 'e'), ids(4, 'l'), scores, params, CONFIDENCE_FIT, 0).map((l) => `${l.earlier}-${l.later}`);
    expect(got).toEqual(['e0-l0', 'e0-l1', 'e1-l1', 'e2-l3']);
    // Links below the least confidence are not shown: under a curve crossing 0.5 at score 1, e2-l3 (0.6) goes.
    const shown = linksOf(ids(3, 'e'), ids(4, 'l'), scores, params, { slope: 2, intercept: -2 }, 0.5).map((l) => `${l.earlier}-${l.later}`);
    expect(shown).toEqual(['e0-l0', 'e0-l1', 'e1-l1']);
    expect(MIN_CONFIDENCE).toBe(0.5);
  });

  it('reads a renamed body as the same (领导小组 → 联席会议): the later 保障措施 continues the earlier one', () => {
    const e = [
      unit('3-25', [['组织', '领导'], ['成立', '领导小组', '统筹', '协调', '重大问题']], { themes: ['organisation'] }),
      unit('3-28', [['营造', '氛围'], ['论坛', '讲座', '培训', '科普']], { themes: ['organisation'] }),
    ];
    const l = [unit('3', [['发挥', '联席会议', '协调机制', '统筹规划', '协调', '各方']], { themes: ['organisation'] })];
    const s = scorePairs(e, l)[0];
    expect(s[0].score).toBeGreaterThan(s[1].score);
    expect(s[0].phrases).toContain('统筹协调');
    expect(alignPlans(e, l).map((x) => x.earlier)).toContain('3-25');
  });

  it('discounts the words of clauses tagged with no theme in common (态势感知 for security vs. for city governance)', () => {
    const words = ['态势感知', '监测预警', '应急指挥'];
    const e = [unit('2-8-22', [['网络安全', ...words]], { themes: ['security'] })];
    const apart = unit('2-4-2', [['城市', '治理', ...words]], { themes: ['city-governance'] });
    const [p] = scorePairs(e, [apart])[0];
    expect(p.apart).toBe(true);
    expect(ALIGN_PARAMS.apart).toBeLessThan(1);
    const none = { ...ALIGN_PARAMS, apart: 0 };
    expect(scorePairs(e, [apart], none)[0][0].score).toBe(0);
    expect(alignPlans(e, [apart], none)).toEqual([]);
    // The same clause with a theme in common links on its words; untagged, it is not judged apart.
    expect(alignPlans(e, [{ ...apart, themes: ['security', 'city-governance'] }], none)).toHaveLength(1);
    const untagged = scorePairs(e, [{ ...apart, themes: [] }], none)[0][0];
    expect(untagged.apart).toBe(false);
    expect(untagged.score).toBeGreaterThan(0);
  });

  it('weighs the evidence with the parameters given (a rule that links nothing links nothing)', () => {
    const never = { ...ALIGN_PARAMS, strong: Infinity, fair: Infinity, earlierFair: Infinity };
    expect(alignPlans(earlier, later, never)).toEqual([]);
    const textOnly = { ...ALIGN_PARAMS, phrases: 0, sentence: 0, themes: 0, apart: 1 };
    for (const p of scorePairs(earlier, later, textOnly).flat()) if (p.score >= 0) expect(p.score).toBeCloseTo(textOnly.text * p.text);
  });

  it('reads a score as a confidence through the fitted logistic curve: rising, 0.5 where the curve crosses it', () => {
    const mid = -CONFIDENCE_FIT.intercept / CONFIDENCE_FIT.slope;
    expect(confidenceOf(mid)).toBe(0.5);
    expect(confidenceOf(mid + 1)).toBeGreaterThan(confidenceOf(mid));
    expect(confidenceOf(-1)).toBeGreaterThanOrEqual(0);
    expect(confidenceOf(100)).toBe(1);
    expect(confidenceFormula({ slope: 2, intercept: -1.5 })).toBe('1 / (1 + e^−(2 × score − 1.5))');
  });

  it('returns nothing for an empty plan', () => {
    expect(alignPlans([], later)).toEqual([]);
    expect(alignPlans(earlier, [])).toEqual([]);
  });
});
