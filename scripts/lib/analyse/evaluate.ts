/**
 * Measuring the tagger against hand labels (scripts/data/theme-labels.tsv, scripts/data/theme-labels-heldout.tsv):
 * precision and recall per theme. Pure: labels come in as text, clauses as data, the tagger as a function; the
 * caller (scripts/eval-themes.ts) reads the files and prints.
 *
 * A label names its clause by plan + id and carries a snippet of the clause's text. The snippet is checked, so a
 * label can never silently point at the wrong clause: if the id does not exist or its text lacks the snippet, the
 * clause of that plan whose heading (else text) contains the snippet is used instead and a warning is reported;
 * if there is none or more than one, the label is reported as unresolved and left out.
 */
import { themes } from '~/data/themes';
import { foldForAnalysis } from './fold';

export interface Label {
  /** The file the label comes from (for messages). */
  file: string;
  plan: string;
  clause: string;
  snippet: string;
  themes: string[];
  line: number;
  /** The label's subset when its file has a `set` column (an external check's "main" / "genre"), else absent. */
  set?: string;
}

export interface LabelledClause {
  plan: string;
  id: string;
  heading: string | null;
  text: string;
  context: string[];
}

export interface ThemeScore {
  slug: string;
  label: string;
  tp: number;
  fp: number;
  fn: number;
  /** Labelled positives (tp + fn). */
  support: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  scores: ThemeScore[];
  resolved: number;
  warnings: string[];
  unresolved: string[];
  /** Per-clause disagreements, for tuning: label vs tagger. */
  disagreements: Array<{ file: string; plan: string; id: string; missing: string[]; extra: string[] }>;
}

const COMMENT = /^\s*#/;
/** The columns a label file must have; its header line names them, in this order unless it says otherwise. */
const COLUMNS = ['plan', 'clause', 'snippet', 'themes'] as const;
/** An optional column: the subset a label belongs to (reported separately by eval:themes). */
const SET_COLUMN = 'set';

/**
 * Labels from the text of a label file (TSV: a header naming the columns plan, clause, snippet, themes and optionally
 * set, in any order; then one clause a line, themes comma-separated, empty = none). A header without those names is
 * read as plan, clause, snippet, themes.
 */
export function parseLabels(content: string, file: string): Label[] {
  const known = new Set<string>(themes.map((t) => t.slug));
  const labels: Label[] = [];
  const lines = content.split(/\r?\n/);
  let at: Record<(typeof COLUMNS)[number] | typeof SET_COLUMN, number> | null = null;
  lines.forEach((raw, i) => {
    if (!raw.trim() || COMMENT.test(raw)) return;
    const cells = raw.split('\t');
    if (!at) {
      const names = cells.map((c) => c.trim());
      const named = COLUMNS.every((c) => names.includes(c));
      at = {
        plan: named ? names.indexOf('plan') : 0,
        clause: named ? names.indexOf('clause') : 1,
        snippet: named ? names.indexOf('snippet') : 2,
        themes: named ? names.indexOf('themes') : 3,
        set: names.indexOf(SET_COLUMN),
      };
      return;
    }
    const [plan, clause, snippet, list = ''] = COLUMNS.map((c) => cells[at![c]]);
    if (!plan || !clause || !snippet) throw new Error(`${file}:${i + 1}: expected plan, clause, snippet, themes`);
    const ts = list.split(',').map((s) => s.trim()).filter(Boolean);
    for (const t of ts) if (!known.has(t)) throw new Error(`${file}:${i + 1}: unknown theme "${t}"`);
    const set = at.set >= 0 ? cells[at.set]?.trim() : undefined;
    labels.push({ file, plan, clause, snippet, themes: ts, line: i + 1, ...(set ? { set } : {}) });
  });
  return labels;
}

/** Whether a clause's heading, text or innermost enclosing heading contains the snippet. */
const has = (c: LabelledClause, snippet: string) =>
  foldForAnalysis(`${c.heading ?? ''}\n${c.text}\n${c.context.at(-1) ?? ''}`).includes(foldForAnalysis(snippet));

/** Finds the clause a label means (see the module comment). */
export function resolveLabel(
  label: Label,
  byPlan: Map<string, LabelledClause[]>,
): { clause: LabelledClause | null; warning?: string } {
  const planClauses = byPlan.get(label.plan) ?? [];
  const direct = planClauses.find((c) => c.id === label.clause);
  if (direct && has(direct, label.snippet)) return { clause: direct };
  const snip = foldForAnalysis(label.snippet);
  const byHeading = planClauses.filter((c) => c.heading && foldForAnalysis(c.heading).includes(snip));
  const candidates = byHeading.length ? byHeading : planClauses.filter((c) => has(c, label.snippet));
  if (candidates.length === 1) {
    return {
      clause: candidates[0],
      warning: `${label.file}:${label.line}: ${label.plan} ${label.clause} → found as ${candidates[0].id} by its snippet`,
    };
  }
  return { clause: null };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(
  labels: Label[],
  clauses: LabelledClause[],
  tagger: (c: LabelledClause) => string[],
): Evaluation {
  const byPlan = new Map<string, LabelledClause[]>();
  for (const c of clauses) byPlan.set(c.plan, [...(byPlan.get(c.plan) ?? []), c]);
  const counts = new Map(themes.map((t) => [t.slug as string, { tp: 0, fp: 0, fn: 0 }]));
  const warnings: string[] = [];
  const unresolved: string[] = [];
  const disagreements: Evaluation['disagreements'] = [];
  let resolved = 0;
  for (const label of labels) {
    const { clause, warning } = resolveLabel(label, byPlan);
    if (!clause) {
      unresolved.push(`${label.file}:${label.line}: ${label.plan} ${label.clause} ("${label.snippet}") not found`);
      continue;
    }
    if (warning) warnings.push(warning);
    resolved += 1;
    const predicted = new Set(tagger(clause));
    const truth = new Set(label.themes);
    for (const [slug, n] of counts) {
      if (predicted.has(slug) && truth.has(slug)) n.tp += 1;
      else if (predicted.has(slug)) n.fp += 1;
      else if (truth.has(slug)) n.fn += 1;
    }
    const missing = [...truth].filter((t) => !predicted.has(t));
    const extra = [...predicted].filter((t) => !truth.has(t));
    if (missing.length || extra.length) disagreements.push({ file: label.file, plan: clause.plan, id: clause.id, missing, extra });
  }
  const scores = themes.map((t) => {
    const n = counts.get(t.slug)!;
    return {
      slug: t.slug,
      label: t.label,
      ...n,
      support: n.tp + n.fn,
      precision: ratio(n.tp, n.tp + n.fp),
      recall: ratio(n.tp, n.tp + n.fn),
    };
  });
  return { scores, resolved, warnings, unresolved, disagreements };
}

/**
 * Leave-one-plan-out cross-validation: for each plan with labels, `fit` learns from the labels of every OTHER plan and
 * returns a tagger, which tags that plan's clauses. The result tags any clause of a labelled plan as the tagger that
 * never saw its plan's labels would (an honest estimate for a new plan); other clauses get no theme.
 */
export function leaveOnePlanOut<C extends LabelledClause>(
  labels: readonly Label[],
  clauses: readonly C[],
  fit: (training: readonly Label[]) => (c: C) => string[],
): (c: LabelledClause) => string[] {
  const predicted = new Map<LabelledClause, string[]>();
  const plans = [...new Set(labels.map((l) => l.plan))].sort();
  for (const plan of plans) {
    const tagger = fit(labels.filter((l) => l.plan !== plan));
    for (const c of clauses) if (c.plan === plan) predicted.set(c, tagger(c));
  }
  return (c) => predicted.get(c) ?? [];
}

/** Micro-averaged precision and recall over all themes, and the worst theme's figures. */
export function summary(scores: readonly ThemeScore[]): {
  precision: number;
  recall: number;
  minPrecision: number;
  minRecall: number;
} {
  const n = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    precision: ratio(n.tp, n.tp + n.fp),
    recall: ratio(n.tp, n.tp + n.fn),
    minPrecision: Math.min(...scores.map((s) => s.precision)),
    minRecall: Math.min(...scores.map((s) => s.recall)),
  };
}

const fixed2 = (x: number) => x.toFixed(2);

/**
 * One evaluation as Markdown, ready for the README: a "###" title line naming the label set, a table with a row per
 * theme, and the micro-average line. Themes without labelled positives show "–" for recall (nothing to find).
 */
export function markdownTable(title: string, source: string, result: Evaluation): string {
  const lines = [
    `### ${title}`,
    '',
    `${result.resolved} hand-labelled clauses (${source}).`,
    '',
    '| 主题 | slug | 标注数 | TP | FP | FN | precision | recall |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...result.scores.map(
      (s) =>
        `| ${s.label} | ${s.slug} | ${s.support} | ${s.tp} | ${s.fp} | ${s.fn} | ${fixed2(s.precision)} | ${s.support ? fixed2(s.recall) : '–'} |`,
    ),
  ];
  const m = summary(result.scores);
  lines.push(
    '',
    `micro-average: precision ${fixed2(m.precision)}, recall ${fixed2(m.recall)}; ` +
      `min precision ${fixed2(m.minPrecision)}, min recall ${fixed2(m.minRecall)}`,
  );
  return lines.join('\n');
}
