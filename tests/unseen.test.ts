/**
 * A plan in shapes none of the five seeds take — GBK bytes, CRLF line ends, full-width "１．" and "（一）", items
 * numbered "１、", 专栏 boxes, a 责任单位/完成时限 trailer, an attachment table with group rows — next to the real
 * seeds: it is ingested without code changes, its structure found, and the seeds' URLs are untouched.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestAll } from '../scripts/lib/ingest/pipeline';
import { tempRoot } from '../scripts/lib/ingest/testing';

const REPO = join(import.meta.dirname, '..');

const root = tempRoot({});
cpSync(join(REPO, 'seeds'), join(root, 'seeds'), { recursive: true });
for (const f of readdirSync(join(import.meta.dirname, 'fixtures/unseen'))) cpSync(join(import.meta.dirname, 'fixtures/unseen', f), join(root, 'seeds', f));
const plans = await ingestAll(root);

describe('a plan of unseen shapes, added beside the seeds', () => {
  const hz = plans.find((p) => p.doc.city === '杭州')!;
  const byId = Object.fromEntries(hz.clauses.map((c) => [c.id, c]));

  it('is decoded from GBK and its metadata read from the text', () => {
    expect(hz.doc).toMatchObject({ slug: 'hangzhou-2023-2027', title: '杭州市数字经济创新提质“一号发展工程”实施方案(2023—2027年)'.replace('(', '（').replace(')', '）'), period: { start: 2023, end: 2027 }, kind: '实施方案', province: '浙江' });
  });

  it('finds parts, sections, full-width items, 专栏 boxes and trailers', () => {
    expect(hz.clauses.map((c) => c.id)).toEqual(['preamble', '1-1', '1-2', '2-1-1', '2-1-2', '2-1-box1', '2-2-1', '2-2-2', '3-1', '3-2', 'annex-1-r1', 'annex-1-r2', 'annex-1-r3']);
    expect(byId['2-1-1']).toMatchObject({ heading: '建设智能算力中心', deadline: '2025年底前', departments: { lead: [], responsible: ['市发改委', '市经信局'] } });
    expect(byId['2-1-box1'].text).toBe('重点算力工程\n城西智算中心、钱塘智算中心、萧山智算中心。');
    expect(byId['2-2-1'].pinpoint).toBe('第二部分(二)第1条');
    expect(byId['annex-1-r2'].cells!.map((c) => c.text)).toEqual(['2', '智能算力', '钱塘智算中心', '钱塘区']);
  });

  it('leaves every seed URL as it was', async () => {
    const seedsOnly = (await ingestAll(REPO)).flatMap((p) => p.clauses.map((c) => c.url));
    const withNew = new Set(plans.flatMap((p) => p.clauses.map((c) => c.url)));
    for (const url of seedsOnly) expect(withNew.has(url)).toBe(true);
  });
});
