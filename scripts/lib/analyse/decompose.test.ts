import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { clause, plan } from '~/lib/testing';
import { commitments, taskLinks } from '~/lib/decomposition';
import { themeMatrix } from '~/lib/themeview';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { decompositionSchema } from '~/schemas/decomposition';
import { ingestAll, type IngestedPlan } from '../ingest/pipeline';
import { decompose, decomposePlan, itemOwnText } from './decompose';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let seeds: IngestedPlan[];
const seed = (slug: string) => seeds.find((p) => p.doc.slug === slug)!;

beforeAll(async () => {
  seeds = await ingestAll(ROOT);
}, 120_000);

describe('texts compared', () => {
  it('an item is read without its trailer', () => {
    expect(itemOwnText({ text: '加强组织协调。形成合力。(责任部门:市数据局)', trailer: '(责任部门:市数据局)' })).toBe('加强组织协调。形成合力。');
  });
});

describe('盐城 2024 工作要点: its 任务分解表 decomposes its body', () => {
  let links: ReturnType<typeof decomposePlan>;
  let clauses: Clause[];
  beforeAll(() => {
    const p = seed('yancheng-2024');
    clauses = p.clauses;
    links = decomposePlan(p.doc, p.clauses);
  });

  it('links every one of the 45 rows, continuation rows included, and each row once', () => {
    const rows = clauses.filter((c) => c.kind === 'row').map((c) => c.id);
    expect(rows).toHaveLength(45);
    expect(links.map((l) => l.row)).toEqual(rows);
  });

  it('links a row to the body item it restates, even where the table groups items differently (表 序号16 = 第16、17、18条)', () => {
    const itemOf = new Map(links.map((l) => [l.row, l.item]));
    // 第五部分第11条 = 表 第15、16、17行 (one 主要工作 cell merged over three rows).
    expect(['table-1-r15', 'table-1-r16', 'table-1-r17'].map((r) => itemOf.get(r))).toEqual(['5-11', '5-11', '5-11']);
    // 表 序号16 推动数字文化繁荣发展 names no body heading; its three rows restate three items.
    expect(['table-1-r33', 'table-1-r34', 'table-1-r35'].map((r) => itemOf.get(r))).toEqual(['7-16', '7-17', '7-18']);
    // 第六部分第12条 is decomposed by department into 8 rows.
    expect([...itemOf].filter(([, item]) => item === '6-12').map(([row]) => row)).toEqual(
      ['r18', 'r19', 'r20', 'r21', 'r22', 'r23', 'r24', 'r25'].map((r) => `table-1-${r}`),
    );
    // Every linked item is a body item of the same plan.
    const kinds = new Map(clauses.map((c) => [c.id, c.kind]));
    for (const l of links) expect(kinds.get(l.item), l.row).toBe('item');
  });

  it('records how much of the row the item holds', () => {
    for (const l of links) expect(l.containment, l.row).toBeGreaterThanOrEqual(0.6);
  });
});

describe('what the site counts for 盐城 2024', () => {
  it('75 clauses are 30 commitments; each theme counts an item once, not once more per row', () => {
    const p = seed('yancheng-2024');
    const links = taskLinks(decompose([p.doc], p.clauses));
    const counted = commitments(links, p.clauses);
    expect(p.clauses).toHaveLength(75);
    expect(counted).toHaveLength(30);
    const themes = ['digital-society', 'digital-government', 'organisation'];
    const [inflated, once] = [p.clauses, counted].map((cs) => themeMatrix(themes, [p.doc.slug], () => cs).map(([n]) => n));
    // 数字社会: 第六部分第12、15条 and 第七部分第16–18条 (5 items) — 17 with the 12 rows that restate them.
    expect(once).toEqual([5, 8, 5]);
    // Counted per clause, rows included: 17 / 15 / 10 (数字政府 15 since the learned model also tags one more row with it).
    expect(inflated).toEqual([17, 15, 10]);
  });
});

describe('tables that do not decompose the body', () => {
  it('leave 盐城 2025–2027 附件1 (targets) and 附件2 (the year’s own work points) as commitments of their own', () => {
    const p = seed('yancheng-2025-2027');
    expect(p.clauses.filter((c) => c.kind === 'row').length).toBe(45);
    expect(decomposePlan(p.doc, p.clauses)).toEqual([]);
  });

  it('leave every other seed alone, and publish 盐城 2024 only (valid against the schema)', () => {
    const out = decompose(seeds.map((p) => p.doc), seeds.flatMap((p) => p.clauses));
    expect(decompositionSchema.parse(out)).toEqual(out);
    expect(Object.keys(out.plans)).toEqual(['yancheng-2024']);
  });

  it('keep a row of a decomposing table that restates no item as its own commitment', () => {
    const body = [
      '推进数据价值化释放。推进数据目录统一编制、数据资源分层分级管理,构建全市数据资源“一本账”。推进全市数据资源类国有资产清查利用。',
      '夯实数字基础设施建设。持续推进5G网络建设,提高市级以上工业园区5G网络覆盖密度,抓好IPv6规模部署和行业融合应用,扩容国际互联网数据专用通道。',
    ];
    const rows = [
      '推进数据目录统一编制、数据资源分层分级管理,构建全市数据资源“一本账”。推进全市数据资源类国有资产清查利用。',
      '持续推进5G网络建设,提高市级以上工业园区5G网络覆盖密度,抓好IPv6规模部署和行业融合应用。',
      '建设市级低空经济综合服务平台,开展无人机物流配送试点,培育低空经济应用场景十个以上。',
    ];
    const { doc, clauses } = craftedPlan(body, rows);
    expect(decomposePlan(doc, clauses)).toEqual([
      { row: 'table-1-r1', item: '1-1', containment: 1 },
      { row: 'table-1-r2', item: '1-2', containment: 1 },
    ]);
  });

  it('do not link short rows that happen to repeat words of an item, when the table as a whole restates nothing', () => {
    const body = ['强化数据资源管理。到2027年,公共数据授权运营指数超过80,推动公共数据跨地区、跨部门、跨层级共享利用。'];
    const rows = ['公共数据授权运营指数', '累计形成高质量数据集(个)'];
    const { doc, clauses } = craftedPlan(body, rows);
    expect(decomposePlan(doc, clauses)).toEqual([]);
  });
});

/** A plan with body items 1-1, 1-2 … and one task table whose rows carry the given task texts. */
function craftedPlan(body: string[], rows: string[]): { doc: PolicyDoc; clauses: Clause[] } {
  const items = body.map((text, i) => clause({ id: `1-${i + 1}`, plan: 'x', order: i, paragraphs: [text], kind: 'item' }));
  const header = ['序号', '具体内容', '完成时间', '责任部门'];
  const rowClauses = rows.map((text, i) =>
    clause({
      id: `table-1-r${i + 1}`,
      plan: 'x',
      kind: 'row',
      order: body.length + i,
      paragraphs: [text],
      cells: [
        { column: '序号', text: String(i + 1) },
        { column: '具体内容', text },
        { column: '完成时间', text: '2024年12月' },
        { column: '责任部门', text: '市数据局' },
      ],
    }),
  );
  const doc = plan({
    slug: 'x',
    city: '盐城',
    title: 'x',
    parts: [
      { id: '1', kind: 'part', label: '一、', title: '任务', titleInline: false, line: 1, clauses: items.map((c) => c.id), sections: [], tables: [] },
      {
        id: 'table-1',
        kind: 'annex',
        label: '',
        title: '任务分解表',
        titleInline: false,
        line: 2,
        clauses: [],
        sections: [],
        tables: [{ caption: '任务分解表', header, rows: rowClauses.map((c) => ({ clause: c.id, cells: c.cells!.map((x) => ({ text: x.text, rowspan: 1, colspan: 1 })) })) }],
      },
    ],
  });
  return { doc, clauses: [...items, ...rowClauses] };
}
