import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestAll } from '../ingest/pipeline';
import type { Analysis } from '~/lib/analysis/file';
import { analyseCorpus, PLAN_KEYWORDS, PLAN_MIN_Z } from './analyse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let keywords: Analysis['keywords'];
let similar: Analysis['similar'];
let targets: Analysis['targets']['targets'];
/** What the analysis told its tracker: each stage with its total and the ticks it counted. */
const stages: { stage: string; total: number; unit: string; ticks: number; done: boolean }[] = [];

beforeAll(async () => {
  const ingested = await ingestAll(ROOT);
  const analysis = analyseCorpus(ingested.flatMap((p) => p.clauses), ingested.map((p) => p.doc), (stage, total, unit) => {
    const s = { stage, total, unit, ticks: 0, done: false };
    stages.push(s);
    return { tick: () => void s.ticks++, done: () => void (s.done = true) };
  });
  keywords = analysis.keywords;
  similar = analysis.similar;
  targets = analysis.targets.targets;
}, 120_000);

describe('progress of the analysis', () => {
  it('tells each long stage its total and counts it through to the end', () => {
    expect(stages.map((s) => [s.stage, s.total, s.unit])).toEqual([
      ['analyse · words', 246, 'clauses'],
      ['analyse · similar clauses', 246, 'clauses'],
      ['analyse · units', 5, 'plans'],
      ['analyse · changes', 5, 'plans'],
    ]);
    for (const s of stages) expect([s.stage, s.ticks, s.done]).toEqual([s.stage, s.total, true]);
  });
});

describe('keywords of the five seed plans', () => {
  it('profile every plan with words, none of them a department fragment, a generic word or the plan’s own city', () => {
    expect(Object.keys(keywords.plans).sort()).toEqual([
      'suzhou-2021-2023', 'taizhou-zhidao-yijian', 'yancheng-2022-2024', 'yancheng-2024', 'yancheng-2025-2027',
    ]);
    const banned = ['局市', '信局', '市工', '市工信', '网信', '推进', '加强', '建设', '提升', '工作', '重点', '亿元', '全年'];
    for (const [slug, words] of Object.entries(keywords.plans)) {
      expect(words.length, slug).toBeGreaterThanOrEqual(10);
      expect(words.length, slug).toBeLessThanOrEqual(PLAN_KEYWORDS);
      const list = words.map((w) => w.word);
      for (const b of banned) expect(list, `${slug}: ${b}`).not.toContain(b);
      const city = { suzhou: '苏州', taizhou: '泰州', yancheng: '盐城' }[slug.split('-')[0]]!;
      expect(list, slug).not.toContain(city);
      expect(list, slug).not.toContain(`${city}市`);
    }
  });

  it('profile what each plan says distinctly more often than the others, not what every plan says most', () => {
    const top = (slug: string, n = 10) => keywords.plans[slug].slice(0, n).map((w) => w.word);
    // Words all five plans use at a similar rate lead no profile.
    for (const slug of Object.keys(keywords.plans)) for (const common of ['企业', '数据', '服务']) expect(top(slug, 5), slug).not.toContain(common);
    // Each plan's own emphasis: 苏州 一网统管 and 长三角, 泰州 农村 and 信用, 盐城 2022–2024 its industry chains,
    // 盐城 2024 basic-level public services, 盐城 2025–2027 数字产业 and 智能工厂.
    expect(top('suzhou-2021-2023')).toEqual(expect.arrayContaining(['一网统管', '长三角']));
    expect(top('taizhou-zhidao-yijian')).toEqual(expect.arrayContaining(['农村', '信用']));
    expect(top('yancheng-2022-2024')).toEqual(expect.arrayContaining(['产业链', '显示']));
    expect(top('yancheng-2024')).toEqual(expect.arrayContaining(['基层', '公共服务']));
    expect(top('yancheng-2025-2027')).toEqual(expect.arrayContaining(['数字产业', '智能工厂']));
  });

  it('keep only words with evidence: every profile word is significant and said more than once', () => {
    for (const [slug, words] of Object.entries(keywords.plans)) {
      for (const w of words) {
        expect(w.weight, `${slug} ${w.word}`).toBeGreaterThanOrEqual(PLAN_MIN_Z);
        expect(w.count, `${slug} ${w.word}`).toBeGreaterThan(1);
      }
    }
  });

  it('keep the policy terms a clause is about among its keywords', () => {
    const top = (key: string) => keywords.clauses[key].slice(0, 3).map((w) => w.word);
    expect(top('suzhou-2021-2023/2-5-3')).toContain('一网统管');
    expect(top('suzhou-2021-2023/2-7-2')).toContain('数据要素');
    expect(top('yancheng-2022-2024/2-2-4')).toContain('智改数转');
    expect(top('yancheng-2025-2027/2-1-3')).toContain('算力');
  });
});

describe('similar clauses of the seed plans', () => {
  const pairs = (key: string) => (similar.clauses[key] ?? []).map((h) => `${h.plan}/${h.id}`);
  it('still pair the obvious matches across plans', () => {
    // Both plans' leading groups for the digital economy (领导小组).
    expect(pairs('yancheng-2022-2024/3-25')).toContain('suzhou-2021-2023/3-1');
    // 盐城's 2024 work point on the 十五五 plan and the 2025 work point that commissions it.
    expect(pairs('yancheng-2025-2027/annex-2-r2')).toContain('yancheng-2024/1-2');
  });
  it('no longer pair clauses by their departments alone', () => {
    // A leading-group item and a data-enterprise work point shared only 市数据局-style fragments.
    expect(pairs('yancheng-2022-2024/3-25')).not.toContain('yancheng-2025-2027/annex-2-r13');
  });
});

describe('targets of the seed plans', () => {
  it('date every target of the two work-point tables by their headings (2025, 2024)', () => {
    const rows = targets.filter((t) => /^(annex-2|table-1)-r\d+$/.test(t.clause));
    expect(rows.length).toBeGreaterThan(20);
    for (const t of rows) expect(t.year, `${t.plan}/${t.clause} ${t.indicator}`).toBe(t.plan === 'yancheng-2024' ? 2024 : 2025);
  });
  it('leave the target table (附件1, a span 2025-2027) dated by its year columns', () => {
    const annex1 = targets.filter((t) => t.plan === 'yancheng-2025-2027' && t.clause.startsWith('annex-1-'));
    expect(new Set(annex1.map((t) => t.year))).toEqual(new Set([2025, 2026, 2027]));
  });
});
