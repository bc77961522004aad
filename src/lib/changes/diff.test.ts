import { describe, expect, it } from 'vitest';
import { keptShare, sideText, wordDiff } from './diff';

// jieba tokens (with the project dictionary) of 盐城 2022–2024 二(五)14 and 2025–2027 二(五)3, shortened.
const before = ['不断', '扩大', '千兆光网', '覆盖', '范围', '。'];
const after = ['分阶段', '推进', '万兆光网', '和', '5G-A', '等', '技术', '商用', '部署', '。'];

describe('wordDiff', () => {
  it('diffs whole words, never characters inside them', () => {
    const ops = wordDiff(['推进', '千兆光网', '建设'], ['推进', '万兆光网', '建设']);
    expect(ops).toEqual([
      { op: '=', tokens: ['推进'] },
      { op: '-', tokens: ['千兆光网'] },
      { op: '+', tokens: ['万兆光网'] },
      { op: '=', tokens: ['建设'] },
    ]);
  });
  it('gives each paragraph back exactly from its side of the diff', () => {
    const ops = wordDiff(before, after);
    expect(sideText(ops, 'earlier')).toBe(before.join(''));
    expect(sideText(ops, 'later')).toBe(after.join(''));
  });
  it('merges consecutive runs of the same kind', () => {
    const ops = wordDiff(['甲', '乙'], ['丙', '丁']);
    expect(ops.map((o) => o.op)).toEqual(['-', '+']);
  });
  it('measures how much wording survived', () => {
    expect(keptShare(wordDiff(before, before))).toBe(1);
    expect(keptShare(wordDiff(['甲'], ['乙']))).toBe(0);
  });
});
