import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { ingestAll } from '../ingest/pipeline';
import { tokens } from './jieba';
import {
  ANALYSIS_WORDS,
  STOPWORD_LIST,
  clauseTokens,
  contentTokens,
  departmentNames,
  isContentWord,
  isMeasure,
  ownPieces,
  parseStopwords,
  registerDepartments,
} from './terms';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The five seed plans, ingested from seeds/ (not from the generated content/). */
let clauses: Clause[] = [];
let plans: PolicyDoc[] = [];
let names: string[] = [];
const clause = (key: string) => {
  const c = clauses.find((x) => `${x.plan}/${x.id}` === key);
  if (!c) throw new Error(`no clause ${key}`);
  return c;
};
const cityOf = (slug: string) => plans.find((p) => p.slug === slug)!.city;
const wordsOf = (key: string) => clauseTokens(clause(key), { departments: names, city: cityOf(clause(key).plan) });

beforeAll(async () => {
  const ingested = await ingestAll(ROOT);
  plans = ingested.map((p) => p.doc);
  clauses = ingested.flatMap((p) => p.clauses);
  names = departmentNames(clauses);
  registerDepartments(names);
});

/** Fragments that department names gave before their trailers and names were cut ("市工信局、市数据局" → "局市"). */
const FRAGMENTS = ['局市', '信局', '市工', '市工信', '网信', '各委', '工信', '发改委', '科技局', '商务局'];

describe('what a clause says in its own words', () => {
  it('leaves the trailer out of an item: 盐城 2025–2027 二(一)1', () => {
    const c = clause('yancheng-2025-2027/2-1-1');
    expect(c.trailer).toBe('(市工信局、市发改委、市科技局等按职责分工负责,所有重点任务均需各地落实,不再单独列出)');
    expect(ownPieces(c)).toEqual([c.text.slice(0, -c.trailer!.length)]);
    const words = wordsOf('yancheng-2025-2027/2-1-1');
    expect(words).toEqual(expect.arrayContaining(['印制电路板', '光伏', '集成电路']));
    for (const w of ['市工信局', '工信', '发改委', '科技局', '不再', '列出', '各地', '分工']) expect(words).not.toContain(w);
  });

  it('reads a row by its cells, without its deadline and department cells: 盐城 2024 task table', () => {
    const c = clause('yancheng-2024/table-1-r3');
    expect(c.deadline).toBe('2024年8月');
    expect(ownPieces(c)).not.toContain('2024年8月');
    const words = wordsOf('yancheng-2024/table-1-r3');
    expect(words).toEqual(expect.arrayContaining(['网络安全', '专家库']));
    for (const w of ['市委网信办', '网信', '2024', '市委']) expect(words).not.toContain(w);
  });

  it('keeps a work point’s subject and drops its number, unit, time word and lead department: 盐城 2025 附件2 row 1', () => {
    const words = wordsOf('yancheng-2025-2027/annex-2-r1');
    expect(words).toEqual(expect.arrayContaining(['数字经济核心产业', '规上']));
    for (const w of ['1', '2300', '亿元', '全年', '市工信局', '工信']) expect(words).not.toContain(w);
  });

  it('never yields a department name or a fragment of one, in any seed clause', () => {
    const all = new Set(clauses.flatMap((c) => clauseTokens(c, { departments: names, city: cityOf(c.plan) })));
    for (const f of FRAGMENTS) expect(all, f).not.toContain(f);
    for (const n of names) expect(all, n).not.toContain(n);
  });

  it('keeps the policy terms where they are the subject', () => {
    expect(wordsOf('suzhou-2021-2023/2-5-3')).toContain('一网统管');
    expect(wordsOf('suzhou-2021-2023/2-7-2')).toContain('数据要素');
    expect(wordsOf('yancheng-2022-2024/2-2-4')).toContain('智改数转');
    expect(wordsOf('yancheng-2025-2027/2-1-3')).toContain('算力');
  });

  it('leaves the plan’s own city out, not other cities', () => {
    const words = contentTokens('推进沪苏同城化,苏州市融入长三角一体化,盐城积极对接', { city: '苏州' });
    expect(words).not.toContain('苏州市');
    expect(words).toContain('盐城');
    expect(contentTokens('盐城市', { city: '盐城' })).toEqual([]);
  });
});

describe('department names', () => {
  it('are the corpus’s lead and responsible departments, longest first', () => {
    expect(names).toEqual(expect.arrayContaining(['市工信局', '市数据局', '市委网信办', '市农业农村局']));
    const i = names.indexOf('市工信局(大数据管理局)');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(names.indexOf('市工信局'));
  });
  it('are whole jieba tokens once registered, so they never fragment', () => {
    expect(tokens('市工信局牵头,市发改委、市文广旅局、市委网信办')).toEqual(
      expect.arrayContaining(['市工信局', '市发改委', '市文广旅局', '市委网信办']),
    );
  });
  it('are cut wherever they occur, also outside a trailer', () => {
    expect(contentTokens('市数据局推动公共数据开放', { departments: names })).toEqual(['公共数据', '开放']);
  });
});

describe('which tokens count', () => {
  it('drops single characters, numbers and measures, keeps 5G and IPv6', () => {
    expect(contentTokens('建设智慧农场(牧场、渔场)15个以上')).toEqual(['智慧农场', '牧场', '渔场']);
    expect(contentTokens('新建5G基站1.2万个,推进IPv6规模部署')).toEqual(expect.arrayContaining(['5G基站', 'IPV6']));
    for (const m of ['亿元', '万架', '分钟', '2万架', '亿美元']) expect(isMeasure(m), m).toBe(true);
    for (const w of ['5G', '算力', '元宇宙']) expect(isMeasure(w), w).toBe(false);
  });

  it('drops the words jieba only guesses across word boundaries (苏州 seed)', () => {
    const words = contentTokens('为推进沪苏同城化、融入长三角一体化打好数字基础,率先建成全国数字政府样板城市');
    expect(words).not.toContain('苏同');
    expect(words).not.toContain('城化');
    expect(words).toEqual(expect.arrayContaining(['长三角', '数字政府']));
    const esports = contentTokens('到2023年,孵化培育出2个苏州自研电竞游戏产品,初步实现电竞生态和企业的聚集');
    expect(esports).toContain('电竞');
    expect(esports).not.toContain('自研电');
  });

  it('drops generic policy words, keeps the field’s subject words', () => {
    for (const w of ['推进', '加强', '建设', '提升', '工作', '重点', '高质量', '机制']) expect(isContentWord(w), w).toBe(false);
    for (const w of ['数据', '平台', '企业', '场景', '一网统管']) expect(isContentWord(w), w).toBe(true);
  });
});

describe('the stoplist and the word list (scripts/data)', () => {
  it('has one entry per word, each with a known kind', () => {
    const words = STOPWORD_LIST.map((s) => s.word);
    expect(new Set(words).size).toBe(words.length);
    expect(() => parseStopwords(['word\tkind\tnote', '推进\tverb\t'])).toThrow(/unknown kind/);
  });

  it('lists as generic only words used across the plans: each in at least 4 of the 5 seed plans', () => {
    const textOf = new Map(plans.map((p) => [p.slug, clauses.filter((c) => c.plan === p.slug).flatMap(ownPieces).join('\n')]));
    const thin = STOPWORD_LIST.filter((s) => s.kind === 'generic')
      .map((s) => ({ word: s.word, plans: [...textOf].filter(([, t]) => t.includes(s.word)).map(([slug]) => slug) }))
      .filter((s) => s.plans.length < 4);
    expect(thin).toEqual([]);
  });

  it('lists in analysis-words.txt only words the seeds use, which jieba then keeps whole', () => {
    const seeds = fs
      .readdirSync(path.join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8').replace(/\s+/g, ''))
      .join('\n');
    for (const w of ANALYSIS_WORDS) {
      expect(seeds.includes(w), w).toBe(true);
      expect(isContentWord(w), w).toBe(true);
    }
  });
});
