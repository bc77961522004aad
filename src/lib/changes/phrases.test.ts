import { describe, expect, it } from 'vitest';
import { phrasesOf, planPhrases, sharedPhrases } from './phrases';
import { unit } from './testing';

describe('shared phrases', () => {
  it('are windows of 4 characters inside words (3-character words whole), never across two words', () => {
    expect([...phrasesOf(unit('a', [['盐农云', '农业农村大数据', '平台']]))]).toEqual(['盐农云', '农业农村', '业农村大', '农村大数', '村大数据']);
  });
  it('weigh a phrase by how few clauses of each plan contain it', () => {
    const e = planPhrases([unit('1', [['城市生命线', '数字政府']]), unit('2', [['数字政府']])]);
    const l = planPhrases([unit('1', [['城市生命线', '数字政府']])]);
    const s = sharedPhrases(e, 0, l, 0);
    // 城市生命 and 市生命线: one clause each side (1 + 1); 数字政府: two clauses of the earlier plan (1/2).
    expect(s.score).toBe(2.5);
    expect(s.phrases.sort()).toEqual(['城市生命', '市生命线', '数字政府'].sort());
  });
});
