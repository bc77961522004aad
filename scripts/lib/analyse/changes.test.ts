import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { changesFileSchema, unitsFileSchema, type ChangesFile, type UnitsFile } from '~/schemas/changes';
import type { Clause } from '~/schemas/policy';
import { unitParagraphTexts } from '~/lib/changes/units';
import { ingestAll } from '../ingest/pipeline';
import { analyseCorpus } from './analyse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let units: UnitsFile;
let changes: ChangesFile;
let clauses: Clause[];

beforeAll(async () => {
  const ingested = await ingestAll(ROOT);
  clauses = ingested.flatMap((p) => p.clauses);
  const analysis = analyseCorpus(clauses, ingested.map((p) => p.doc));
  units = unitsFileSchema.parse(analysis.units);
  changes = changesFileSchema.parse(analysis.changes);
}, 120_000);

describe('units of the five seeds', () => {
  it('leave out notices, preambles, attachment lists and the task-table rows that restate an item', () => {
    const ids = units.plans['yancheng-2024'].map((u) => u.id);
    expect(ids).toHaveLength(28);
    expect(ids.some((id) => id.startsWith('table-') || id === 'notice' || id === 'preamble')).toBe(false);
    // 2025–2027's target and work-point rows are commitments of their own.
    expect(units.plans['yancheng-2025-2027'].filter((u) => u.kind === 'row')).toHaveLength(45);
  });
  it('keep every paragraph whole: its tokens give it back exactly', () => {
    const byKey = new Map(clauses.map((c) => [`${c.plan}/${c.id}`, c]));
    for (const [plan, list] of Object.entries(units.plans)) {
      for (const u of list) {
        const texts = unitParagraphTexts(byKey.get(`${plan}/${u.id}`)!);
        expect(u.paragraphs.map((p) => p.tokens.join('')), `${plan}/${u.id}`).toEqual(texts);
      }
    }
  });
  it('mark goals apart from tasks', () => {
    const level = (plan: string, id: string) => units.plans[plan].find((u) => u.id === id)?.level;
    expect([level('yancheng-2022-2024', '1-2-1'), level('yancheng-2025-2027', '1'), level('yancheng-2025-2027', 'annex-1-r1')]).toEqual(['goal', 'goal', 'goal']);
    expect([level('yancheng-2025-2027', '2-1-1'), level('yancheng-2025-2027', '3'), level('yancheng-2024', '5-11')]).toEqual(['task', 'task', 'task']);
  });
});

describe('盐城’s changes', () => {
  const step = (from: string, to: string) => changes.cities[0].steps.find((s) => s.from === from && s.to === to)!;

  it('are the only city with two plans or more, its three plans compared step by step and 2025–2027 with 2022–2024', () => {
    expect(changes.cities.map((c) => c.slug)).toEqual(['yancheng']);
    expect(changes.cities[0].steps.map((s) => [s.from, s.to, s.relation])).toEqual([
      ['yancheng-2022-2024', 'yancheng-2024', 'consecutive'],
      ['yancheng-2024', 'yancheng-2025-2027', 'consecutive'],
      ['yancheng-2022-2024', 'yancheng-2025-2027', 'same-kind'],
    ]);
  });

  it('link clauses that carry a named programme forward, with a diff that gives both paragraphs back', () => {
    const s = step('yancheng-2022-2024', 'yancheng-2025-2027');
    // 黄海明珠人才计划: 二(七)21 积极引育数字人才 → 二(五)4 强化数字人才引育.
    const talent = s.links.find((l) => l.earlier === '2-7-21' && l.later === '2-5-4')!;
    expect(talent.confidence).toBeGreaterThan(0.9);
    const byKey = new Map(clauses.map((c) => [`${c.plan}/${c.id}`, c]));
    const [pe, pl] = talent.paragraphs;
    const earlierText = unitParagraphTexts(byKey.get('yancheng-2022-2024/2-7-21')!)[pe];
    const laterText = unitParagraphTexts(byKey.get('yancheng-2025-2027/2-5-4')!)[pl];
    expect(talent.diff.filter((o) => o.op !== '+').flatMap((o) => o.tokens).join('')).toBe(earlierText);
    expect(talent.diff.filter((o) => o.op !== '-').flatMap((o) => o.tokens).join('')).toBe(laterText);
    expect(talent.diff.some((o) => o.op === '=' && o.tokens.join('').includes('黄海明珠人才计划'))).toBe(true);
    // Words, not characters: 积极引育 → 强化…引育 changes whole tokens.
    expect(talent.diff[0]).toEqual({ op: '-', tokens: ['积极', '引育'] });
  });

  it('find the target raised: 规上数字经济核心产业企业 1000 (2024) → 1500 (2027), and say so of the clause', () => {
    const s = step('yancheng-2022-2024', 'yancheng-2025-2027');
    const move = s.targets.find((m) => m.indicator === '数字经济核心产业企业数（规上）')!;
    expect(move).toMatchObject({ direction: 'raised', from: { value: 1000, year: 2024 }, to: { value: 1500, year: 2027 } });
    expect(s.verdicts.find((v) => v.plan === 'yancheng-2025-2027' && v.id === move.to.clause)!.kind).toBe('raised');
  });

  it('judge every clause of both plans once: later ones new / continued / raised / lowered, earlier ones dropped', () => {
    for (const s of changes.cities[0].steps) {
      const later = s.verdicts.filter((v) => v.plan === s.to);
      expect(later.map((v) => v.id)).toEqual(units.plans[s.to].map((u) => u.id));
      const linkedLater = new Set(s.links.map((l) => l.later));
      for (const v of later) expect(v.kind === 'new', `${s.anchor} ${v.id}`).toBe(!linkedLater.has(v.id));
      const dropped = s.verdicts.filter((v) => v.plan === s.from).map((v) => v.id);
      expect(dropped).toEqual(units.plans[s.from].map((u) => u.id).filter((id) => !s.links.some((l) => l.earlier === id)));
    }
  });

  it('line targets up like with like across plans, each point on its clause', () => {
    const [firms] = changes.cities[0].trajectories;
    expect(firms.indicator).toBe('数字经济核心产业企业数（规上）');
    expect(firms.points.map((p) => [p.plan, p.year, p.value])).toEqual([
      ['yancheng-2022-2024', 2024, 1000],
      ['yancheng-2025-2027', 2025, 1350],
      ['yancheng-2025-2027', 2026, 1430],
      ['yancheng-2025-2027', 2027, 1500],
    ]);
    for (const t of changes.cities[0].trajectories) for (const p of t.points) expect(p.url).toBe(`/plans/${p.plan}/${p.clause}/`);
  });

  it('count each plan’s commitments per theme once (2024: 28 items, its task rows not again)', () => {
    const share = changes.cities[0].themes.find((t) => t.plan === 'yancheng-2024')!;
    expect(share.counts['digital-society']).toBe(5);
    expect(share.total).toBeLessThanOrEqual(28);
  });
});
