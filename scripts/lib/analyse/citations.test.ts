import { describe, expect, it } from 'vitest';
import { BASIS_CUE, citationKey, extractCitations, PRODUCE_CUE, roleOf } from './citations';

describe('extractCitations', () => {
  it('泰州: a title with its 文号 in parentheses', () => {
    expect(
      extractCitations(
        '根据《中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见》(苏发〔2022〕7号)文件精神',
      ),
    ).toEqual([{ title: '中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见', docNumber: '苏发〔2022〕7号', role: 'basis' }]);
  });

  it('盐城 2022–2024: several titles; spaced 文号 are shown as written but keyed folded', () => {
    const c = extractCitations(
      '根据国家、省、市《“十四五”数字经济发展规划》《江苏省数字经济促进条例》《中共江苏省委 江苏省人民政府 关于全面提升江苏数字经济发展水平的指导意见》 (苏发 〔2022〕 7 号) 《江苏省数字经济发展三年行动计划 (2022—2024) 》 (苏数字发〔2022〕4 号)',
    );
    expect(c.map((x) => x.docNumber)).toEqual([null, null, '苏发 〔2022〕 7 号', '苏数字发〔2022〕4 号']);
    expect(c.map(citationKey)).toEqual([
      '“十四五”数字经济发展规划',
      '江苏省数字经济促进条例',
      '苏发〔2022〕7号',
      '苏数字发〔2022〕4号',
    ]);
    expect(c[2].title).toBe('中共江苏省委 江苏省人民政府 关于全面提升江苏数字经济发展水平的指导意见');
  });

  it('titles are the exact substring of the clause text: full-width brackets and spacing kept (display ≠ matching form)', () => {
    const text = '依据国家统计局《数字经济及其核心产业统计分类(2021)》和《盐城市具身智能机器人产业发展行动计划(2025-2027年)》';
    const c = extractCitations(text);
    expect(c.map((x) => x.title)).toEqual(['数字经济及其核心产业统计分类(2021)', '盐城市具身智能机器人产业发展行动计划(2025-2027年)']);
    for (const x of c) expect(text.includes(`《${x.title}》`)).toBe(true);
    // Matching folds: the ASCII-bracket spelling is the same document.
    expect(citationKey(c[0])).toBe(citationKey({ title: '数字经济及其核心产业统计分类(2021)', docNumber: null }));
  });

  it('a bare 文号 and no false hits', () => {
    expect(extractCitations('文件要求(苏政办发〔2022〕52号)')).toEqual([{ title: null, docNumber: '苏政办发〔2022〕52号', role: 'mention' }]);
    expect(extractCitations('建设“城市驾驶舱”,构建“2+4+2”体系。')).toEqual([]);
  });
});

describe('the role of a named document', () => {
  const roles = (text: string) => extractCitations(text).map((c) => [c.title ?? c.docNumber, c.role]);

  it('BASIS_CUE: 根据 / 依据 / 按照 / 贯彻落实 … — what the plan rests on', () => {
    for (const cue of ['根据', '依据', '依照', '按照', '遵照', '参照', '贯彻落实', '贯彻实施', '贯彻执行', '落实', '贯彻']) {
      expect(roleOf(`,${cue}`), cue).toBe('basis');
      expect(new RegExp(BASIS_CUE.source, 'u').test(cue), cue).toBe(true);
    }
    // 盐城 2024 工作要点 1-1 and its preamble; 泰州 3-2.
    expect(roles('逐步建立“数字盐城”联席会议工作机制,贯彻实施《盐城市首席数据官制度实施方案》,完善全市公共数据管理体系')).toEqual([
      ['盐城市首席数据官制度实施方案', 'basis'],
    ]);
    expect(roles('健全推进体系。全面落实《市政府关于印发数字泰州“十四五”规划的通知》(泰政发〔2021〕118号)')).toEqual([
      ['市政府关于印发数字泰州“十四五”规划的通知', 'basis'],
    ]);
  });

  it('PRODUCE_CUE: 出台 / 制定 / 编制 / 修订 … — what the plan promises to produce', () => {
    for (const cue of ['出台', '制定', '制订', '编制', '修订', '修编', '起草', '印发', '研究制定']) {
      expect(roleOf(`,${cue}`), cue).toBe('produce');
      expect(new RegExp(PRODUCE_CUE.source, 'u').test(cue), cue).toBe(true);
    }
    // 盐城 2025–2027 附件2 row 2 (a table row: cells joined by |) and 2-5-1.
    expect(roles('2 | 编制《盐城市“十五五”数字经济高质量发展规划》 | 市发改委')).toEqual([['盐城市“十五五”数字经济高质量发展规划', 'produce']]);
    expect(roles('加强与珠三角、长三角、京津冀等地数字经济合作,编制《数字经济招引突破企业清单》')).toEqual([['数字经济招引突破企业清单', 'produce']]);
  });

  it('a list shares the words before its first document (盐城 2024 4-10; 盐城 2022–2024 preamble)', () => {
    expect(roles('加强公共数据标准化管理和推广,出台《公共数据异议处理细则》《公共数据共享管理规范》,提升基础数据质量')).toEqual([
      ['公共数据异议处理细则', 'produce'],
      ['公共数据共享管理规范', 'produce'],
    ]);
    expect(
      roles(
        '根据国家、省、市《“十四五”数字经济发展规划》《江苏省数字经济促进条例》《中共江苏省委江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见》(苏发〔2022〕7号)《江苏省数字经济发展三年行动计划(2022—2024)》(苏数字发〔2022〕4号) ,结合我市实际,制定本行动计划',
      ).map((x) => x[1]),
    ).toEqual(['basis', 'basis', 'basis', 'basis']);
    expect(roles('按照国家统计局《数字经济及其核心产业统计分类(2021)》和《省政府办公厅关于转发…的通知》(苏政办发〔2022〕52号)').map((x) => x[1])).toEqual([
      'basis',
      'basis',
    ]);
  });

  it('the cue closest to the document decides; a new phrase starts afresh', () => {
    expect(roles('根据《甲条例》制定《乙办法》')).toEqual([['甲条例', 'basis'], ['乙办法', 'produce']]);
    expect(roles('按照省里要求制定《乙办法》')).toEqual([['乙办法', 'produce']]);
    expect(roles('制定贯彻落实《甲条例》的实施细则')).toEqual([['甲条例', 'basis']]);
    expect(roles('为贯彻落实决策部署,现将《甲方案》印发给你们')).toEqual([['甲方案', 'mention']]);
  });

  it('no cue: a mention (苏州 preamble)', () => {
    expect(roles('加快数字化发展。在全会通过的《中共中央关于制定国民经济和社会发展第十四个五年规划和二○三五年远景目标的建议》中提出')).toEqual([
      ['中共中央关于制定国民经济和社会发展第十四个五年规划和二○三五年远景目标的建议', 'mention'],
    ]);
  });

  it('one document named in two roles by one clause is listed once per role', () => {
    expect(roles('根据《甲条例》,修订《甲条例》')).toEqual([['甲条例', 'basis'], ['甲条例', 'produce']]);
  });
});
