import { describe, expect, it } from 'vitest';
import { verify, skeleton } from './verify';
import { ingestSeed } from './pipeline';
import { tempRoot } from './testing';
import type { Clause } from '~/schemas/policy';

const TEXT = ['某市计划(2025-2027年)', '一、任务', '(一)数字产业', '1.发展产业。第一句。第二句。', '2.建设设施。第三句。', '附件1', '目标', '序号 | 指标 |', '1 | 营业收入(亿元) |'];

// Ingested once, outside any test's time limit (the first ingest of a worker loads the tagger's dictionaries).
const ingested = await ingestSeed(tempRoot({ 'seeds/x.txt': TEXT.join('\n'), 'seeds/x.yaml': 'city: 某市\nprovince: 江苏\n' }), 'seeds/x.txt');
async function plan() {
  return ingested;
}
const edit = (clauses: Clause[], id: string, f: (c: Clause) => Clause) => clauses.map((c) => (c.id === id ? f(c) : c));

describe('skeleton', () => {
  it('ignores white space, table pipes and reads ﹒ as .', async () => {
    expect(skeleton('1 ﹒ 数 字 | 产业\n')).toBe('1.数字产业');
  });
});

describe('verify: the published clauses reproduce the seed', () => {
  it('passes for a faithful ingest', async () => {
    const { doc, clauses } = await plan();
    expect(() => verify('seeds/x.txt', TEXT, doc, clauses)).not.toThrow();
  });
  it('fails, naming the line, when a sentence is lost', async () => {
    const { doc, clauses } = await plan();
    const lost = edit(clauses, '1-1-1', (c) => ({ ...c, paragraphs: ['发展产业。第一句。'] }));
    expect(() => verify('seeds/x.txt', TEXT, doc, lost)).toThrow(/^seeds\/x\.txt:4: the published clauses do not reproduce/);
  });
  it('fails when text is reworded or punctuation changed', async () => {
    const { doc, clauses } = await plan();
    const reworded = edit(clauses, '1-1-2', (c) => ({ ...c, paragraphs: ['建设设施,第三句。'] }));
    expect(() => verify('seeds/x.txt', TEXT, doc, reworded)).toThrow(/seeds\/x\.txt:5:/);
  });
  it('fails when clauses are reordered', async () => {
    const { doc, clauses } = await plan();
    const swapped = { ...doc, parts: doc.parts.map((p) => ({ ...p, sections: p.sections.map((s) => ({ ...s, clauses: [...s.clauses].reverse() })) })) };
    expect(() => verify('seeds/x.txt', TEXT, swapped, clauses)).toThrow(/do not reproduce/);
  });
  it('fails when a table cell is lost', async () => {
    const { doc, clauses } = await plan();
    const cut = { ...doc, parts: doc.parts.map((p) => ({ ...p, tables: p.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 1) })) })) })) };
    expect(() => verify('seeds/x.txt', TEXT, cut, clauses)).toThrow(/seeds\/x\.txt:9:/);
  });
});
