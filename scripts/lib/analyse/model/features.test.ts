import { describe, expect, it } from 'vitest';
import { ruleEvidence, scoreEvidence } from '../tag';
import { ruleFeatures, wordFeatures } from './features';

const input = (text: string, heading: string | null = null, context: string[] = []) => ({ text, heading, context });
/** The rule features of a clause for one theme. */
const rulesOf = (slug: string, text: string, heading: string | null = null, context: string[] = []) => {
  const evidence = ruleEvidence(input(text, heading, context));
  const k = evidence.themes.findIndex((t) => t.slug === slug);
  return ruleFeatures(evidence, evidence.themes[k], scoreEvidence(evidence)[k]);
};

describe('wordFeatures', () => {
  it('reads jieba words (dictionary terms whole) of text, own heading and enclosing headings, each with its prefix', () => {
    const f = wordFeatures(input('建设智算中心,算力规模达到500P。', '夯实算力底座', ['重点任务']));
    expect(f).toContain('w:智算中心');
    expect(f).toContain('h:算力');
    expect(f).toContain('c:任务');
  });
  it('leaves out numbers, single characters, and the department trailer', () => {
    const f = wordFeatures(input('建设智算中心,算力规模达到500P。(责任部门:市数据局,完成时间:2024年12月底前)'));
    expect(f.some((w) => /\d/.test(w))).toBe(false);
    expect(f.every((w) => w.length >= 4)).toBe(true); // prefix + at least two characters
    expect(f).not.toContain('w:市数据局');
  });
  it('is sorted and distinct', () => {
    const f = wordFeatures(input('数据要素,数据要素,数据要素。'));
    expect(f).toEqual([...new Set(f)].sort());
  });
});

describe('ruleFeatures', () => {
  it('a clause the rules silence has only the silent feature', () => {
    expect(rulesOf('data-elements', '《某市公共数据管理办法》已经市政府同意,现印发给你们,请认真贯彻落实。')).toEqual({ 'silent:notice': 1 });
  });
  it('a real key-term mention: assigned, a ratio ≥ 1, counted as real', () => {
    const f = rulesOf('computing-power', '加快建设智算中心,提升算力供给能力,推动算力资源统筹调度和普惠使用。');
    expect(f.assigned).toBe(1);
    expect(f.ratio).toBeGreaterThanOrEqual(1);
    expect(f['real:key']).toBeGreaterThanOrEqual(1);
    expect(f.short).toBe(1);
  });
  it('a listed mention is passing; a quantified one is targeted; the clause heading is heading evidence', () => {
    const text = '聚焦新型显示、智能网联汽车、机器人、光伏等重点产业链,梳理产业链上下游企业清单,推动大中小企业融通发展,提升产业链供应链协同水平。';
    const listed = rulesOf('artificial-intelligence', text);
    expect(listed['passing:listed']).toBe(1);
    expect(listed.assigned).toBeUndefined();
    expect(rulesOf('computing-power', '推动云计算、大数据等新一代信息技术与实体经济深度融合。')['passing:listed']).toBe(1);
    const targeted = rulesOf('smart-agriculture', '到2027年,农业生产信息化率达65%。');
    expect(targeted['targeted:term']).toBe(1);
    expect(rulesOf('talent', '实施专项计划。', '强化数字人才引育').heading).toBe(1);
    expect(rulesOf('data-elements', '加快培育数据要素市场。', null, ['指导思想']).guidance).toBe(1);
  });
});
