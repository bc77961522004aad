import { describe, expect, it } from 'vitest';
import { clause } from '~/lib/testing';
import { clauseLevel, GOAL_HEADING, isAligned, SENTENCE_END, sentencesOf, unitParagraphTexts } from './units';

describe('units', () => {
  it('align commitments, not the issuing notice, the preamble, an attachment title or the list of attachments', () => {
    expect(isAligned(clause({ id: 'preamble', plan: 'p', kind: 'preamble' }))).toBe(false);
    expect(isAligned(clause({ id: '2-1-1', plan: 'p' }))).toBe(true);
    expect(isAligned(clause({ id: 'notice', plan: 'p', kind: 'notice' }))).toBe(false);
    expect(isAligned(clause({ id: 'annex-1', plan: 'p', kind: 'annex' }))).toBe(false);
    expect(isAligned(clause({ id: 'annexes', plan: 'p', kind: 'part' }))).toBe(false);
  });
  it('read a clause without its trailer, and a row by its task text', () => {
    const trailer = '(责任部门:市数据局,完成时间:2024年12月底前)';
    expect(unitParagraphTexts(clause({ id: '1', plan: 'p', paragraphs: ['甲。', `乙。${trailer}`], trailer }))).toEqual(['甲。', '乙。']);
    const row = clause({ id: 'r', plan: 'p', kind: 'row', cells: [{ column: '序号', text: '1' }, { column: '具体内容', text: '建设平台。' }, { column: '责任部门', text: '市数据局' }] });
    expect(unitParagraphTexts(row)).toEqual(['建设平台。']);
  });
  it('SENTENCE_END: split after 。;!? with a closing quote kept; joined, the sentences give the paragraph back', () => {
    const p = '建设“盐农云”。提升能级;打造“一网统管!”后续';
    expect(sentencesOf(p)).toEqual(['建设“盐农云”。', '提升能级;', '打造“一网统管!”', '后续']);
    expect(sentencesOf(p).join('')).toBe(p);
    expect('。'.match(SENTENCE_END)).not.toBeNull();
  });
  it('GOAL_HEADING: aims (总体要求, 发展目标, a target table) are goals; tasks and 保障措施 are not', () => {
    expect(clauseLevel({ context: ['总体要求', '发展目标'] })).toBe('goal');
    expect(clauseLevel({ context: ['2025-2027年数字经济发展主要目标'] })).toBe('goal');
    expect(clauseLevel({ context: ['重点任务', '数字产业升级行动'] })).toBe('task');
    expect(clauseLevel({ context: ['保障措施'] })).toBe('task');
    expect(GOAL_HEADING.test('指导思想')).toBe(true);
  });
});
