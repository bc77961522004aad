/**
 * The analysis of a corpus, as plain data (no I/O): keywords, similar clauses, targets, departments, citations — one
 * value per file of content/analysis/, typed by that file's schema (src/schemas/: keywords.ts, similar.ts, targets.ts,
 * departments.ts, citations.ts). scripts/analyse.ts reads the generated collections, calls `analyseCorpus` and writes
 * each file through its schema (src/lib/analysis/file.ts). Everything is sorted and rounded so the same corpus always
 * gives byte-identical JSON.
 */
import type { Analysis } from '~/lib/analysis/file';
import { compareStrings } from '~/lib/order';
import { GENERATED, type ClauseRef } from '~/schemas/analysis';
import type { CitedDocument, CitingClause } from '~/schemas/citations';
import type { Department } from '~/schemas/departments';
import type { Keyword, PlanKeyword } from '~/schemas/keywords';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import type { TargetRecord } from '~/schemas/targets';
import { citationKey, extractCitations, foldCitation, type Citation } from './citations';
import { decompose } from './decompose';
import { corpusChanges } from './changes';
import { corpusUnits } from './units';
import { extractFromCells, extractFromText, headingYear, sortTargets } from './targets';
import { clauseTokens, departmentNames, registerDepartments } from './terms';
import { distinctiveWords, idf, normalise, tfidfWeights, topWords, wordCounts, type Vector } from './vectors';
import { silent, type Tracker } from '../progress';
import { SIMILAR_MAX, SIMILAR_THRESHOLD, VERBATIM_THRESHOLD, similarClauses } from './similar';

/** Keywords shown per clause. */
export const CLAUSE_KEYWORDS = 8;
/** Most words in a plan's profile (what it says distinctly more often than the other plans). */
export const PLAN_KEYWORDS = 30;
/** Prior of the plan profiles' log-odds, in pseudo-tokens shaped like the corpus (vectors.ts distinctiveWords). */
export const PLAN_PRIOR = 500;
/** Smallest z-score of a profile word: said more often than in the other plans at the 5 % level. */
export const PLAN_MIN_Z = 1.96;
/** Items grouped by a key, each group in the items' order. */
function groupBy<T>(items: readonly T[], key: (item: T, i: number) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  items.forEach((item, i) => {
    const k = key(item, i);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  });
  return out;
}

const ref = (c: Clause): ClauseRef => ({ plan: c.plan, id: c.id, url: c.url });
const keyOf = (c: { plan: string; id: string }) => `${c.plan}/${c.id}`;

/**
 * The analysis of a corpus. `track` shows the progress of the long stages (clauses read, similar clauses, units,
 * changes) — scripts/analyse.ts hands it the build's progress lines for a large corpus; silent by default.
 */
export function analyseCorpus(clauses: Clause[], plans: PolicyDoc[], track: Tracker = silent): Analysis {
  const sorted = [...clauses].sort((a, b) => compareStrings(a.plan, b.plan) || a.order - b.order);
  const planBySlug = new Map(plans.map((p) => [p.slug, p]));
  // Each clause's own words: no trailer, no deadline cell, no department name, no fragment (terms.ts).
  const departmentsOfCorpus = departmentNames(sorted);
  registerDepartments(departmentsOfCorpus);
  const reading = track('analyse · words', sorted.length, 'clauses');
  const docs = sorted.map((c) => {
    const words = clauseTokens(c, { departments: departmentsOfCorpus, city: planBySlug.get(c.plan)?.city ?? null });
    reading.tick();
    return words;
  });
  reading.done();
  const idfs = idf(docs);
  const weights: Vector[] = docs.map((d) => tfidfWeights(d, idfs));
  const vectors: Vector[] = weights.map(normalise);

  // Keywords.
  const clauseKeywords: Record<string, Keyword[]> = {};
  sorted.forEach((c, i) => {
    clauseKeywords[keyOf(c)] = topWords(vectors[i], CLAUSE_KEYWORDS);
  });
  // A plan's profile: the words it says distinctly more often than the other plans (weighted log-odds, z-scores),
  // not the words every plan says most (企业, 数据), nor a word said once.
  const corpusCounts = wordCounts(docs);
  const planSlugs = [...new Set(sorted.map((c) => c.plan))].sort(compareStrings);
  const docsOf = groupBy(docs, (_, i) => sorted[i].plan);
  const planCounts = new Map(planSlugs.map((slug) => [slug, wordCounts(docsOf.get(slug) ?? [])]));
  const planKeywords: Record<string, PlanKeyword[]> = {};
  for (const slug of planSlugs) {
    planKeywords[slug] = distinctiveWords(planCounts.get(slug)!, corpusCounts, { prior: PLAN_PRIOR, minZ: PLAN_MIN_Z, k: PLAN_KEYWORDS });
  }
  // How much every plan says each profile word (and how many words each plan has), so a page can set a word's use
  // in one plan beside the others: per word, the plans that say it and how often.
  const usage = { tokens: {} as Record<string, number>, counts: {} as Record<string, Record<string, number>> };
  for (const slug of planSlugs) usage.tokens[slug] = [...planCounts.get(slug)!.values()].reduce((a, x) => a + x, 0);
  for (const word of [...new Set(Object.values(planKeywords).flatMap((ws) => ws.map((w) => w.word)))].sort(compareStrings)) {
    const row: Record<string, number> = {};
    for (const slug of planSlugs) {
      const n = planCounts.get(slug)!.get(word);
      if (n) row[slug] = n;
    }
    usage.counts[word] = row;
  }

  // Similar clauses in other plans; near-verbatim copies.
  const finding = track('analyse · similar clauses', sorted.length, 'clauses');
  const { clauses: similar, nearVerbatim: copies } = similarClauses(sorted, vectors, finding);
  finding.done();

  // Targets. A table row is read with its table's heading (caption, else its attachment's title), which may date it.
  const tableHeadings = new Map<string, string>();
  for (const p of plans) {
    for (const part of p.parts) {
      for (const t of part.tables) {
        const heading = t.caption ?? part.title;
        for (const r of t.rows) if (r.clause && heading) tableHeadings.set(keyOf({ plan: p.slug, id: r.clause }), heading);
      }
    }
  }
  // A one-year plan ("2024年数字盐城工作要点") dates what it says without a year of its own: its title is the heading
  // of every clause. Plans over a span of years ("(2025-2027年)") date nothing.
  const planYears = new Map(plans.map((p) => [p.slug, headingYear(p.title)]));
  const targets: TargetRecord[] = [];
  for (const c of sorted) {
    const planYear = planYears.get(c.plan) ?? null;
    const all = c.cells
      ? extractFromCells(c.plan, c.id, c.cells, c.text, tableHeadings.get(keyOf(c)) ?? null, planYear)
      : extractFromText(c.plan, c.id, c.text, planYear);
    for (const t of all) targets.push({ ...t, url: c.url, city: planBySlug.get(c.plan)?.city ?? null });
  }

  // Departments.
  const depts = new Map<string, { lead: Map<string, Clause>; responsible: Map<string, Clause> }>();
  const deptName = (s: string) => s.replace(/\s+/g, '');
  for (const c of sorted) {
    for (const role of ['lead', 'responsible'] as const) {
      for (const raw of c.departments[role]) {
        const name = deptName(raw);
        if (!name) continue;
        if (!depts.has(name)) depts.set(name, { lead: new Map(), responsible: new Map() });
        depts.get(name)![role].set(keyOf(c), c);
      }
    }
  }
  const departments: Department[] = [...depts]
    .map(([name, d]) => ({
      name,
      plans: [...new Set([...d.lead.values(), ...d.responsible.values()].map((c) => c.plan))].sort(compareStrings),
      lead: [...d.lead.values()].map((c) => ({ ...ref(c), themes: c.themes })),
      responsible: [...d.responsible.values()].map((c) => ({ ...ref(c), themes: c.themes })),
    }))
    .sort((a, b) => b.lead.length + b.responsible.length - (a.lead.length + a.responsible.length) || compareStrings(a.name, b.name));

  // Citations: what each plan names and in what role, and which plans of the corpus are named (by title or 文号).
  const documents = new Map<string, Omit<Citation, 'role'> & { citedBy: CitingClause[]; plan: string | null }>();
  for (const c of sorted) {
    for (const cit of extractCitations(c.text)) {
      const key = citationKey(cit);
      const doc = documents.get(key) ?? { title: cit.title, docNumber: cit.docNumber, citedBy: [], plan: null };
      if (!doc.title && cit.title) doc.title = cit.title;
      if (!doc.docNumber && cit.docNumber) doc.docNumber = cit.docNumber;
      if (!doc.citedBy.some((r) => r.plan === c.plan && r.id === c.id && r.role === cit.role)) doc.citedBy.push({ ...ref(c), role: cit.role });
      documents.set(key, doc);
    }
  }
  // Matching folds both sides; what is stored for display stays as the text has it.
  // The first plan (in `plans` order) whose 文号 or title matches, found through two indexes of the folded forms
  // rather than by folding every plan for every document.
  const firstAt = <K>(keys: (p: PolicyDoc) => K | null) => {
    const m = new Map<K, number>();
    plans.forEach((p, i) => {
      const k = keys(p);
      if (k !== null && !m.has(k)) m.set(k, i);
    });
    return m;
  };
  const byDocNumber = firstAt((p) => (p.docNumber ? foldCitation(p.docNumber) : null));
  const byTitle = firstAt((p) => foldCitation(p.title));
  for (const doc of documents.values()) {
    const at = Math.min(
      doc.docNumber ? (byDocNumber.get(foldCitation(doc.docNumber)) ?? Infinity) : Infinity,
      doc.title ? (byTitle.get(foldCitation(doc.title)) ?? Infinity) : Infinity,
    );
    doc.plan = at === Infinity ? null : plans[at].slug;
  }
  const citationList: CitedDocument[] = [...documents.entries()]
    .map(([key, d]) => ({ key, title: d.title, docNumber: d.docNumber, plan: d.plan, citedBy: d.citedBy }))
    .sort((a, b) => b.citedBy.length - a.citedBy.length || compareStrings(a.key, b.key));
  const byPlan: Record<string, { cites: string[]; produces: string[]; citedBy: string[] }> = {};
  const cited = (r: CitingClause) => r.role !== 'produce';
  // One pass over the documents (in citationList order) instead of one per plan: what each plan cites or produces,
  // and which plans cite each plan of the corpus. A plan's own title (in its issuing notice) is not a citation.
  const cites = new Map<string, string[]>();
  const produces = new Map<string, string[]>();
  const citedByOf = new Map<string, Set<string>>();
  for (const d of citationList) {
    for (const [role, out] of [[true, cites], [false, produces]] as const) {
      const citing = new Set(d.citedBy.filter((r) => cited(r) === role).map((r) => r.plan));
      for (const plan of citing) {
        if (plan === d.plan) continue;
        const keys = out.get(plan);
        if (keys) keys.push(d.key);
        else out.set(plan, [d.key]);
      }
    }
    if (d.plan !== null) {
      const set = citedByOf.get(d.plan) ?? new Set<string>();
      for (const r of d.citedBy) if (cited(r)) set.add(r.plan);
      citedByOf.set(d.plan, set);
    }
  }
  for (const slug of [...planBySlug.keys()].sort(compareStrings)) {
    const citedBy = [...(citedByOf.get(slug) ?? [])].filter((p) => p !== slug).sort(compareStrings);
    byPlan[slug] = { cites: cites.get(slug) ?? [], produces: produces.get(slug) ?? [], citedBy };
  }

  // Changes: every plan's commitments as the aligner reads them, and each city's successive plans compared.
  const decomposition = decompose(plans, sorted);
  const cutting = track('analyse · units', plans.length, 'plans');
  const units = corpusUnits(plans, sorted, decomposition, departmentsOfCorpus, cutting);
  cutting.done();
  const comparing = track('analyse · changes', plans.length, 'plans');
  const changes = corpusChanges(plans, sorted, units, targets, comparing);
  comparing.done();

  return {
    keywords: { generated: GENERATED, clauses: clauseKeywords, plans: planKeywords, usage },
    similar: {
      generated: GENERATED,
      method: { measure: 'cosine of TF-IDF vectors over jieba tokens', threshold: SIMILAR_THRESHOLD, max: SIMILAR_MAX, nearVerbatim: `character 4-gram containment ≥ ${VERBATIM_THRESHOLD}` },
      clauses: similar,
      nearVerbatim: copies,
    },
    targets: { generated: GENERATED, targets: sortTargets(targets) },
    departments: { generated: GENERATED, departments },
    citations: { generated: GENERATED, documents: citationList, plans: byPlan },
    decomposition,
    units,
    changes,
  };
}
