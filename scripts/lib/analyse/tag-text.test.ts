import { describe, expect, it } from 'vitest';
import { analysisText, prepare, sectionMode } from './tag-text';
import { loadJiebaFirst, evidence, tag } from './testing';

loadJiebaFirst();

describe('what the tagger reads (analysisText)', () => {
  it('ignores department names in the trailer', () => {
    const body = '13.加强数字经济宣传。开展数字经济专题培训。(市农业农村局、市大数据集团等按职责分工负责)';
    expect(analysisText(body)).not.toContain('农业农村局');
    expect(tag(body)).not.toContain('smart-agriculture');
    expect(tag(body)).not.toContain('data-elements');
  });


  it('handles PDF spacing and full-width forms', () => {
    expect(tag('全面推进企业“智 改数转”,建设智能 工厂。')).toContain('smart-manufacturing');
    expect(tag('推进ＩＰｖ６规模部署,加快５Ｇ基站建设,建设千兆光网。')).toContain('digital-infrastructure');
  });

});

describe('prepare: token starts, cited titles, sentences of purpose', () => {
  it('token starts come from jieba with the taxonomy phrases whole', () => {
    const p = prepare('推进算力网络建设,提升计算力。');
    expect(p.starts.has('推进'.length)).toBe(true);
    // 计算力 is one token: its 算力 does not start on a token.
    expect(p.starts.has('推进算力网络建设,提升计'.length)).toBe(false);
    expect(p.starts.has(p.text.length)).toBe(true);
  });

  it('finds every cited title and every sentence of purpose, as spans of the folded text', () => {
    const text = '为推进数字经济发展,制定本方案。落实《某省数据条例》,推进公共数据开放。研究制定公共数据管理办法。';
    const p = prepare(text);
    expect(p.cited.map(([a, b]) => text.slice(a, b))).toEqual(['《某省数据条例》']);
    expect(p.purpose.map(([a, b]) => text.slice(a, b))).toEqual(['为推进数字经济发展,制定本方案。']);
  });
});

describe('sectionMode: which rule makes a clause commit to nothing, or a section of guidance', () => {
  const mode = (text: string, heading: string | null = null, context: string[] = []) =>
    sectionMode({ text, heading, context }, analysisText(text));

  it('names the rule: notice, definition, retrospect; guidance; plan', () => {
    expect(mode('现将《某市方案》印发给你们,请认真贯彻落实。')).toEqual({ mode: 'silent', silence: 'notice' });
    expect(mode('公共数据,是指行政机关在履行职责过程中采集、产生的各类数据。')).toEqual({ mode: 'silent', silence: 'definition' });
    expect(mode('累计建成5G基站3.2万个。', null, ['发展基础和面临形势'])).toEqual({ mode: 'silent', silence: 'retrospect' });
    expect(mode('累计建成5G基站3.2万个。', '发展成就')).toEqual({ mode: 'silent', silence: 'retrospect' });
    expect(mode('指导思想。\n坚持创新引领。')).toEqual({ mode: 'guidance', silence: null });
    expect(mode('坚持创新引领。', null, ['总体要求', '基本原则'])).toEqual({ mode: 'guidance', silence: null });
    expect(mode('推进公共数据开放。', null, ['主要任务'])).toEqual({ mode: 'plan', silence: null });
    // A principle of a 管理办法 is read as guidance, whatever its section (PRINCIPLE_SENTENCE, or an article headed 原则).
    expect(mode('公共数据开放应当遵循“统筹部署、安全可控”的原则。', null, ['总则'])).toEqual({ mode: 'guidance', silence: null });
    expect(mode('算力券的使用应遵守相关的法律法规。', '原则', ['总则'])).toEqual({ mode: 'guidance', silence: null });
  });

  it('a call for comments, a preamble ending in its purpose, a scope article are silent too', () => {
    expect(mode('为贯彻落实国务院文件,起草了《某省数字政府大脑建设总体方案》,现公开向社会征求意见。')).toEqual({
      mode: 'silent',
      silence: 'consultation',
    });
    // The background and basis before the sentence of purpose: the whole preamble says why (wuhan-suanli, blind15).
    const preamble = '算力是集信息计算力、网络运载力于一体的新型生产力。近年来,算力基础设施呈现多元泛在特征。为加快我市算力基础设施发展,特制订本方案。';
    expect(mode(preamble)).toEqual({ mode: 'silent', silence: 'purpose' });
    expect(mode(`${preamble}\n`)).toEqual({ mode: 'silent', silence: 'purpose' });
    // A sentence of purpose followed by what the document commits to: not silenced as a whole.
    expect(mode('为推进算力发展,制定本方案。到2027年,全市算力规模达到10EFlops。')).toEqual({ mode: 'plan', silence: null });
    expect(mode('本市行政区域内公共数据开放活动,适用本办法。')).toEqual({ mode: 'silent', silence: 'scope' });
  });

  it('a notice or a definition is silent even under a section of guidance', () => {
    expect(mode('现将《某市方案》印发给你们。', null, ['指导思想'])).toEqual({ mode: 'silent', silence: 'notice' });
  });
});

describe('what commits to nothing: notices, purposes, cited titles, retrospect and guidance sections', () => {
  it('an issuing notice takes no theme, whatever its issuer or the title it passes on (ISSUING_NOTICE)', () => {
    const notice =
      '各县(市、区)人民政府,市各有关部门:\n《某市公共数据授权运营实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n某市网络安全和信息化委员会\n2024年1月1日';
    expect(tag(notice)).toEqual([]);
    expect(evidence('data-elements', notice)).toEqual(['[silent]']);
  });

  it('a mention inside a cited title is passing (CITED_TITLE); one outside it still counts', () => {
    const cited = '认真贯彻落实《某省公共数据管理办法》,进一步健全工作机制,压实各方责任,确保各项任务按期完成,形成上下联动、齐抓共管的良好局面。';
    expect(tag(cited)).not.toContain('data-elements');
    expect(evidence('data-elements', cited)).toContain('《公共数据》');
    expect(tag('落实《某省数据条例》,推进公共数据分级分类开放,建立公共数据开放清单动态更新机制,每年更新开放目录,提升开放数据质量和可用性。')).toContain('data-elements');
    // A short row that issues a document on the theme is still read as about it (passing evidence settles a short row).
    expect(tag('4 | 出台《盐城市具身智能机器人产业发展行动计划(2025-2027年)》及支持政策措施。')).toContain('artificial-intelligence');
  });

  it('a sentence of purpose is passing (PURPOSE_SENTENCE): 制定本方案, 特制定…, 现制定…如下', () => {
    expect(tag('为加快推进公共数据授权运营,培育数据要素市场,根据有关文件精神,结合我市实际,制定本方案。')).toEqual([]);
    expect(tag('为加快培育壮大数字经济,推进数字产业化和产业数字化发展,打造数字经济发展高地,特制定某市数字经济创新发展行动计划。')).toEqual([]);
    expect(tag('为充分释放数据要素价值,统筹推进数字政府、数字经济、数字社会建设,现制定某省数字化建设2024年工作要点如下。')).toEqual([]);
    // A task to draw up a document is a commitment, not a purpose.
    expect(tag('研究制定公共数据授权运营管理办法,明确授权条件、运营规则和收益分配机制,推动公共数据授权运营规范有序开展。')).toContain('data-elements');
  });

  it('sections that look back take no theme (RETROSPECT_HEADING); a task heading that merely says 发展基础 is not one', () => {
    const achieved = '累计建成5G基站3.2万个,建成数据中心10个,机架总量达到1.4万架,千兆光网覆盖全部城镇地区,网络基础设施水平位居全省前列。';
    expect(tag(achieved, null, ['发展基础和面临形势', '发展基础'])).toEqual([]);
    expect(tag(achieved, null, ['发展成就'])).toEqual([]);
    expect(tag(achieved, null, ['主要任务', '夯实数字经济发展基础'])).toContain('digital-infrastructure');
  });

  it('definitions commit to nothing (DEFINITION): 下列用语的含义, "X,是指…", "本办法所称X是指…"', () => {
    expect(tag('本办法下列用语的含义:\n(一)公共数据,是指行政机关在履行职责过程中采集、产生的各类数据。')).toEqual([]);
    expect(tag('公共数据,是指国家机关和法律、法规授权的具有管理公共事务职能的机构在履行公共管理职责过程中采集、产生的各类数据。')).toEqual([]);
    expect(tag('本办法所称数据要素市场是指数据资源流通交易的场所。')).toEqual([]);
    // "是指" inside a task is no definition.
    expect(tag('推进公共数据授权运营,完善公共数据开放目录,明确授权运营是指导数据开发利用的重要方式。')).toContain('data-elements');
  });

  it('in a section of guidance only a quantified target counts (GUIDANCE_HEADING), be it a heading or a first line', () => {
    const direction = '坚持以习近平新时代中国特色社会主义思想为指导,加快培育数据要素市场,加速数据要素价值化,有效释放数据要素新动能,为全市高质量发展提供有力支撑。';
    expect(tag(direction)).toContain('data-elements');
    expect(tag(direction, null, ['总体要求', '指导思想'])).not.toContain('data-elements');
    expect(tag(`指导思想。\n${direction}`, null, ['总体要求'])).not.toContain('data-elements');
    expect(evidence('data-elements', direction, null, ['指导思想'])).toContain('^数据要素');
    const target = '坚持创新引领,加快培育数据要素市场,到2027年数据交易额达到10亿元,为全市高质量发展提供有力支撑。';
    expect(tag(target, null, ['总体要求', '基本原则'])).toContain('data-elements');
  });
});
