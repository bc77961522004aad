import { describe, expect, it } from 'vitest';
import * as P from './patterns';

const matches = (re: RegExp, yes: string[], no: string[]) => {
  for (const s of yes) expect(re.test(s), `should match: ${s}`).toBe(true);
  for (const s of no) expect(re.test(s), `should not match: ${s}`).toBe(false);
};

describe('named patterns', () => {
  it('PART_HEADING: 一、 … 十二、', () => {
    matches(P.PART_HEADING, ['一、总体要求', '十、营造数字发展良好环境', '十二、附则'], ['(一)发展思路', '1.加强', '一是加强', '一,']);
    expect(P.PART_HEADING.exec('二、主要行动')!.slice(1)).toEqual(['二', '主要行动']);
  });
  it('SECTION_HEADING: (一) with half- or full-width parentheses', () => {
    matches(P.SECTION_HEADING, ['(一)发展思路', '（二）发展目标', '( 三) 产业融合', '(十一)其他'], ['一、总体', '(1)数字', '(市工信局牵头)']);
    expect(P.SECTION_HEADING.exec('（二）发展目标')![1]).toBe('二');
  });
  it('ITEM_NUMBER: 1. 1、 full-width １． but not decimals', () => {
    matches(P.ITEM_NUMBER, ['1.数字产业化', '12、推进', '１．加强', '3. 加快', '28.营造'], ['1.2万个5G基站', '2024年数字盐城', '5G产业。', '2025-2027年']);
    expect(P.ITEM_NUMBER.exec('１．加强协调')!.slice(1)).toEqual(['１', '加强协调']);
  });
  it('ANNEX_LIST and ANNEX_HEADING', () => {
    matches(P.ANNEX_LIST, ['附件:', '附件:重点任务分工', '附件：1.2025-2027年数字经济发展主要目标'], ['附件1', '附件2 ']);
    matches(P.ANNEX_HEADING, ['附件1', '附件 2', '附件三'], ['附件:', '附件1:目标表', '附件说明']);
  });
  it('CHAPTER_HEADING and ARTICLE_HEADING: 第一章 / 第三条', () => {
    matches(P.CHAPTER_HEADING, ['第一章 总则', '第十二章附则', '第2章 数据共享'], ['第一条 为了规范', '第三产业', '第一批']);
    matches(P.ARTICLE_HEADING, ['第三条 强化普惠算力供给。', '第十五条本办法自发布之日起施行。', '第一百零一条 附则'], ['第三章 总则', '第一批项目', '第二季度']);
    expect(P.cnToNumber(P.ARTICLE_HEADING.exec('第一百零一条 附则')![1])).toBe(101);
  });
  it('BOX_HEADING: 专栏', () => {
    matches(P.BOX_HEADING, ['专栏1 重点工程', '专栏一:数字基础设施', '专栏2'], ['专栏作家', '专项行动']);
  });
  it('TOPIC_LED: a short topic phrase closed by 。', () => {
    matches(P.TOPIC_LED, ['5G产业。依托苏州', '数字产业化水平不断提升。巩固', '加强组织协调。建立'], ['坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻。', '到2025年,数字产业。', '。开头', '光网覆盖。']);
  });
  it('notice patterns: addressees, issuer, date, public release', () => {
    matches(P.ADDRESSEE_LINE, ['各县(市、区)人民政府,盐城经济技术开发区、盐南高新区管委会,市各委、办、局,市各直属单位:'], ['为深入贯彻落实党中央决策部署:', '各地要加强领导。']);
    matches(P.ISSUER_LINE, ['盐城市人民政府办公室', '苏州市人民政府', '江苏省工业和信息化厅'], ['2024年8月22日', '盐城市人民政府办公室关于印发…的通知。']);
    matches(P.DATE_LINE, ['2024年8月22日', '2025年9月9日'], ['2024年8月', '到2024年8月22日前']);
    matches(P.PUBLIC_RELEASE, ['(此件公开发布)', '（此件公开发布）', '(此件主动公开)'], ['此件公开发布', '(此件有删减)']);
    matches(P.ADDRESSEE_SHAPE, ['市直有关单位,各县市区、园区数据和政务服务管理部门:', '数字强省建设领导小组成员单位、省直有关部门(单位):'], ['为深入贯彻落实党中央决策部署。现提出如下意见:', '主要目标:到2025年,全面建成。']);
    matches(P.NOTICE_BODY, ['《某市工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。', '现将《某市方案》印发给你们,请认真组织实施。', '结合我市实际,特制定《某市工作要点》,请认真组织实施,抓好任务落实。'], ['印发《某市方案》。', '认真组织实施重点项目。']);
  });
  it('DOC_NUMBER: 文号 with 〔year〕', () => {
    matches(P.DOC_NUMBER_LINE, ['苏委发〔2021〕1号', '苏政办发〔2022〕52号'], ['苏发〔2022〕7号文件', '〔2021〕1号']);
  });
  it('TITLE_PERIOD and TITLE_YEAR', () => {
    expect(P.TITLE_PERIOD.exec('盐城市数字经济发展三年行动计划(2022—2024年)')!.slice(1, 3)).toEqual(['2022', '2024']);
    expect(P.TITLE_PERIOD.exec('计划(2025-2027年)')!.slice(1, 3)).toEqual(['2025', '2027']);
    expect(P.TITLE_PERIOD.exec('计划（2021—2023 年）')!.slice(1, 3)).toEqual(['2021', '2023']);
    expect(P.TITLE_PERIOD.test('泰州市关于加快发展数字经济的指导意见')).toBe(false);
    expect(P.TITLE_YEAR.exec('2024年数字盐城工作要点')![1]).toBe('2024');
    expect(P.TITLE_YEAR.exec('数字威海建设2023年工作要点')![1]).toBe('2023');
    matches(P.TITLE_YEAR, ['2024年数字盐城工作要点'], ['某市到2025年数字经济发展规划', '某市数字经济发展规划']);
    expect(P.TITLE_FIVE_YEAR.exec('鄂州市数字经济发展“十四五”规划')![1]).toBe('十四五');
    expect(P.TITLE_FIVE_YEAR.exec('某市十五五数字经济规划')![1]).toBe('十五五');
    matches(P.TITLE_FIVE_YEAR, ['“十三五”'], ['第二十五条', '十五年规划', '2025年工作要点']);
  });
  it('WEB_HEADER_FIELD and WEB_FURNITURE: portal page header and footer', () => {
    expect(P.WEB_HEADER_FIELD.exec('发文单位:苏州市人民政府')!.slice(1)).toEqual(['发文单位', '苏州市人民政府']);
    matches(P.WEB_HEADER_FIELD, ['级别:苏州市级状态: 有效', '分类:产业扶持政策,智改数转,实施中', '支持方式:奖励'], ['坚持:以人民为中心', '目标:到2025年']);
    matches(P.WEB_FURNITURE, ['政策详情', '图解政策', '延伸阅读', '根据标签自动聚合以下内容'], ['图解政策的要点', '延伸阅读材料见附件。']);
  });
  it('trailer patterns', () => {
    matches(P.TRAILER_KEYWORDS, ['市工信局牵头', '责任部门:市数据局', '完成时间:2024年12月底前'], ['含电池片', '苏服办']);
    expect(P.TRAILER_LEAD.exec('市商务局、市科技局牵头')![1]).toBe('市商务局、市科技局');
    expect(P.TRAILER_FIELD.exec('完成时间:2025年3月底前')!.slice(1)).toEqual(['完成时间', '2025年3月底前']);
    matches(P.DEADLINE, ['2024年12月底前', '2025年3月', '持续推进', '2024年'], ['市数据局', '2024年12月31日以后']);
  });
  it('TABLE_LINE: two pipes or a closing pipe', () => {
    matches(P.TABLE_LINE, ['序号 | 主要工作 | 具体内容 |', '一、体系保障(5项) | ||||', '23 | 数字生态优化行动 | 赴珠三角', '全面建成数字档案利用平台。 | 市档案局 | |'], ['A|B 两种方案', '没有竖线']);
  });
  it('ITEM_LABEL_SPACES: "2 ." at a line start only', () => {
    expect('2 .培育'.replace(P.ITEM_LABEL_SPACES, '$1')).toBe('2.培育');
    expect('达到 10 .5%'.replace(P.ITEM_LABEL_SPACES, '$1')).toBe('达到 10 .5%');
  });
  it('cnToNumber', () => {
    expect(['一', '十', '十二', '二十', '二十五', '三', '12', '１２'].map(P.cnToNumber)).toEqual([1, 10, 12, 20, 25, 3, 12, 12]);
    expect(P.cnToNumber('甲')).toBeNaN();
  });
});
