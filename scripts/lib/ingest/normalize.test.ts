import { describe, expect, it } from 'vitest';
import { normalizeLine, joinBrokenLines, endsMidSentence, normalizeLines } from './normalize';
import { opensBlock } from './structure';

describe('normalizeLine', () => {
  it('INDENTATION: strips NBSP / U+3000 / space indentation', () => {
    expect(normalizeLine('\u00a0\u00a0\u00a0\u00a0一、总体要求')).toBe('一、总体要求');
    expect(normalizeLine('\u00a0 \u00a0 \u00a0 \u00a0坚持以')).toBe('坚持以');
    expect(normalizeLine('\u3000\u3000正文 ')).toBe('正文');
  });
  it('CJK_SPACES: removes spaces inside CJK runs and around CJK punctuation (real 000 lines)', () => {
    expect(normalizeLine('党中央 、 国务院和省委 、省政府决策部署 ,抢抓新机遇 ,')).toBe('党中央、国务院和省委、省政府决策部署,抢抓新机遇,');
    expect(normalizeLine('数字 产业化')).toBe('数字产业化');
    expect(normalizeLine('建成“城市驾驶舱”项 目')).toBe('建成“城市驾驶舱”项目');
    expect(normalizeLine('“ 一 网统管”')).toBe('“一网统管”');
  });
  it('CJK_SPACES: removes spaces between CJK and Latin/digits, keeps one between Latin words', () => {
    expect(normalizeLine('到 2023 年,全市')).toBe('到2023年,全市');
    expect(normalizeLine('累计建成 1.2 万个5G基站')).toBe('累计建成1.2万个5G基站');
    expect(normalizeLine('进行 10G   PON 光线路终端')).toBe('进行10G PON光线路终端');
  });
  it('CJK_SPACES: keeps a space that separates organ names in a list (003 tables)', () => {
    expect(normalizeLine('市科技局 市工信局 市发改委')).toBe('市科技局 市工信局 市发改委');
    expect(normalizeLine('滨海港工业园区 市发改委')).toBe('滨海港工业园区 市发改委');
    expect(normalizeLine('市工信局 黄海金控集团')).toBe('市工信局 黄海金控集团');
    // …but not a space inside a name broken by the cell width.
    expect(normalizeLine('市农业 农村局')).toBe('市农业农村局');
    expect(normalizeLine('数字经济 生态持续 优化')).toBe('数字经济生态持续优化');
    expect(normalizeLine('(市工信局牵头 , 市 发改委、市科技局')).toBe('(市工信局牵头,市发改委、市科技局');
  });
  it('SMALL_FULL_STOP and ITEM_LABEL_SPACES: "1 ﹒ 数字产业化" → "1.数字产业化"', () => {
    expect(normalizeLine('1 ﹒ 数字产业化水平显著提升 。到2024年')).toBe('1.数字产业化水平显著提升。到2024年');
    expect(normalizeLine('5 .推进重点行业数字化转型 。')).toBe('5.推进重点行业数字化转型。');
  });
  it('keeps every other character: punctuation, quotes, brackets', () => {
    const s = '〔市工信局牵头,市发改委、市科技局按职责分工负责〕“智改数转”《江苏省数字经济促进条例》(苏发〔2022〕7号)';
    expect(normalizeLine(s)).toBe(s);
  });
});

describe('BROKEN_LINES', () => {
  const join = (texts: string[]) => joinBrokenLines(normalizeLines(texts), opensBlock).map((l) => l.text);
  it('joins a line broken mid-sentence to the next (real 000 lines)', () => {
    expect(join(['2 ﹒ 培育壮大数字技术应用业 。按照“数实融合”发展导', '向 , 以23条重点产业链'])).toEqual(['2.培育壮大数字技术应用业。按照“数实融合”发展导向,以23条重点产业链']);
  });
  it('does not join across a heading, a topic-led paragraph, a blank line or a complete sentence', () => {
    expect(join(['为深入贯彻…赋能经济社会数字化转', '一、总体目标'])).toHaveLength(2);
    expect(join(['…打造一批高质量数据集和典型数据产品。数字', '数字经济生态持续优化。持续扩大'])).toHaveLength(2);
    expect(join(['第一段没有句号', '', '第二段'])).toHaveLength(2);
    expect(join(['第一段。', '第二段。'])).toHaveLength(2);
    expect(join(['(一)发展思路', '坚持以习近平新时代中国特色社会主义思想为指导'])).toHaveLength(2);
  });
  it('never glues onto an attachment’s title (a table a PDF left as text lines after it)', () => {
    expect(join(['附件', '某市数字经济发展主要指标', '序号 指标 2025年', '1 营业收入 1500'])).toEqual(['附件', '某市数字经济发展主要指标', '序号指标2025年1营业收入1500']);
  });
  it('records the joined span so line numbers stay true', () => {
    const lines = joinBrokenLines(normalizeLines(['甲乙丙', '丁戊。', '己。']), () => false);
    expect(lines.map((l) => [l.n, l.span])).toEqual([
      [1, 2],
      [3, 1],
    ]);
  });
  it('endsMidSentence', () => {
    expect(['发展导', '市发改委、', '12345', '到2024年,'].map(endsMidSentence)).toEqual([true, true, true, true]);
    expect(['完成。', '负责)', '如下:', '“数实融合”'].map(endsMidSentence)).toEqual([false, false, false, false]);
  });
});

describe('GLYPH_ALIASES', () => {
  it('folds the radicals PDF fonts map ideographs to (measured: chromium + Noto CJK), and nothing else', () => {
    expect(normalizeLine('某市⼈⺠政府办公室⽂件')).toBe('某市人民政府办公室文件');
    expect(normalizeLine('⻓三⻆⼀体化 ⻋联⽹ 明㬵 1〜3')).toBe('长三角一体化车联网明胶1～3');
    expect(normalizeLine('（2023―2025年）')).toBe('（2023—2025年）');
    expect(normalizeLine('人民政府（2022—2024年）“一网通办”')).toBe('人民政府（2022—2024年）“一网通办”');
  });
});
