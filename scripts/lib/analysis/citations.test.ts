import { describe, expect, it } from 'vitest';
import { extractCitations } from './citations';

describe('extractCitations', () => {
  it('泰州: a title with its 文号 in parentheses', () => {
    expect(
      extractCitations(
        '根据《中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见》(苏发〔2022〕7号)文件精神',
      ),
    ).toEqual([{ title: '中共江苏省委、江苏省人民政府关于全面提升江苏数字经济发展水平的指导意见', docNumber: '苏发〔2022〕7号' }]);
  });

  it('盐城 2022–2024 (PDF spacing): several titles, spaced 文号', () => {
    const c = extractCitations(
      '根据国家 、省 、 市 《 “十 四五”数字经济发展规划》 《江苏省数字经济促进条例》《中共江苏省委 江苏省人民政府 关于全面提升江苏数字经济发展水平的指导意见》 (苏发 〔2022〕 7 号) 《江苏省数字经济发展三年行动计划 (2022— 2024) 》 (苏数字发〔2022〕4 号)',
    );
    expect(c.map((x) => x.docNumber)).toEqual([null, null, '苏发〔2022〕7号', '苏数字发〔2022〕4号']);
    expect(c[1].title).toBe('江苏省数字经济促进条例');
  });

  it('a bare 文号 and no false hits', () => {
    expect(extractCitations('文件要求(苏政办发〔2022〕 52 号)')).toEqual([{ title: null, docNumber: '苏政办发〔2022〕52号' }]);
    expect(extractCitations('建设“城市驾驶舱”,构建“2+4+2”体系。')).toEqual([]);
  });
});
