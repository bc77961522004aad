import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, comparePlans, NO_THEME, summarise } from './compare';
import { unit } from './testing';

const earlier = {
  slug: 'a',
  units: [
    unit('2-7-21', [['黄海明珠人才计划', '实训基地', '人才培养']], { themes: ['talent'] }),
    unit('2-7-19', [['规上企业', '专精特新', '股改上市']], { themes: ['digital-industry'] }),
    unit('2-3-9', [['云逛街', '智慧零售', '影视基地']], { themes: ['digital-commerce'] }),
  ],
};
const later = {
  slug: 'b',
  units: [
    unit('2-5-4', [['黄海明珠人才计划', '实训基地', '人才队伍']], { themes: ['talent'] }),
    unit('2-5-1', [['规上企业', '专精特新', '高新技术企业']], { themes: ['digital-industry'] }),
    unit('2-1-2', [['具身智能', '机器人']], { themes: [] }),
  ],
};
const move = { key: 'k', indicator: '规上企业', unit: '家', from: { value: 1000, year: 2024, clause: '2-7-19' }, to: { value: 1500, year: 2027, clause: '2-5-1' }, direction: 'raised' as const };

describe('comparePlans', () => {
  const c = comparePlans(earlier, later, [move]);
  const kind = (plan: string, id: string) => c.verdicts.find((v) => v.plan === plan && v.id === id)?.kind;

  it('judges later clauses new, continued or raised, and earlier clauses nobody continues dropped', () => {
    expect([kind('b', '2-5-4'), kind('b', '2-5-1'), kind('b', '2-1-2')]).toEqual(['continued', 'raised', 'new']);
    expect(kind('a', '2-3-9')).toBe('dropped');
    expect(kind('a', '2-7-21')).toBeUndefined();
  });
  it('diffs each linked pair word by word', () => {
    const l = c.links.find((x) => x.later === '2-5-4')!;
    expect(l.diff).toEqual([
      { op: '=', tokens: ['黄海明珠人才计划', '实训基地'] },
      { op: '-', tokens: ['人才培养'] },
      { op: '+', tokens: ['人才队伍'] },
    ]);
  });
  it('summarises per theme, a clause without a theme apart, each kind in reading order', () => {
    const s = summarise(c.verdicts, ['talent', 'digital-industry', 'digital-commerce', 'security']);
    expect(s.rows.map((r) => r.theme)).toEqual(['talent', 'digital-industry', 'digital-commerce', NO_THEME]);
    expect(s.rows.find((r) => r.theme === 'digital-industry')!.clauses.raised.map((v) => v.id)).toEqual(['2-5-1']);
    expect(CHANGE_KINDS.map((k) => s.total[k].length)).toEqual([1, 1, 0, 1, 1]);
  });
});
