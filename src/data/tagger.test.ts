import { describe, expect, it } from 'vitest';
import {
  CITED_TITLE,
  CONSULTATION_NOTICE,
  CONTEXT,
  DEADLINE_COLUMN,
  DEFINITION,
  DEPARTMENT_COLUMN,
  GROUP_CELL,
  GUIDANCE_HEADING,
  HEADING,
  ISSUING_NOTICE,
  ITEM_NUMBER,
  ITEM_TARGET_END,
  KEY,
  LEADING_LABEL,
  LIST_END_NEAR,
  PART,
  PHRASE_OPENING,
  PRINCIPLE_SENTENCE,
  PURPOSE_SENTENCE,
  QUALITATIVE_AIM,
  QUANTITY,
  REPEAT,
  REPEAT_CAP,
  RETROSPECT_HEADING,
  SCOPE_ARTICLE,
  STRONG,
  THRESHOLD_LONG,
  THRESHOLD_SHORT,
  TRAILER,
  WEAK,
  WEAK_CAP,
} from './tagger';

// The weights' invariants, and each pattern on the folded text the tagger reads (half-width ",", ";", ":", "(", ")"),
// real seed wording first. The vocabularies, lengths and delimiters are tested by what they do, beside the code that
// reads them (scripts/lib/analyse/tag-*.test.ts).

describe('weights and thresholds', () => {
  it('decisive evidence reaches the long threshold alone; weak evidence never does', () => {
    for (const decisive of [KEY, HEADING, PART]) expect(decisive).toBeGreaterThanOrEqual(THRESHOLD_LONG);
    expect(WEAK_CAP).toBeLessThan(THRESHOLD_LONG);
    expect(CONTEXT).toBeLessThan(THRESHOLD_SHORT);
  });

  it('one real term settles a short clause, not a long one; said three times (REPEAT, REPEAT_CAP) it settles a long one', () => {
    expect(STRONG).toBeGreaterThanOrEqual(THRESHOLD_SHORT);
    expect(STRONG).toBeLessThan(THRESHOLD_LONG);
    expect(WEAK).toBeLessThan(STRONG);
    // Emphasis (REPEAT up to REPEAT_CAP times) lets a term said three times settle a long clause.
    expect(STRONG + REPEAT * REPEAT_CAP).toBeGreaterThanOrEqual(THRESHOLD_LONG);
  });
});

describe('clauses that commit to nothing', () => {
  it('ISSUING_NOTICE: a notice passing a document on', () => {
    expect(ISSUING_NOTICE.test('现将《盐城市数字经济高质量发展三年行动计划(2025-2027年)》印发给你们,请认真贯彻落实。')).toBe(true);
    expect(ISSUING_NOTICE.test('印发实施数字经济发展规划。')).toBe(false);
  });

  it('CONSULTATION_NOTICE: a call for comments on a draft; not a task to consult', () => {
    expect(CONSULTATION_NOTICE.test('起草了《某省数字政府建设总体方案》,现公开向社会征求意见。')).toBe(true);
    expect(CONSULTATION_NOTICE.test('研究起草了《某省实施方案(征求意见稿)》,现征求社会公众意见。')).toBe(true);
    expect(CONSULTATION_NOTICE.test('本次征求意见时间为2025年11月18日至25日。')).toBe(true);
    expect(CONSULTATION_NOTICE.test('制定数据条例,广泛征求社会公众意见。')).toBe(false);
  });

  it('SCOPE_ARTICLE: where a 管理办法 or 条例 applies; not a task that names one', () => {
    expect(SCOPE_ARTICLE.test('本市行政区域内公共数据的开放、利用及其相关管理活动,适用本办法。')).toBe(true);
    expect(SCOPE_ARTICLE.test('本省数字经济促进工作,适用本条例。')).toBe(true);
    expect(SCOPE_ARTICLE.test('制定公共数据开放管理办法,明确适用范围。')).toBe(false);
  });

  it('DEFINITION: 下列用语的含义, "X,是指", "所称X是指"; not "是指导" inside a task', () => {
    expect(DEFINITION.test('本办法所称公共数据开放主体(以下简称开放主体),是指国家机关。')).toBe(true);
    expect(DEFINITION.test('〔名称解释〕 算力券是指由政府发放的权益兑换凭证。')).toBe(true);
    expect(DEFINITION.test('本办法下列用语的含义:')).toBe(true);
    expect(DEFINITION.test('公共数据,是指行政机关在履行职责过程中采集、产生的各类数据。')).toBe(true);
    expect(DEFINITION.test('本办法所称数据要素市场是指数据资源流通交易的场所。')).toBe(true);
    expect(DEFINITION.test('推进公共数据授权运营,明确授权运营是指导数据开发利用的重要方式。')).toBe(false);
  });

  it('RETROSPECT_HEADING: sections that look back, at the start of a heading only', () => {
    for (const h of ['发展基础', '发展基础和面临形势', '发展成就', '发展现状', '现实基础', '面临形势', '发展形势', '总体形势', '基本态势', '发展背景', '机遇与挑战', '机遇和挑战']) {
      expect(RETROSPECT_HEADING.test(h)).toBe(true);
    }
    expect(RETROSPECT_HEADING.test('夯实数字经济发展基础')).toBe(false);
  });

  it('PRINCIPLE_SENTENCE: a principle a 管理办法 sets; not a task that names principles', () => {
    expect(PRINCIPLE_SENTENCE.test('公共数据开放应当遵循“统筹部署、需求导向、分类管理、安全可控”的原则。')).toBe(true);
    expect(PRINCIPLE_SENTENCE.test('算力券的申领、使用及管理遵循公平公正、按需领取的原则。')).toBe(true);
    expect(PRINCIPLE_SENTENCE.test('制定公共数据分类分级原则和开放目录。')).toBe(false);
  });

  it('GUIDANCE_HEADING: 指导思想, 基本原则, an article headed 原则; not 总体要求 or 发展目标', () => {
    expect(GUIDANCE_HEADING.test('原则')).toBe(true);
    expect(GUIDANCE_HEADING.test('原则性要求')).toBe(false);
    expect(GUIDANCE_HEADING.test('指导思想')).toBe(true);
    expect(GUIDANCE_HEADING.test('基本原则')).toBe(true);
    expect(GUIDANCE_HEADING.test('总体要求')).toBe(false);
    expect(GUIDANCE_HEADING.test('发展目标')).toBe(false);
  });

  it('LEADING_LABEL: a short first line naming the section, not a first sentence', () => {
    expect(LEADING_LABEL.exec('指导思想。\n坚持以…为指导')?.[1]).toBe('指导思想');
    expect(LEADING_LABEL.exec('发展思路:\n按照…')?.[1]).toBe('发展思路');
    expect(LEADING_LABEL.exec('加快培育数据要素市场,推进公共数据开放。\n下一段')).toBeNull();
    expect(LEADING_LABEL.exec('指导思想。坚持以…为指导')).toBeNull();
  });

  it('PURPOSE_SENTENCE: 制定本…, 特制定…, 现制定…如下, 提出如下; not a task to draw up a document', () => {
    expect(PURPOSE_SENTENCE.test('为加快推进公共数据授权运营,结合我市实际,制定本方案。')).toBe(true);
    expect(PURPOSE_SENTENCE.test('为加快培育壮大数字经济,特制定某市数字经济创新发展行动计划。')).toBe(true);
    expect(PURPOSE_SENTENCE.test('现制定某省数字化建设2024年工作要点如下。')).toBe(true);
    expect(PURPOSE_SENTENCE.test('为推进数字政府建设,现提出如下意见。')).toBe(true);
    expect(PURPOSE_SENTENCE.test('为全面推进数字强市建设,根据《某省规划》,特编制本规划。')).toBe(true);
    expect(PURPOSE_SENTENCE.test('组织编制数字经济发展规划。')).toBe(false);
    expect(PURPOSE_SENTENCE.test('研究制定公共数据授权运营管理办法。')).toBe(false);
  });

  it('CITED_TITLE: every 《…》 title of a text', () => {
    const text = '落实《上海市数据条例》和《某省公共数据管理办法》,推进公共数据开放。';
    expect([...text.matchAll(CITED_TITLE)].map((m) => m[0])).toEqual(['《上海市数据条例》', '《某省公共数据管理办法》']);
  });

  it('TRAILER: a closing department trailer, in 〔〕 or (), not a closing bracket of the text itself', () => {
    expect('开展数字经济专题培训。(市农业农村局、市大数据集团等按职责分工负责)'.replace(TRAILER, '')).toBe('开展数字经济专题培训。');
    expect('推进数据共享。〔市数据局牵头,市各有关部门按职责分工负责〕'.replace(TRAILER, '')).toBe('推进数据共享。');
    expect('完成规划编制(责任部门:市发改委,完成时间:2024年12月)'.replace(TRAILER, '')).toBe('完成规划编制');
    expect(TRAILER.test('建设智慧农场(牧场、渔场)')).toBe(false);
  });
});

describe('passing mentions', () => {
  it('LIST_END_NEAR: "等" within three characters after the mention closes its list', () => {
    expect(LIST_END_NEAR.test('等新技术')).toBe(true);
    expect(LIST_END_NEAR.test('平台等软件')).toBe(true);
    expect(LIST_END_NEAR.test('产业集群等')).toBe(false);
    expect(LIST_END_NEAR.test(',等')).toBe(false);
  });

  it('PHRASE_OPENING: quotes and brackets before a phrase\'s first word', () => {
    expect('“公共数据平台”'.replace(PHRASE_OPENING, '')).toBe('公共数据平台”');
    expect('《数据条例》'.replace(PHRASE_OPENING, '')).toBe('数据条例》');
    expect('(“数据要素×”)'.replace(PHRASE_OPENING, '')).toBe('数据要素×”)');
    expect('依托平台'.replace(PHRASE_OPENING, '')).toBe('依托平台');
  });

  it('QUALITATIVE_AIM: the phrase after a subject only says it will improve', () => {
    for (const rest of ['水平明显增强', '取得显著成效', '加快发展', '取得积极进展', '治理体系更加完善']) {
      expect(QUALITATIVE_AIM.test(rest)).toBe(true);
    }
    // An action (the mention is its object), a quantity, or a comma ends the aim.
    for (const rest of ['示范工厂建设', '水平明显增强,达到65%', '覆盖率达到95%', '规模突破3000亿元']) {
      expect(QUALITATIVE_AIM.test(rest)).toBe(false);
    }
  });
});

describe('quantified targets', () => {
  it('QUANTITY: a number with its unit or measure word, 一批, an indicator row\'s value cell', () => {
    for (const s of ['农业生产信息化率达65%', '支持关键技术攻关项目20项以上', '超5000万元', '5G基站1.2万个', '引育一批高端人才', '专精特新企业(家) | 170 | 230', '指数 | 50', '算力规模突破20000P']) {
      expect(QUANTITY.test(s)).toBe(true);
    }
  });

  it('QUANTITY: not a year, a month, "5G" or the item-number cell opening a row', () => {
    for (const s of ['到2027年', '2024年12月', '推进5G网络建设', '13 | 推进专精特新企业培育', '12345热线']) {
      expect(QUANTITY.test(s)).toBe(false);
    }
  });

  it('ITEM_TARGET_END: only a comparator word, or nothing, may follow a list item\'s own quantity', () => {
    for (const rest of ['', '以上', '左右', '以内']) expect(ITEM_TARGET_END.test(rest)).toBe(true);
    for (const rest of ['推进组', '数字技术应用产业', '以上项目']) expect(ITEM_TARGET_END.test(rest)).toBe(false);
  });
});

describe('table rows', () => {
  it('DEPARTMENT_COLUMN and DEADLINE_COLUMN: the seeds\' department and deadline columns, not their content columns', () => {
    for (const c of ['牵头责任单位', '责任部门', '牵头责任部门']) expect(DEPARTMENT_COLUMN.test(c)).toBe(true);
    for (const c of ['完成时间', '完成期限']) expect(DEADLINE_COLUMN.test(c)).toBe(true);
    for (const c of ['序号', '工作要点', '主要内容', '主要工作', '具体内容', '主要指标', '2025年']) {
      expect(DEPARTMENT_COLUMN.test(c) || DEADLINE_COLUMN.test(c)).toBe(false);
    }
  });

  it('GROUP_CELL holds words, ITEM_NUMBER a bare number', () => {
    expect(GROUP_CELL.test('数字治理提效行动')).toBe(true);
    expect(GROUP_CELL.test('95%')).toBe(false);
    expect(ITEM_NUMBER.test('16')).toBe(true);
    expect(ITEM_NUMBER.test('16-1')).toBe(false);
  });
});
