import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { combineTerms, coveringOffsets, floorIndex, intersectPhrase, POSTING_CACHE, type SearchEngine } from './engine';
import type { IndexPlan } from './build';
import { foldString, queryTerms } from './fold';
import { matchPlans } from './plans';
import { memoryIndex, seedIndex, type SeedIndex } from './testing';

describe('coveringOffsets', () => {
  it('covers every character of the term with every second bigram plus the last', () => {
    expect(coveringOffsets(2)).toEqual([0]);
    expect(coveringOffsets(3)).toEqual([0, 1]);
    expect(coveringOffsets(4)).toEqual([0, 2]);
    expect(coveringOffsets(8)).toEqual([0, 2, 4, 6]);
    expect(coveringOffsets(9)).toEqual([0, 2, 4, 6, 7]);
  });
});

describe('intersectPhrase', () => {
  it('needs the bigrams in the right places, not merely present', () => {
    // term "abcd" → bigrams ab@0, cd@2. Clause 1 has "ab..cd" apart; clause 2 has "abcd".
    const found = intersectPhrase([0, 2], [
      [{ clause: 1, positions: [0] }, { clause: 2, positions: [5] }],
      [{ clause: 1, positions: [9] }, { clause: 2, positions: [7] }],
    ]);
    expect([...found]).toEqual([[2, 1]]);
  });
  it('counts overlapping occurrences and finds nothing when a bigram is absent', () => {
    // "aaa" in "aaaaa": aa at 0..3; covering offsets [0,1]
    const aa = [{ clause: 0, positions: [0, 1, 2, 3] }];
    expect(intersectPhrase([0, 1], [aa, aa]).get(0)).toBe(3);
    expect(intersectPhrase([0, 2], [aa, []]).size).toBe(0);
  });
});

describe('floorIndex', () => {
  it('finds the plan a clause number belongs to', () => {
    expect([0, 5, 9, 10, 30].map((g) => floorIndex([0, 10, 20], g))).toEqual([0, 0, 0, 1, 2]);
  });
});

describe('combineTerms', () => {
  const starts = [0, 10];
  it('puts clauses with every term first (exact) and the rest in the partial group, in rank order', () => {
    const r = combineTerms(
      [
        new Map([[3, 1], [12, 2], [15, 1]]),
        new Map([[12, 1], [4, 1]]),
      ],
      starts,
    );
    expect(r.exact.map((h) => [h.clause, h.plan, ...h.counts])).toEqual([[12, 1, 2, 1]]);
    expect(r.partial.map((h) => h.clause)).toEqual([3, 4, 15]);
  });
  it('has no partial group for a single term, nor for clauses matching only a one-character term', () => {
    expect(combineTerms([new Map([[1, 1]])], starts).partial).toEqual([]);
    const r = combineTerms([new Map([[1, 1], [2, 1]]), new Map([[2, 1], [3, 1]])], starts, [1, 4]);
    expect(r.exact.map((h) => h.clause)).toEqual([2]);
    expect(r.partial.map((h) => h.clause)).toEqual([3]);
  });
});

describe('search over the real seed texts', () => {
  let seed: SeedIndex;
  let engine: SearchEngine;
  /** Ground truth by brute force: clause urls whose folded text holds every folded term. */
  let truth: (terms: string[]) => string[];
  let urlsOf: (q: string) => Promise<string[]>;

  beforeAll(async () => {
    seed = await seedIndex();
    engine = seed.engine;
    const folded = seed.clauses.map((c) => ({ url: c.url, plan: c.plan, order: c.order, text: foldString(c.text) }));
    const rank = new Map(engine.plans.map((p, i) => [p.slug, i]));
    folded.sort((a, b) => rank.get(a.plan)! - rank.get(b.plan)! || a.order - b.order);
    truth = (terms) => folded.filter((c) => terms.every((t) => c.text.includes(t))).map((c) => c.url);
    urlsOf = async (q) => {
      const r = await engine.search(q);
      const data = await engine.clauseData(r.exact.map((h) => h.clause));
      return r.exact.map((h) => data.get(h.clause)!.url);
    };
  });

  it.each(['一网统管', '公共数据授权运营', '数据要素', '智改数转', '数据中心', '盐农云', '苏周到', '20000P', '5G-A', '云'])(
    'finds exactly the clauses containing «%s», in rank order',
    async (q) => {
      const want = truth([foldString(q)]);
      expect(want.length).toBeGreaterThan(0);
      expect(await urlsOf(q)).toEqual(want);
    },
  );

  it('finds PDF-spaced text (seed 000 has "数字 产业化")', async () => {
    const spaced = seed.clauses.filter((c) => /数\s*字\s+产\s*业\s*化|数\s+字\s*产\s*业\s*化/u.test(c.text));
    expect(spaced.length).toBeGreaterThan(0);
    const got = await urlsOf('数字产业化');
    for (const c of spaced) expect(got).toContain(c.url);
  });

  it('finds simplified text from a traditional query', async () => {
    expect(await urlsOf('數據要素')).toEqual(await urlsOf('数据要素'));
    expect(await urlsOf('一網統管')).toEqual(await urlsOf('一网统管'));
  });

  it('treats space-separated terms as all required, with the others in a partial group', async () => {
    const r = await engine.search('算力 盐城');
    const want = truth(['算力', '盐城']);
    expect(r.exact.length).toBe(want.length);
    expect(r.partial.length).toBeGreaterThan(0);
    for (const h of r.partial) expect(h.counts.some((n) => n === 0)).toBe(true);
  });

  it('says nothing for absent phrases, even when every piece occurs', async () => {
    for (const q of ['火星基地', '数据要素银行卡', '智改数转网联云']) {
      const r = await engine.search(q);
      expect(r.exact).toEqual([]);
      expect(r.partial).toEqual([]);
    }
  });

  it('finds every random substring of the seed text exactly where it occurs (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 30 }), async (ci, at, len) => {
        const chars = [...foldString(seed.clauses[ci % seed.clauses.length]!.text)];
        if (chars.length === 0) return;
        const start = at % chars.length;
        const term = chars.slice(start, start + len).join('');
        expect(await urlsOf(term)).toEqual(truth([term]));
      }),
      { numRuns: 150 },
    );
  });

  it('finds a pasted long sentence exactly, fetching only its head bigrams and the candidate clauses', async () => {
    const source = seed.clauses.find((c) => [...foldString(c.text)].length > 80)!;
    const sentence = [...foldString(source.text)].slice(20, 80).join('');
    seed.fetched.length = 0;
    const got = await urlsOf(sentence);
    expect(got).toEqual(truth([sentence]));
    expect(got).toContain(source.url);
    expect(seed.fetched.filter((p) => p.startsWith('b/')).length).toBeLessThanOrEqual(8);
    // One character changed at the end: the head still matches, the verification rejects it.
    expect(await urlsOf(`${sentence.slice(0, -1)}火`)).toEqual(truth([`${sentence.slice(0, -1)}火`]));
  });

  it('verifies a long sentence found in many clauses by its bigrams, not by fetching each clause', async () => {
    // The same 40-character sentence in 60 clauses, and in 20 more with its last character changed.
    const sentence = '推动公共数据授权运营和数据要素市场化配置改革走深走实形成一批可复制推广的经验做法';
    const plans: IndexPlan[] = [{ slug: 'p', url: '/plans/p/', city: '盐城', title: 't', label: 'l', kind: null, year: 2025, docNumber: null, issuer: null }];
    const clauses = Array.from({ length: 80 }, (_, i) => ({
      plan: 'p', id: `c${i}`, url: `/plans/p/c${i}/`, order: i, pinpoint: `${i}`, themes: [],
      text: `第${i}条。${i < 60 ? sentence : `${sentence.slice(0, -1)}火`}。`,
    }));
    const { engine, fetched } = await memoryIndex(plans, clauses);
    fetched.length = 0;
    const r = await engine.search(sentence);
    expect(r.exact).toHaveLength(60);
    expect(fetched.some((p) => p.startsWith('t/'))).toBe(false);
    expect((await engine.clauseData(r.exact.map((h) => h.clause))).get(r.exact[59]!.clause)!.id).toBe('c59');
  });

  it('keeps at most POSTING_CACHE decoded postings however many queries run', async () => {
    const chars = [...new Set(seed.clauses.flatMap((c) => [...foldString(c.text)]))].slice(0, POSTING_CACHE + 40);
    for (const ch of chars) await engine.search(ch);
    expect(chars.length).toBeGreaterThan(POSTING_CACHE);
    expect(engine.cachedPostings).toBe(POSTING_CACHE);
  });

  it('fetches only the shards a query needs, not the whole index', async () => {
    seed.fetched.length = 0;
    await engine.search('公共数据授权运营');
    expect(seed.fetched.every((p) => p.startsWith('b/'))).toBe(true);
    expect(seed.fetched.length).toBeLessThanOrEqual(4);
  });

  it("knows each hit's themes from the postings it was found in, without fetching a theme table", async () => {
    seed.fetched.length = 0;
    const r = await engine.search('数据');
    expect(seed.fetched.every((p) => p.startsWith('b/'))).toBe(true);
    const data = await engine.clauseData(r.exact.map((h) => h.clause));
    const byUrl = new Map(seed.clauses.map((c) => [c.url, c.themes]));
    const labels = engine.manifest.themes.map((t) => t.slug);
    for (const h of r.exact) expect(engine.themesOf(h.clause).map((t) => labels[t])).toEqual(byUrl.get(data.get(h.clause)!.url));
  });

  it('ranks newer plans first', async () => {
    const r = await engine.search('数据');
    const years = r.exact.map((h) => engine.plans[h.plan]!.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('plan search through the index', () => {
  const plan = (slug: string, city: string, title: string, docNumber: string | null, issuer: string | null, year: number): IndexPlan => ({
    slug, url: `/plans/${slug}/`, city, title, label: `${city} ${year}`, kind: title.endsWith('要点') ? '年度工作要点' : '三年行动计划', year, docNumber, issuer,
  });
  const plans = [
    plan('suzhou', '苏州', '苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)', '苏委发〔2021〕1号', '苏州市人民政府', 2021),
    plan('yancheng', '盐城', '2024年数字盐城工作要点', null, '盐城市人民政府办公室', 2024),
    plan('taizhou', '泰州', '泰州市数字经济发展三年行动计划（2025—2027年）', '泰政办发［2025］3号', null, 2025),
  ];
  // A clause per plan whose text does not repeat its plan's title, so plans are found by their metadata alone.
  const clauses = plans.map((p) => ({ plan: p.slug, id: '1', url: `${p.url}1/`, order: 0, pinpoint: '第1条', text: '加快建设数字基础设施。', themes: [] }));

  it.each(['苏委发〔2021〕1号', '苏委发(2021)1号', '苏委发[2021]1号', '苏委发 〔2021〕', '人民政府', '人民政府 办公室', '工作要点', '三年行动计划', '泰政办发[2025]3号', '市', '苏州 盐城', '火星', '苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)', '苏州市推进数字经济和数字化发展三年行动计划(2021—2024年)'])(
    'finds exactly the plans matchPlans finds for «%s»',
    async (q) => {
      const { engine } = await memoryIndex(plans, clauses);
      const want = matchPlans(
        engine.plans.map((p, i) => ({ ...p, ...plans.find((x) => x.slug === engine.plans[i]!.slug)! })),
        queryTerms(q, engine.t2s).map((t) => t.join('')),
      );
      expect(await engine.searchPlans(q)).toEqual(want);
    },
  );

  it('answers from the shards and the plan files of the plans found, never a table of every plan', async () => {
    const { engine, fetched, files } = await memoryIndex(plans, clauses);
    const manifest = String(files.get('manifest.json'));
    expect(manifest).not.toContain('苏委发');
    expect(manifest).not.toContain('人民政府');
    fetched.length = 0;
    const found = await engine.searchPlans('苏委发〔2021〕1号');
    expect(found).toHaveLength(1);
    expect(fetched.every((p) => p.startsWith('b/') || p.startsWith('u/'))).toBe(true);
    const details = await engine.planDetails(found);
    expect(details.get(found[0]!)).toEqual({ url: '/plans/suzhou/', title: plans[0]!.title, docNumber: '苏委发〔2021〕1号', issuer: '苏州市人民政府' });
  });
});

describe('phrasePositions', () => {
  it('agrees with a scan of the positions when the driving bigram is rare and the others common (property)', () => {
    // Clauses 0..39; bigram A in a few, bigram B in most; the term is A at offset 0 followed by B at offset 2.
    const entries = fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 40 }).chain((docs) =>
      fc.tuple(...docs.sort((a, b) => a - b).map((clause) => fc.uniqueArray(fc.nat({ max: 20 }), { minLength: 1, maxLength: 5 }).map((ps) => ({ clause, positions: ps.sort((a, b) => a - b) })))),
    );
    fc.assert(
      fc.property(entries, entries, (a, b) => {
        const want = new Map<number, number>();
        for (const da of a) {
          const db = b.find((d) => d.clause === da.clause);
          const n = db ? da.positions.filter((p) => db.positions.includes(p + 2)).length : 0;
          if (n > 0) want.set(da.clause, n);
        }
        expect(intersectPhrase([0, 2], [a, b])).toEqual(want);
      }),
    );
  });
});
