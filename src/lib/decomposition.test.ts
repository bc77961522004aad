import { describe, expect, it } from 'vitest';
import { clause } from './testing';
import {
  commitmentCountLabel,
  commitments,
  taskItemOf,
  taskLinks,
  taskRowsOf,
} from './decomposition';
import { themeMatrix } from './themeview';

// 盐城 2024: 第五部分第11条 is restated by 表 第15–17行; 第六部分第13条 by 表 第29行, which alone names 数字政府.
const plan = 'yancheng-2024';
const item11 = clause({ id: '5-11', plan, order: 1, themes: ['computing-power', 'digital-infrastructure'] });
const item13 = clause({ id: '6-13', plan, order: 2, themes: ['city-governance'] });
const item26 = clause({ id: '10-26', plan, order: 3, themes: ['organisation'] });
const rows = [
  clause({ id: 'table-1-r15', plan, kind: 'row', order: 4, themes: ['computing-power', 'digital-infrastructure'] }),
  clause({ id: 'table-1-r16', plan, kind: 'row', order: 5, themes: ['digital-infrastructure'] }),
  clause({ id: 'table-1-r17', plan, kind: 'row', order: 6, themes: ['computing-power'] }),
  clause({ id: 'table-1-r29', plan, kind: 'row', order: 7, themes: ['digital-government', 'city-governance'] }),
  clause({ id: 'table-1-r46', plan, kind: 'row', order: 8, themes: ['talent'] }),
];
const all = [item11, item13, item26, ...rows];
const links = taskLinks({
  plans: {
    [plan]: [
      { row: 'table-1-r15', item: '5-11', containment: 0.78 },
      { row: 'table-1-r16', item: '5-11', containment: 0.62 },
      { row: 'table-1-r17', item: '5-11', containment: 1 },
      { row: 'table-1-r29', item: '6-13', containment: 1 },
    ],
  },
});

describe('task links', () => {
  it('name a row’s item and an item’s rows in table order', () => {
    expect(taskItemOf(links, rows[1])).toBe('5-11');
    expect(taskRowsOf(links, item11)).toEqual(['table-1-r15', 'table-1-r16', 'table-1-r17']);
    expect(taskItemOf(links, item11)).toBeNull();
    expect(taskRowsOf(links, rows[4])).toEqual([]);
    // Another plan's clause with the same id is not linked.
    expect(taskItemOf(links, { plan: 'yancheng-2025-2027', id: 'table-1-r15' })).toBeNull();
  });
});

describe('commitments', () => {
  it('count an item once, not once more per row that restates it; an unlinked row stays a commitment', () => {
    expect(commitments(links, all).map((c) => c.id)).toEqual(['5-11', '6-13', '10-26', 'table-1-r46']);
  });

  it('give an item the themes only its rows name, after its own', () => {
    const byId = new Map(commitments(links, all).map((c) => [c.id, c]));
    expect(byId.get('6-13')!.themes).toEqual(['city-governance', 'digital-government']);
    expect(byId.get('5-11')).toBe(item11);
  });

  it('make the theme × plan counts count commitments (the clause counts double them)', () => {
    const themes = ['computing-power', 'digital-infrastructure', 'digital-government'];
    expect(themeMatrix(themes, [plan], () => all)).toEqual([[3], [3], [1]]);
    expect(themeMatrix(themes, [plan], () => commitments(links, all))).toEqual([[1], [1], [1]]);
  });
});

describe('commitmentCountLabel', () => {
  it('states commitments, with the rows that restate them apart', () => {
    expect(commitmentCountLabel(75, 30)).toBe('30 条（另有任务分解表 45 行）');
    expect(commitmentCountLabel(43, 43)).toBe('43 条');
  });
});
