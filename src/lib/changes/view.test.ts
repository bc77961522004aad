import { describe, expect, it } from 'vitest';
import { comparePair } from './compare';
import { clauseItem, comparisonView, kindAnchor, relationNote, stepTitle, themeRowLabel } from './view';
import { unit } from './testing';

const clauses: Record<string, { url: string; pinpoint: string; heading: string | null; text: string; cells: null | Array<{ column: string; text: string }> }> = {
  'a/2-7-21': { url: '/plans/a/2-7-21/', pinpoint: '第二部分(七)第21条', heading: '积极引育数字人才', text: '积极引育数字人才。…', cells: null },
  'b/2-5-4': { url: '/plans/b/2-5-4/', pinpoint: '第二部分(五)第4条', heading: '强化数字人才引育', text: '强化数字人才引育。…', cells: null },
  'b/annex-2-r26': { url: '/plans/b/annex-2-r26/', pinpoint: '附件2 第26行', heading: null, text: '26 | 数字生态优化行动 | 制定数字经济人才队伍建设行动方案。 | 市委组织部', cells: [{ column: '序号', text: '26' }, { column: '工作要点', text: '数字生态优化行动' }, { column: '主要内容', text: '制定数字经济人才队伍建设行动方案。' }, { column: '牵头责任单位', text: '市委组织部' }] },
};
const lookups = { clause: (plan: string, id: string) => clauses[`${plan}/${id}`], themes: ['talent', 'security'] };
const units = {
  plans: {
    a: [unit('2-7-21', [['黄海明珠人才计划', '实训基地', '人才培养']], { themes: ['talent'] }), unit('2-8-22', [['网络安全', '态势感知']], { themes: ['security'] })],
    b: [unit('2-5-4', [['黄海明珠人才计划', '实训基地', '人才队伍']], { themes: ['talent'] }), unit('annex-2-r26', [['人才队伍', '行动方案']], { themes: [] })],
  },
};

describe('clauseItem', () => {
  it('names a clause by its heading, a row by its task cell, an unknown clause by its id', () => {
    expect(clauseItem(lookups, 'b', '2-5-4').name).toBe('强化数字人才引育');
    expect(clauseItem(lookups, 'b', 'annex-2-r26').name).toBe('制定数字经济人才队伍建设行动方案。');
    expect(clauseItem(lookups, 'b', 'nope')).toMatchObject({ name: 'nope', url: '/plans/b/nope/' });
  });
});

describe('comparisonView', () => {
  const view = comparisonView(comparePair('a', 'b', units, [], () => 0, 'a--b'), lookups);
  it('lists what is new and dropped with links, per theme and in total', () => {
    expect(view.totals.dropped.map((c) => c.url)).toEqual(['/plans/a/2-8-22/']);
    expect(view.rows.find((r) => r.theme === 'security')!.clauses.dropped).toHaveLength(1);
    expect(view.totals.continued.map((c) => c.id)).toContain('2-5-4');
  });
  it('pairs each continuing clause with the clauses it continues, their diff and how much wording survived', () => {
    const pair = view.pairs.find((p) => p.later.id === '2-5-4')!;
    expect(pair.links[0]).toMatchObject({ earlier: { id: '2-7-21', url: '/plans/a/2-7-21/' } });
    expect(pair.links[0].kept).toBeCloseTo(4 / 6);
  });
  it('anchors each kind’s list under the comparison', () => {
    expect(kindAnchor(view.anchor, 'new')).toBe('a--b-new');
  });
});

describe('words', () => {
  it('title a step later plan first, and say which earlier plan it is measured against', () => {
    expect(stepTitle({ from: 'a', to: 'b' }, (s) => ({ a: '2022–2024', b: '2025–2027' })[s]!)).toBe('2025–2027 对比 2022–2024');
    const plans = [{ slug: 'a', kind: '三年行动计划' }, { slug: 'w', kind: '年度工作要点' }, { slug: 'b', kind: '三年行动计划' }];
    expect(relationNote({ relation: 'same-kind', from: 'a', to: 'b' }, plans)).toBe('与上一份三年行动计划相比（跳过其间的 1 份其他文件）');
    expect(relationNote({ relation: 'consecutive', from: 'w', to: 'b' }, plans)).toBe('与前一份规划相比');
    expect(themeRowLabel('', (s) => s)).toBe('未标主题');
  });
});
