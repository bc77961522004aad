import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Table } from '~/schemas/policy';
import { ROW_WINDOW_RADIUS, cellGrid, placeCells, tableWindow } from './tablewindow';

const cell = (text: string, rowspan = 1, colspan = 1) => ({ text, rowspan, colspan });

/** 序号 | 区域 | 任务: a group row, then 区域 merged down over rows 2–4 and 6–8 (as 盐城's task tables have it). */
const table: Table = {
  caption: '重点任务分解表',
  header: ['序号', '区域', '任务'],
  rows: [
    { clause: null, cells: [cell('一、数字基础设施', 1, 3)] },
    { clause: 't-r1', cells: [cell('1'), cell('市区'), cell('建设5G基站')] },
    { clause: 't-r2', cells: [cell('2'), cell('东台', 3), cell('建设算力中心')] },
    { clause: 't-r3', cells: [cell('3'), cell('部署千兆光网')] },
    { clause: 't-r4', cells: [cell('4'), cell('推进IPv6')] },
    { clause: null, cells: [cell('二、数字产业', 1, 3)] },
    { clause: 't-r5', cells: [cell('5'), cell('大丰', 3), cell('培育软件企业')] },
    { clause: 't-r6', cells: [cell('6'), cell('建设产业园')] },
    { clause: 't-r7', cells: [cell('7'), cell('引进龙头')] },
    { clause: 't-r8', cells: [cell('8'), cell('市区'), cell('发展数据标注')] },
    { clause: 't-r9', cells: [cell('9'), cell('市区'), cell('发展跨境电商')] },
  ],
};

describe('placeCells and cellGrid', () => {
  it('places each cell after the columns merged down from above', () => {
    const third = placeCells(table.rows).filter((p) => p.row === 3);
    expect(third.map((p) => [p.cell.text, p.column])).toEqual([
      ['3', 0],
      ['部署千兆光网', 2],
    ]);
    expect(cellGrid(table.rows)[4]).toEqual(['4', '东台', '推进IPv6']);
    expect(cellGrid(table.rows)[0]).toEqual(['一、数字基础设施', '一、数字基础设施', '一、数字基础设施']);
  });
});

describe('tableWindow', () => {
  it('keeps the row, its neighbours and the group row above them', () => {
    const w = tableWindow(table, 't-r7')!;
    expect(w.table.rows.map((r) => r.clause)).toEqual([null, 't-r5', 't-r6', 't-r7', 't-r8', 't-r9']);
    expect(w.table.rows[0].cells[0].text).toBe('二、数字产业');
    expect(w.table.header).toEqual(table.header);
    expect(w).toMatchObject({ total: 9, shown: 5 });
  });

  it('carries a cell merged from above the window down into its first row', () => {
    const w = tableWindow(table, 't-r4', 1)!;
    expect(w.table.rows.map((r) => r.clause)).toEqual([null, 't-r3', 't-r4', null]);
    // 东台 starts in row 2, outside the window: shown again at row 3, over the window's two rows of it.
    expect(w.table.rows[1].cells).toEqual([cell('3'), cell('东台', 2), cell('部署千兆光网')]);
    expect(cellGrid(w.table.rows).slice(1, 3)).toEqual([
      ['3', '东台', '部署千兆光网'],
      ['4', '东台', '推进IPv6'],
    ]);
  });

  it('cuts a merged cell at the window’s last row', () => {
    const w = tableWindow(table, 't-r1', 1)!;
    expect(w.table.rows.map((r) => r.clause)).toEqual([null, 't-r1', 't-r2']);
    expect(w.table.rows[2].cells[1]).toEqual(cell('东台', 1));
  });

  it('does not repeat a group row that is inside the window, and shows a short table whole', () => {
    const w = tableWindow(table, 't-r1')!;
    expect(w.table.rows.filter((r) => r.clause == null)).toHaveLength(1);
    const short: Table = { ...table, rows: table.rows.slice(0, 5) };
    expect(tableWindow(short, 't-r2')!.table.rows).toEqual(short.rows);
  });

  it('is null for a row the table does not have', () => {
    expect(tableWindow(table, 'x-r1')).toBeNull();
  });
});

/** Every table of the generated plans (content/), when it is there. */
const PLANS = path.resolve(process.env.CONTENT_DIR ?? 'content', 'plans');
const realTables: Table[] = fs.existsSync(PLANS)
  ? fs.readdirSync(PLANS).flatMap((f) => {
      const plan = parseYaml(/^[^\n]*\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(PLANS, f), 'utf8'))![1]);
      return plan.parts.flatMap((p: { tables: Table[] }) => p.tables);
    })
  : [];

describe.skipIf(realTables.length === 0)('on every row of the seeds’ tables', () => {
  it('shows each row of its window exactly as the full table does, column by column', () => {
    let rows = 0;
    let carried = 0;
    for (const t of realTables) {
      const full = cellGrid(t.rows);
      t.rows.forEach((row, at) => {
        if (!row.clause) return;
        const w = tableWindow(t, row.clause)!;
        const grid = cellGrid(w.table.rows);
        w.source.forEach((i, k) => expect(grid[k], `${row.clause}: row ${k}`).toEqual(full[i]));
        expect(w.source).toContain(at);
        expect(w.shown).toBeLessThanOrEqual(2 * ROW_WINDOW_RADIUS + 1);
        // Cells the window made (carried down or cut), not the table's own.
        carried += w.table.rows.flatMap((r) => r.cells).filter((c) => !t.rows.some((x) => x.cells.includes(c))).length;
        rows++;
      });
    }
    expect(rows).toBeGreaterThan(80);
    // The seeds have merged cells that cross window edges: the carrying and cutting is exercised.
    expect(carried).toBeGreaterThan(0);
  });
});
