import { describe, expect, it } from 'vitest';
import { CELL_GAP, MIN_TABLE_LINES, findTables, type VLine } from './pdf';

/** A visual line at baseline y whose runs start at the given x (12 pt type, each character 12 pt wide). */
function line(y: number, ...runs: [x: number, text: string][]): VLine {
  const cells = runs.map(([x, text]) => ({ text, x0: x, x1: x + 12 * text.length }));
  return { page: 1, text: runs.map((r) => r[1]).join(' '), x0: cells[0].x0, x1: cells.at(-1)!.x1, y, size: 12, cells };
}
const HEADER = line(620, [82, '序号'], [200, '指标'], [325, '2025年'], [420, '牵头部门']);
const ROW1 = line(596, [82, '1'], [112, '营业收入(亿元)'], [325, '1500'], [420, '市工信局']);
const ROW2 = line(570, [82, '2'], [112, '5G基站(万个)'], [325, '1.5'], [420, '市通管办']);

describe('findTables: tables from text positions', () => {
  it('a header and rows whose runs fall into columns: rows of cells by column, the lines it took', () => {
    expect(findTables([line(700, [78, '附件']), HEADER, ROW1, ROW2, line(500, [78, '正文继续。'])])).toEqual(
      new Map([[1, { rows: [['序号', '指标', '2025年', '牵头部门'], ['1', '营业收入(亿元)', '1500', '市工信局'], ['2', '5G基站(万个)', '1.5', '市通管办']], count: 3 }]]),
    );
  });
  it('a line leaving the first column empty continues the row above (a wrapped cell)', () => {
    const wrapped = line(583, [112, '(含软件)']);
    expect(findTables([HEADER, ROW1, wrapped, ROW2]).get(0)?.rows[1]).toEqual(['1', '营业收入(亿元)(含软件)', '1500', '市工信局']);
    const last = line(560, [112, '(含基站)']);
    expect(findTables([HEADER, ROW1, ROW2, last, line(500, [78, '三、保障措施'])]).get(0)).toEqual({
      rows: [['序号', '指标', '2025年', '牵头部门'], ['1', '营业收入(亿元)', '1500', '市工信局'], ['2', '5G基站(万个)(含基站)', '1.5', '市通管办']],
      count: 4,
    });
  });
  it('is no table: fewer than MIN_TABLE_LINES lines, a cell spanning columns, two runs in one column, a header short of a column', () => {
    expect(MIN_TABLE_LINES).toBe(3);
    expect(findTables([HEADER, ROW1]).size).toBe(0);
    expect(findTables([HEADER, line(600, [82, '一、体系保障(5项)  …………………………………………………………']), ROW1, ROW2]).size).toBe(0);
    expect(findTables([HEADER, line(600, [82, '1'], [112, '营业'], [160, '收入'], [325, '1500'], [420, '市工信局']), ROW2]).size).toBe(0);
    expect(findTables([line(620, [82, '序号'], [200, '指标']), ROW1, ROW2]).size).toBe(0);
    expect(findTables([HEADER, ROW1, ROW2, line(560, [30, '注：'], [112, '数据来源：统计局'])]).get(0)?.count).toBe(3);
  });
  it('running text is no table, even with a wide gap on a line or two', () => {
    const text = [line(700, [110, '为加快数字经济发展，制定本方案。']), line(672, [78, '江海市人民政府办公室'], [400, '2023年']), line(644, [78, '一、总体要求'])];
    expect(findTables(text).size).toBe(0);
    expect(CELL_GAP).toBeLessThan(8 / 12); // the header gap measured between two narrow columns
  });
});
