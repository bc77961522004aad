import { describe, expect, it } from 'vitest';
import { DEADLINE_COLUMN, DEPARTMENT_COLUMN, ROW_NUMBER_COLUMN, rowTaskText } from './taskrow';

describe('named column patterns', () => {
  it('ROW_NUMBER_COLUMN: 序号 / 编号 only', () => {
    expect(['序号', '编号'].every((c) => ROW_NUMBER_COLUMN.test(c))).toBe(true);
    expect(ROW_NUMBER_COLUMN.test('主要工作')).toBe(false);
  });
  it('DEADLINE_COLUMN: 完成时间, 时限, 完成期限 — not a year column', () => {
    expect(['完成时间', '时限', '完成期限'].every((c) => DEADLINE_COLUMN.test(c))).toBe(true);
    expect(DEADLINE_COLUMN.test('2025年')).toBe(false);
  });
  it('DEPARTMENT_COLUMN: 责任部门, 牵头责任单位, 牵头责任部门', () => {
    expect(['责任部门', '牵头责任单位', '牵头责任部门'].every((c) => DEPARTMENT_COLUMN.test(c))).toBe(true);
    expect(DEPARTMENT_COLUMN.test('具体内容')).toBe(false);
  });
});

describe('rowTaskText', () => {
  it('reads a row by its longest task cell, never its number, deadline or departments', () => {
    const cells = [
      { column: '序号', text: '11' },
      { column: '主要工作', text: '夯实数字基础设施建设' },
      { column: '具体内容', text: '逐步推进5G网络基础设施建设。' },
      { column: '完成时间', text: '持续推进,各县(市、区)按职责分工负责落实到位' },
      { column: '责任部门', text: '市工信局、市委网信办、市通管办、盐城电信、盐城移动、盐城联通' },
    ];
    expect(rowTaskText(cells)).toBe('逐步推进5G网络基础设施建设。');
  });
});
