import { describe, expect, it } from 'vitest';
import { CODE_NAME, objectsOf, phrasesOf, planObjects, planPhrases, QUOTED_NAME, sharedPhrases } from './phrases';
import { unit } from './testing';
import type { AlignUnit } from '~/schemas/changes';

/** A unit whose one paragraph prints `text` (tokens: its characters; no content words needed here). */
const printed = (id: string, text: string): AlignUnit => ({ id, kind: 'item', themes: [], level: 'task', paragraphs: [{ tokens: [...text], sentences: [] }] });
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1] ?? m[0]);

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

describe('named objects', () => {
  it('QUOTED_NAME: the name between quotation marks, 2–24 characters on one line', () => {
    expect(matches(QUOTED_NAME, '推动“我的盐城”App二期建设,深化“盐企通”服务平台,“数据要素×”')).toEqual(['我的盐城', '盐企通', '数据要素×']);
    expect(matches(QUOTED_NAME, '“一”字')).toEqual([]);
    expect(matches(QUOTED_NAME, '“甲\n乙”')).toEqual([]);
  });
  it('CODE_NAME: Latin names with a letter and 3+ characters, or 5+ digits (a service line); not quantities', () => {
    expect(matches(CODE_NAME, '整合接入12345、IPv6、CIM平台,5G基站3000个,建设100个')).toEqual(['12345', 'IPv6', 'CIM']);
  });
  it('reads a unit’s objects from its printed tokens, upper-cased and renamed', () => {
    const u = printed('2-4-10', '推动“我的盐城”App二期建设,整合接入12345平台。');
    expect([...objectsOf(u)].sort()).toEqual(['12345', 'APP', '我的盐城']);
    expect([...objectsOf(u, (n) => (n === 'APP' ? '应用' : n))].sort()).toEqual(['12345', '应用', '我的盐城']);
  });
  it('weigh a shared object, like a phrase, by how few clauses of each plan name it', () => {
    const e = planObjects([printed('2-4-10', '推动“我的盐城”App二期建设'), printed('2-4-11', '“一网统管”')]);
    const l = planObjects([printed('6-15', '依托“我的盐城”APP'), printed('9-25', '整合“我的盐城”政务服务APP')]);
    const s = sharedPhrases(e, 0, l, 0);
    // 我的盐城 and APP: one clause of the earlier plan, two of the later (1/2 each).
    expect(s.score).toBe(1);
    expect(s.phrases.sort()).toEqual(['APP', '我的盐城']);
    expect(sharedPhrases(e, 1, l, 0).score).toBe(0);
  });
});
