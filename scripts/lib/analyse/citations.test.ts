import { describe, expect, it } from 'vitest';
import { citationKey, extractCitations } from './citations';

describe('extractCitations', () => {
  it('泰州: a title with its 文号 in parentheses', () => {
    expect(
      extractCitations(
        '根据《中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见》(苏发〔2022〕7号)文件精神',
      ),
    ).toEqual([{ title: '中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见', docNumber: '苏发〔2022〕7号' }]);
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
    expect(extractCitations('文件要求(苏政办发〔2022〕52号)')).toEqual([{ title: null, docNumber: '苏政办发〔2022〕52号' }]);
    expect(extractCitations('建设“城市驾驶舱”,构建“2+4+2”体系。')).toEqual([]);
  });
});
