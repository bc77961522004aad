import { describe, expect, it } from 'vitest';
import { parseTable, splitCells, GROUP_ROW } from './table';

const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

describe('splitCells', () => {
  it('trims cells and drops the empty ones after the last pipe', () => {
    expect(splitCells('1 | 甲 | 乙 | ||')).toEqual(['1', '甲', '乙']);
    expect(splitCells('序号 | 主要工作 |')).toEqual(['序号', '主要工作']);
    expect(splitCells('a |  | c |')).toEqual(['a', '', 'c']);
  });
});

describe('GROUP_ROW', () => {
  it('is a single heading cell', () => {
    expect(GROUP_ROW(['一、体系保障(5项)'])).toBe(true);
    expect(GROUP_ROW(['逐步推动产前、产中、产后全过程各环节数字化转型升级。'])).toBe(false);
    expect(GROUP_ROW(['一、体系保障', '甲'])).toBe(false);
  });
});

describe('parseTable: merged cells continue on following rows', () => {
  it('leading merged columns (002 task table): the continuation row spans 序号 and 主要工作', () => {
    const t = parseTable(
      lines(
        '序号 | 主要工作 | 具体内容 | 完成时间 | 责任部门 |',
        '一、数字经济(6项) | ||||',
        '7 | 推动产业数字化发展 | 围绕传统行业编制数字化转型实施指南。 | 2025年4月 | 市工信局 |',
        '逐步推动产前、产中、产后全过程各环节数字化转型升级。 | 2025年4月 | 市农业农村局 | ||',
        '研究制定公共数据授权运营相关制度。 | 市数据局 | |',
        '8 | 推动数字经济创新发展 | 围绕数字文创、新零售。 | 2024年12月 | 市工信局、市商务局 |',
      ),
    );
    expect(t.header).toEqual(['序号', '主要工作', '具体内容', '完成时间', '责任部门']);
    expect(t.rows[0]).toMatchObject({ group: true, cells: [{ text: '一、数字经济(6项)', colspan: 5 }] });
    expect(t.rows[1].cells.map((c) => c.rowspan)).toEqual([3, 3, 1, 1, 1]);
    // The continuation row starts only its own cells; its 完成时间 is continued by the next row.
    expect(t.rows[2].cells.map((c) => [c.col, c.rowspan])).toEqual([
      [2, 1],
      [3, 2],
      [4, 1],
    ]);
    expect(t.rows[2].resolved).toEqual(['7', '推动产业数字化发展', '逐步推动产前、产中、产后全过程各环节数字化转型升级。', '2025年4月', '市农业农村局']);
    // Two cells: content and department; 完成时间 continues from above (a middle column).
    expect(t.rows[3].resolved).toEqual(['7', '推动产业数字化发展', '研究制定公共数据授权运营相关制度。', '2025年4月', '市数据局']);
    expect(t.rows[4].resolved[0]).toBe('8');
  });
  it('a merged middle column (003 target table): 类别 continues, not 主要指标', () => {
    const t = parseTable(
      lines(
        '序号 | 类别 | 主要指标 | 2025年 | 2026年 | 2027年 | 牵头 责任部门 |',
        '1 | 数字产业化水平不断提升 | 数字经济核心产业营业收入(亿元) | 2300 | 2600 | 3000 | 市工信局 |',
        '2 | 数字经济核心产业增加值(亿元) | 710 | 800 | 900 | 市工信局 | |',
        '6 | 数据价值化加快释放 | 高使用价值数据供给率 | 85% | 95% | 95% | 市数据局 |',
        '7 | 公共数据授权运营指数 | 50 | 80 | 80 | 市数据局 | |',
        '8 | 累计形成高质量数据集(个) | 10 | 20 | 30 | 市数据局 | |',
      ),
    );
    expect(t.rows[1].resolved.slice(0, 4)).toEqual(['2', '数字产业化水平不断提升', '数字经济核心产业增加值(亿元)', '710']);
    expect(t.rows[3].resolved.slice(1, 3)).toEqual(['数据价值化加快释放', '公共数据授权运营指数']);
    expect(t.rows[2].cells[1]).toMatchObject({ text: '数据价值化加快释放', rowspan: 3 });
  });
  it('a row cut short keeps its cells in the columns they resemble and leaves the rest empty', () => {
    const t = parseTable(
      lines(
        '序号 | 工作要点 | 主要内容 | 牵头责任单位 |',
        '1 | 数字产业升级行动 | 全年实现营业收入2300亿元。 | 市工信局 |',
        '2 | 编制《盐城市数字经济规划》。 | 市工信局 市数据局 | |',
        '23 | 数字生态优化行动 | 赴珠三角、杭州等地开展专题招商拜访活动,举办2025电子信息行业发展大会、立铠精密供应',
      ),
    );
    expect(t.rows[1].resolved).toEqual(['2', '数字产业升级行动', '编制《盐城市数字经济规划》。', '市工信局 市数据局']);
    expect(t.rows[2].resolved).toEqual(['23', '数字生态优化行动', '赴珠三角、杭州等地开展专题招商拜访活动,举办2025电子信息行业发展大会、立铠精密供应', '']);
  });
  it('keeps every cell of a row with more cells than columns', () => {
    const t = parseTable(lines('a | b |', '1 | 2 | 3 |'));
    expect(t.rows[0].resolved).toEqual(['1', '2 | 3']);
  });
  it('a group row ends every merge', () => {
    const t = parseTable(lines('序号 | 类别 | 内容 |', '1 | 甲类 | 内容一。 |', '二、其他 | |', '内容二。 |'));
    expect(t.rows[2].resolved).toEqual(['', '', '内容二。']);
  });
});
