/**
 * The pipeline on the five real seeds: facts, faithfulness (every sentence and table cell of every seed is in its
 * plan's published clauses), and golden outlines per seed (golden/<slug>.txt, read by a person; regenerate with
 * UPDATE_GOLDEN=1 and review the diff).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestAll } from './pipeline';
import { skeleton } from './verify';
import { splitCells } from './table';
import { normalizeLine } from './normalize';
import type { Clause, PolicyDoc } from '~/schemas/policy';

const ROOT = join(import.meta.dirname, '../../..');
const plans = await ingestAll(ROOT);
const bySlug = Object.fromEntries(plans.map((p) => [p.doc.slug, p]));

describe('the five seeds', () => {
  it('are all ingested with their slugs', async () => {
    expect(plans.map((p) => p.doc.slug)).toEqual(['suzhou-2021-2023', 'taizhou-zhidao-yijian', 'yancheng-2022-2024', 'yancheng-2024', 'yancheng-2025-2027']);
  });

  it('carry the facts the texts and CATALOG.md state, and nothing else', async () => {
    const facts = plans.map(({ doc }) => [doc.slug, doc.city, doc.title, doc.issuer, doc.date, doc.docNumber, doc.period && `${doc.period.start}-${doc.period.end}`, doc.kind]);
    expect(facts).toEqual([
      ['suzhou-2021-2023', '苏州', '苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)', '苏州市人民政府', null, '苏委发〔2021〕1号', '2021-2023', '三年行动计划'],
      ['taizhou-zhidao-yijian', '泰州', '泰州市关于加快发展数字经济的指导意见', null, null, null, null, '指导意见'],
      ['yancheng-2022-2024', '盐城', '盐城市数字经济发展三年行动计划(2022—2024年)', null, null, null, '2022-2024', '三年行动计划'],
      ['yancheng-2024', '盐城', '2024年数字盐城工作要点', '盐城市人民政府办公室', '2024-08-22', null, '2024-2024', '年度工作要点'],
      ['yancheng-2025-2027', '盐城', '盐城市数字经济高质量发展三年行动计划(2025-2027年)', '盐城市人民政府办公室', '2025-09-09', null, '2025-2027', '三年行动计划'],
    ]);
  });

  it('print no 落款 after their text (CATALOG.md: 002/003 sign their notices; 000/001/004 state no issuer or date there), so none is read', async () => {
    expect(plans.map(({ doc }) => doc.signature)).toEqual([null, null, null, null, null]);
  });

  it('keep 004’s page furniture as metadata, out of the clauses', async () => {
    const { doc, clauses } = bySlug['suzhou-2021-2023'];
    expect(doc.furniture.map((f) => f.text)).toEqual(['政策详情', '《苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)》', '苏委发〔2021〕1号', '级别:苏州市级状态:有效', '分类:产业扶持政策,智改数转,实施中', '支持方式:奖励', '支持产业:所有产业', '发文单位:苏州市人民政府', '图解政策', '延伸阅读', '根据标签自动聚合以下内容']);
    expect(clauses.some((c) => /图解政策|延伸阅读|发文单位/.test(c.text))).toBe(false);
  });

  it('join 000’s lines broken mid-sentence and remove its PDF spacing', async () => {
    const c = bySlug['yancheng-2022-2024'].clauses.find((x) => x.id === '2-1-2')!;
    expect(c.text).toContain('按照“数实融合”发展导向,以23条重点产业链数字化转型为突破口');
    expect(c.label).toBe('2.');
    expect(bySlug['yancheng-2022-2024'].clauses.find((x) => x.id === '1-2-3')!.text).toContain('实现城市治理“全域感知、高效处置、协同指挥、一网统管”');
  });

  it('read trailers into departments and deadlines (000, 002, 003)', async () => {
    const pick = (slug: string, id: string) => bySlug[slug].clauses.find((c) => c.id === id)!;
    expect(pick('yancheng-2022-2024', '2-7-21').departments.lead).toEqual(['市委组织部']);
    expect(pick('yancheng-2024', '1-1')).toMatchObject({ departments: { lead: [], responsible: ['联席会议各成员单位'] }, deadline: '2025年1月底前' });
    expect(pick('yancheng-2025-2027', '2-4-1').departments.responsible).toEqual(['市数据局', '市大数据集团']);
  });

  it('rebuild 002’s task table with merged cells and 003’s target table', async () => {
    const row = bySlug['yancheng-2024'].clauses.find((c) => c.id === 'table-1-r8')!;
    expect(row.cells!.map((c) => c.text.slice(0, 8))).toEqual(['7', '推动产业数字化发', '逐步推动产前、产', '2025年4月', '市农业农村局']);
    expect(row.context).toEqual(['2024年数字盐城重点工作任务分解表', '二、数字经济(6项)']);
    const target = bySlug['yancheng-2025-2027'].clauses.find((c) => c.id === 'annex-1-r7')!;
    expect(target.cells!.map((c) => c.text)).toEqual(['7', '数据价值化加快释放', '公共数据授权运营指数', '50', '80', '80', '市数据局']);
  });

});

/** Pieces of a raw seed line: sentences of a text line, or the cells of a table line. */
function pieces(line: string): string[] {
  const text = normalizeLine(line);
  if (!text) return [];
  if (text.includes('|')) return splitCells(text).filter(Boolean);
  return text.split(/(?<=[。;；!！?？])/).map((s) => s.trim()).filter(Boolean);
}

/** All text a reader finds in a plan's published clauses, and separately in its headings and metadata. */
function published(doc: PolicyDoc, clauses: Clause[]) {
  const clauseText = skeleton(clauses.map((c) => `${c.label}${c.text}\n${(c.cells ?? []).map((x) => x.text).join('\n')}`).join('\n'));
  const headings = [doc.title, ...doc.furniture.map((f) => f.text)];
  for (const p of doc.parts) {
    headings.push(p.label + p.title, p.title);
    for (const s of p.sections) headings.push(s.label + s.title);
    for (const t of p.tables) headings.push(...t.header, ...t.rows.flatMap((r) => r.cells.map((c) => c.text)), t.caption ?? '');
  }
  return { clauseText, headings: headings.map(skeleton) };
}

describe('nothing lost: every sentence and table cell of every seed is published', () => {
  for (const { doc, clauses } of plans) {
    it(`${doc.slug}`, async () => {
      const raw = readFileSync(join(ROOT, doc.source), 'utf-8').split('\n');
      const { clauseText, headings } = published(doc, clauses);
      const missing: string[] = [];
      let sentences = 0;
      raw.forEach((line, i) => {
        for (const piece of pieces(line)) {
          const s = skeleton(piece);
          const isSentence = /[。;；!！?？]$/.test(piece);
          if (isSentence) sentences++;
          // Sentences must be in the clauses; headings and furniture may be in the plan's structure instead.
          if (!clauseText.includes(s) && (isSentence || !headings.some((h) => h.includes(s)))) missing.push(`${i + 1}: ${piece}`);
        }
      });
      expect(missing).toEqual([]);
      expect(sentences).toBeGreaterThan(20);
    });
  }
});

describe('golden outlines per seed (read them: scripts/lib/ingest/golden/)', () => {
  for (const { doc, clauses } of plans) {
    it(doc.slug, () => {
      const outline = [
        `# ${doc.title} — ${doc.city} — ${doc.source}`,
        `# issuer=${doc.issuer ?? '未知'} date=${doc.date ?? '未知'} docNumber=${doc.docNumber ?? '未知'} kind=${doc.kind ?? '未知'}`,
        ...doc.parts.map((p) => `## part ${p.id} [${p.kind}] ${p.label}${p.title} (sections: ${p.sections.map((s) => s.id).join(' ') || '—'}; tables: ${p.tables.length})`),
        ...clauses.map((c) => {
          const d = [...c.departments.lead.map((x) => `${x}*`), ...c.departments.responsible].join('、');
          return `${c.id.padEnd(14)} ${c.pinpoint} | ${c.heading ?? '—'} | ${c.text.length}字 “${c.text.slice(0, 14)}…${c.text.slice(-8)}” | 部门:${d || '—'} | 时限:${c.deadline ?? '—'}`;
        }),
      ].join('\n') + '\n';
      const file = join(import.meta.dirname, 'golden', `${doc.slug}.txt`);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(join(import.meta.dirname, 'golden'), { recursive: true });
        writeFileSync(file, outline);
      }
      expect(outline).toBe(readFileSync(file, 'utf-8'));
    });
  }
});
