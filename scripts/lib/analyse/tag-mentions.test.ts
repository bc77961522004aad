import { describe, expect, it } from 'vitest';
import { isAim, isFramed, isListed, isTargeted, mention } from './tag-mentions';
import { tagClauses, type TaggableClause } from './tag';
import { prepare } from './tag-text';
import { loadJiebaFirst, evidence, tag } from './testing';

loadJiebaFirst();

/** The mention at the first occurrence of `term` in `text` (already folded). */
const at = (text: string, term: string): [string, number, number] => {
  const i = text.indexOf(term);
  return [text, i, i + term.length];
};

describe('leading frames of means (FRAME_OPENERS, 以…为…,)', () => {
  // 泰州 指导意见 二(二)5: the clause is about digital commerce; the data-element market is only the means of one step.
  const taizhou225 =
    '引领服务业数字化发展。创新发展数字商务,推进数字商务与传统产业深度融合,鼓励企业应用直播电商开拓市场。推动跨境电商公共服务平台建设,支持企业开展出口业务。完善智慧物流业,发展“互联网+”物流,打造智慧物流园区和智慧物流应用,促进电子商务与快递物流协同发展,加快向综合型物流运营商转型。提升数字金融服务,鼓励金融机构加快发展金融科技,利用数据要素流通市场与信用体系,提高普惠金融服务数字化水平,增强客户风险识别和信贷投放能力。做优数字生活服务业,做大数字文娱产业,重点推动戏曲音乐艺术类文化创意产业发展壮大,积极打造全国文化创意产品生产基地。打造VR全景直播、AR沉浸式体验、AI旅游服务等智慧旅游发展模式,着力开发元宇宙、电子竞技、研学培训、云会展博览等新兴业态。';

  it('a key term only in "利用…," is weak: 泰州 二(二)5 is not 数据要素', () => {
    const ctx = ['重点任务', '聚焦融合发展,推动产业数字化转型'];
    expect(evidence('data-elements', taizhou225, '引领服务业数字化发展', ctx)).toEqual(['<数据要素>']);
    const tags = tag(taizhou225, '引领服务业数字化发展', ctx);
    expect(tags).toContain('digital-commerce');
    expect(tags).not.toContain('data-elements');
  });

  it('a term only between 以 and 为 of "以…为…," is weak: 盐城 2022–2024 二(七)19', () => {
    const text =
      '加快培育市场主体。统筹国有企业数字资源、数字技术和数字资产,发挥国有企业在数字经济高质量发展中的引领作用。以政务数据资产创新应用、信息化项目开发运营、数字产业投资发展为重点发展方向,推动市大数据集团实体化运作。培育一批数字产业领域的高新技术企业和专精特新企业,到2024年,全市数字经济核心产业规上企业数突破1000家。';
    expect(evidence('data-elements', text, '加快培育市场主体')).toEqual(['<数据资产>']);
    expect(tag(text, '加快培育市场主体')).toEqual(['digital-industry']);
  });

  it('every opener frames (利用, 依托, 借助, 基于, 通过, 凭借), inside quotes too', () => {
    for (const v of ['利用', '依托', '借助', '基于', '通过', '凭借']) {
      const text = `${v}公共数据平台,提升政务服务效能,优化企业办事体验,推动更多事项网上办理,实现群众办事少跑腿。`;
      expect(evidence('data-elements', text)).toEqual(['<公共数据>']);
      expect(tag(text)).not.toContain('data-elements');
    }
    expect(evidence('data-elements', '依托“公共数据平台”,提升政务服务效能。')).toEqual(['<公共数据>']);
  });

  it('a real commitment still counts: the term as the action\'s object, or again outside the frame', () => {
    // The same term outside the frame is the action's object.
    expect(tag('依托公共数据开放平台,推动重点领域公共数据开放开发和创新应用,加快数据开放立法,提升政务信息资源目录完整性。')).toContain(
      'data-elements',
    );
    // 利用 not opening the phrase: the encouraged action is using public data.
    expect(tag('鼓励企业利用公共数据开发数据产品,支持金融、交通、医疗等领域开展数据融合应用,培育一批数据服务商。')).toContain(
      'data-elements',
    );
    // A frame closed by "。" is a whole sentence, not a lead-in to another action.
    expect(evidence('data-elements', '依托公共数据授权运营平台开展数据产品交易。')).toContain('公共数据');
    // After 为 the phrase is the frame's predicate, not its means.
    expect(evidence('data-elements', '以改革为动力推进数据要素市场化配置,完善数据交易规则。')).toContain('数据要素');
  });

  it('frames of focus (围绕, 聚焦) are not frames of means: they name the field the action works in', () => {
    // 盐城 2025–2027 二(五)2: the projects are in the new digital-industry tracks.
    const text = '聚焦柔性电子、量子科技、6G、元宇宙等数字产业新赛道,布局实施一批高成长性优质项目,抢占未来产业发展先机。';
    expect(evidence('digital-industry', text)).toContain('新赛道');
  });
});

describe('quantified targets: a mention with a target of its own is a commitment', () => {
  // 盐城 2025–2027 总体目标 (long paragraph): each quantified target settles its theme.
  const goal =
    '产业数字化转型成效明显。深入推进“人工智能+”行动,推动数字经济深层次赋能千行百业。到2027年,新培育先进级智能工厂400家以上,' +
    '国家卓越级智能工厂10家以上,两化融合发展水平指数达72,农业生产信息化率达65%,在数字赋能绿色低碳发展领域,探索形成一批可复制、可推广的“盐城经验”。';

  it('a term in a phrase with a quantity decides even a long paragraph (农业生产信息化率达65%)', () => {
    expect(goal.length).toBeGreaterThan(80);
    expect(evidence('smart-agriculture', goal)).toContain('农业生产信息化#');
    expect(tag(goal)).toContain('smart-agriculture');
  });

  it('苏州 总体目标: 发明专利 with a count is 创新与技术攻关', () => {
    const text =
      '到2023年,全市数字经济核心产业增加值达到6000亿元,年均增长率达16%以上。数字经济领域有效发明专利累计拥有量达到7000件以上,' +
      'PCT专利申请量达到1000件以上,加快建设更具影响力的数字科创中心、数字智造中心和数字文旅中心,打造领先水平的数字融合先导区、数字开放创新区和数字政府样板区。';
    expect(tag(text)).toEqual(['digital-industry', 'innovation']);
  });

  it('"一批" is a quantity: 引育一批产业创新高端人才 is 人才', () => {
    const text =
      '深入实施数字经济创新发展战略,积极融入长三角一体化数字经济产业生态,进一步夯实数字产业发展基础。培育建立数据要素市场,推进政府数据开放共享,' +
      '提升社会数据资源价值。建设一批特色鲜明的数字产业园区,引育一批产业创新高端人才和龙头企业,积极创新金融服务体系,优化营商环境。';
    expect(tag(text)).toContain('talent');
  });

  it('a list item with its own quantity is targeted; a count of the whole list is not', () => {
    // 盐城 2025 工作要点 24: each listed kind of firm carries its own count.
    expect(evidence('digital-industry', '扎实抓好数字经济企业“三件事”,全年培育数字经济高新技术企业55家、专精特新中小企业60家。')).toEqual(
      expect.arrayContaining(['~高新技术企业#', '~专精特新#']),
    );
    // 盐城 2025–2027 总体目标: "2个" counts the list, 算力 is one of its items only.
    expect(evidence('computing-power', '巩固提升电子信息、光伏制造2个优势数字产业,加快发展算力、数据2个数字支撑产业,构建“2+4+2”数字产业体系。')).toEqual(['(算力)']);
    // 苏州 保障措施: "6个推进组" counts the list of 推进组, 数字安全 is not a 数据安全与网络安全 target.
    const groups = '在领导小组下设基础设施、数字产业、数字创新、制造业数字化转型、数字政府、数字安全6个推进组,并建立若干专班。';
    expect(evidence('security', groups)).toEqual(['(数字安全)']);
    // 盐城 2022–2024 发展思路: "等一批" counts the list.
    expect(evidence('smart-agriculture', '加快发展数字农业、智慧康养、数字文旅等一批数字经济新业态新模式,推动多领域数字化转型。')).toEqual(['(数字农业)']);
  });

  it('an indicator row with value cells is a target: 专精特新企业 | 170 | 230 | 300', () => {
    const cells: Array<[string, string]> = [['序号', '13'], ['主要指标', '累计建成省级以上专精特新企业(家)'], ['2025年', '170'], ['2026年', '230'], ['2027年', '300']];
    const rows: TaggableClause[] = [{ plan: 'p', text: cells.map(([, t]) => t).join(' | '), heading: null, context: ['主要目标'], cells: cells.map(([column, text]) => ({ column, text })) }];
    expect(tagClauses(rows)[0]).toEqual(['digital-industry']);
    // The row's own number is not a value: a task row without values gets nothing from its 序号.
    expect(evidence('digital-industry', '13 | 推进专精特新企业培育')).toEqual(['~专精特新']);
  });

  it('years, months and "5G" are not quantities', () => {
    expect(evidence('digital-infrastructure', '到2024年12月,推进5G网络建设,深化城市管理应用场景。')).toEqual(['5G网络']);
  });
});

describe('qualitative aims and conjunction lists are passing mentions', () => {
  it('盐城 2022–2024 发展目标: "智能制造水平明显增强" is an aim, not a commitment', () => {
    const text =
      '到2024年,数字经济成为驱动全市经济发展的新引擎,数字产业加快发展,智能制造水平明显增强,数字经济治理体系更加完善,' +
      '以数据为关键要素的新模式、新业态、新场景蓬勃发展,打造全省数字产业新兴增长极、长三角数字治理示范高地。';
    expect(evidence('smart-manufacturing', text)).toEqual(['{智能制造}']);
    expect(tag(text)).toEqual([]);
    // The same term as the object of an action is a commitment.
    expect(evidence('smart-manufacturing', '加快推进智能制造示范工厂建设。')).toEqual(['智能制造', '示范工厂']);
  });

  it('"A、B和C": the item after the conjunction is listed (苏州 发展思路 数据要素化)', () => {
    const text = '“4”是主攻数字产业化、产业数字化、数字化治理和数据要素化,争当全国数字经济跨越式发展的城市标杆。';
    expect(evidence('data-elements', text)).toEqual(['(数据要素)']);
  });

  it('"A和B能力、C、D": the item before the conjunction is listed (泰州 总体要求 政务服务)', () => {
    const text = '着力提升政务服务和政府监管能力、经济发展质效、民生服务品质、现代化治理水平。';
    expect(evidence('digital-government', text)).toContain('(政务服务)');
  });
});

describe('the mention rules one by one, on folded text', () => {
  it('isListed: next to "、" within ITEM_SLACK in a short item (LIST_ITEM_MAX), or closed by "等" (LIST_END_NEAR)', () => {
    expect(isListed(...at('利用云计算、大数据、人工智能等新技术做强做优', '大数据'))).toBe(true);
    expect(isListed(...at('利用云计算、大数据、人工智能等新技术做强做优', '人工智能'))).toBe(true);
    // The item "推进公共数据开放共享和开发利用" is longer than LIST_ITEM_MAX: a phrase of its own, not a list item.
    expect(isListed(...at('推进公共数据开放共享和开发利用、强化数据安全', '公共数据'))).toBe(false);
    // Further than ITEM_SLACK from the "、": not listed.
    expect(isListed(...at('建设公共数据平台体系、培育数商', '公共数据'))).toBe(false);
    expect(isListed(...at('推进公共数据开放。', '公共数据'))).toBe(false);
    // An item longer than LIST_ITEM_MAX is a phrase of its own, even right after a "、".
    expect(isListed(...at('推进数字政府建设、公共数据开放共享平台体系全面升级改造工作,', '公共数据'))).toBe(false);
    expect(isListed(...at('推进数字政府建设、公共数据开放平台,', '公共数据'))).toBe(true);
  });

  it('isListed: quotes and brackets bound an item (ITEM_DELIMITERS), so a quoted name in a list is not a mere item', () => {
    expect(isListed(...at('推进“一网统管”、“一网通办”建设', '一网统管'))).toBe(false);
    expect(isListed(...at('推进智能制造(含智能工厂)、数字化车间建设', '智能工厂'))).toBe(false);
    expect(isListed(...at('推进一网统管、一网通办建设', '一网统管'))).toBe(true);
  });

  it('isListed: "A、B和C" and "A和B、C" (LIST_CONJUNCTIONS)', () => {
    expect(isListed(...at('数字产业化、产业数字化、数字化治理和数据要素化', '数据要素'))).toBe(true);
    expect(isListed(...at('提升政务服务和政府监管能力、经济发展质效', '政务服务'))).toBe(true);
    // A conjunction without a "、" list is no list.
    expect(isListed(...at('推进政务服务和政府监管', '政务服务'))).toBe(false);
  });

  it('isFramed: an opener at the phrase start (FRAME_OPENERS, after PHRASE_OPENING), closed by a comma (FRAME_CLOSE)', () => {
    expect(isFramed(...at('依托公共数据平台,提升政务服务效能。', '公共数据'))).toBe(true);
    expect(isFramed(...at('依托“公共数据平台”,提升政务服务效能。', '公共数据'))).toBe(true);
    expect(isFramed(...at('依托公共数据平台开展数据产品交易。', '公共数据'))).toBe(false);
    expect(isFramed(...at('聚焦公共数据平台,提升政务服务效能。', '公共数据'))).toBe(false);
    expect(isFramed(...at('鼓励企业利用公共数据开发数据产品,培育数商。', '公共数据'))).toBe(false);
  });

  it('isFramed: between 以 (FRAME_YI) and the first 为 (FRAME_YI_WEI) of the phrase, not after it', () => {
    expect(isFramed(...at('以数据资产创新应用为重点发展方向,推动集团实体化运作。', '数据资产'))).toBe(true);
    expect(isFramed(...at('以改革为动力推进数据要素市场化配置,完善数据交易规则。', '数据要素'))).toBe(false);
  });

  it('isAim: the phrase\'s subject (within AIM_SUBJECT_SLACK of its start) with a qualitative aim after it', () => {
    expect(isAim(...at('到2024年,智能制造水平明显增强,', '智能制造'))).toBe(true);
    expect(isAim(...at('到2024年,全市智能制造水平明显增强,', '智能制造'))).toBe(true);
    expect(isAim(...at('到2024年,推动全市智能制造水平明显增强,', '智能制造'))).toBe(false);
    expect(isAim(...at('加快推进智能制造示范工厂建设。', '智能制造'))).toBe(false);
  });

  it('isTargeted: a quantity in the phrase; for a list item, one closing its own item (ITEM_TARGET_END)', () => {
    expect(isTargeted(...at('农业生产信息化率达65%,', '农业生产信息化'), false)).toBe(true);
    expect(isTargeted(...at('推进农业生产信息化,', '农业生产信息化'), false)).toBe(false);
    const firms = '培育数字经济高新技术企业55家、专精特新中小企业60家。';
    expect(isTargeted(...at(firms, '专精特新'), true)).toBe(true);
    expect(isTargeted(...at('加快发展算力、数据2个数字支撑产业,', '算力'), true)).toBe(false);
    expect(isTargeted(...at('建设一批重大创新平台、科研机构,', '重大创新平台'), true)).toBe(true);
    // A quantity after the "等" that closes the list (LIST_CLOSER) counts the list, not the item.
    expect(isTargeted(...at('培育数字农业、智慧康养等60家。', '智慧康养'), true)).toBe(false);
    expect(isTargeted(...at('培育数字农业企业30家、智慧康养企业60家。', '智慧康养'), true)).toBe(true);
  });

  it('mention: short terms (SHORT_TERM) only on a token start; covered spans are skipped and extended', () => {
    const p = prepare('推进算力网络建设,提升计算力。');
    const covered: Array<[number, number]> = [];
    expect(mention(p, '算力网络', covered)).toMatchObject({ kind: 'real', real: 1 });
    expect(covered).toEqual([[2, 6]]);
    // 算力 inside 算力网络 is covered; inside 计算力 it does not start a token.
    expect(mention(p, '算力', covered).kind).toBe('none');
  });

  it('mention: kinds and reasons accumulate over the occurrences; a target wins', () => {
    const p = prepare('利用公共数据,提升服务。推进公共数据开放。');
    expect(mention(p, '公共数据', [])).toMatchObject({ kind: 'real', real: 1, passing: new Set(['framed']) });
    const g = prepare('推进公共数据开放,公共数据开放率达到90%。');
    expect(mention(g, '公共数据', [], true)).toMatchObject({ kind: 'targeted', real: 1, passing: new Set(['guidance']) });
  });
});
