import { describe, expect, it } from 'vitest';
import { allDepartments, byPlan, clauseNumber, locate, neighbours, siblingIds, structureIds, themeCounts, withTheme } from './clauses';
import { clause, plan } from './testing';

const doc = plan({
  slug: 'yancheng-2025-2027',
  city: '盐城',
  title: '盐城市数字经济高质量发展三年行动计划(2025-2027年)',
  parts: [
    { id: 'notice', kind: 'notice', label: '', title: '印发通知', titleInline: false, line: 1, clauses: ['notice'], sections: [], tables: [] },
    {
      id: '2',
      kind: 'part',
      label: '二、',
      title: '重点任务',
      titleInline: false,
      line: 1,
      clauses: ['2'],
      sections: [
        { id: '2-1', label: '(一)', title: '数字产业升级行动', titleInline: false, line: 1, clauses: ['2-1-1', '2-1-2'] },
        { id: '2-3', label: '(三)', title: '数据价值释放行动', titleInline: false, line: 1, clauses: ['2-3-1', '2-3-2', '2-3-3'] },
      ],
      tables: [],
    },
    {
      id: 'annex-1',
      kind: 'annex',
      label: '附件1',
      title: '2025-2027年数字经济发展主要目标',
      titleInline: false,
      line: 1,
      clauses: ['annex-1', 'annex-1-r1', 'annex-1-r2'],
      sections: [],
      tables: [
        {
          caption: null,
          header: ['序号', '类别', '主要指标'],
          rows: [
            { clause: 'annex-1-r1', cells: [{ text: '1', rowspan: 1, colspan: 1 }, { text: '数字产业化水平不断提升', rowspan: 2, colspan: 1 }, { text: '数字经济核心产业营业收入(亿元)', rowspan: 1, colspan: 1 }] },
            { clause: 'annex-1-r2', cells: [{ text: '2', rowspan: 1, colspan: 1 }, { text: '数字经济核心产业增加值(亿元)', rowspan: 1, colspan: 1 }] },
          ],
        },
      ],
    },
  ],
});

describe('locate and siblings', () => {
  it('finds items in their section, part-level text in its part, rows in their table', () => {
    expect(locate(doc, '2-3-1')?.section?.title).toBe('数据价值释放行动');
    expect(locate(doc, '2')?.section).toBeNull();
    expect(locate(doc, 'annex-1-r2')?.table?.header[2]).toBe('主要指标');
    expect(locate(doc, 'nope')).toBeNull();
  });
  it('gives the reader the section, the part text without table rows, or the table rows', () => {
    expect(siblingIds(doc, '2-3-2')).toEqual(['2-3-1', '2-3-2', '2-3-3']);
    expect(siblingIds(doc, 'annex-1')).toEqual(['annex-1']);
    expect(siblingIds(doc, 'annex-1-r1')).toEqual(['annex-1-r1', 'annex-1-r2']);
    expect(siblingIds(doc, 'missing')).toEqual(['missing']);
  });
  it('lists every structural id once', () => {
    const ids = structureIds(doc);
    expect(ids).toEqual(['notice', '2', '2-1-1', '2-1-2', '2-3-1', '2-3-2', '2-3-3', 'annex-1', 'annex-1-r1', 'annex-1-r2']);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('order and neighbours', () => {
  const cs = [clause({ id: 'b', plan: 'p', order: 1 }), clause({ id: 'c', plan: 'p', order: 2 }), clause({ id: 'a', plan: 'p', order: 0 }), clause({ id: 'x', plan: 'q', order: 0 })];
  it('groups by plan in document order', () => {
    const m = byPlan(cs);
    expect(m.get('p')!.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(m.get('q')!.map((c) => c.id)).toEqual(['x']);
  });
  it('finds previous and next in document order; none at the ends', () => {
    const p = byPlan(cs).get('p')!;
    expect(neighbours(p, 'b')).toMatchObject({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(p, 'a').prev).toBeNull();
    expect(neighbours(p, 'c').next).toBeNull();
    expect(neighbours(p, 'zz')).toEqual({ prev: null, next: null });
  });
});

describe('themes and departments', () => {
  const cs = [
    clause({ id: '1', plan: 'p', themes: ['computing-power', 'data-elements'] }),
    clause({ id: '2', plan: 'p', themes: ['data-elements', 'data-elements'] }),
    clause({ id: '3', plan: 'p', themes: [] }),
  ];
  it('filters by theme and counts each clause once per theme', () => {
    expect(withTheme(cs, 'data-elements').map((c) => c.id)).toEqual(['1', '2']);
    expect([...themeCounts(cs)]).toEqual([
      ['computing-power', 1],
      ['data-elements', 2],
    ]);
  });
  it('merges lead and responsible departments without repeats', () => {
    expect(allDepartments({ departments: { lead: ['市数据局'], responsible: ['市数据局', '市工信局'] } })).toEqual(['市数据局', '市工信局']);
  });
  it('shows a number for items and rows only', () => {
    expect(clauseNumber({ kind: 'item', path: ['二', '(三)', '1'] })).toBe('1');
    expect(clauseNumber({ kind: 'section', path: ['二', '(三)'] })).toBeNull();
    expect(clauseNumber({ kind: 'notice', path: [] })).toBeNull();
  });
});
