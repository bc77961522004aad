/**
 * The changes as pages show them (pure): a comparison of two plans (a step of a city's changes on its page, or two
 * plans of one city in the browser's compare view) joined with the clauses and themes it names — summary per theme,
 * lists of what is new, raised, lowered and dropped, aligned pairs with their diffs. The pages only render this.
 * Free of the aligner and the diff library (compare.ts), so that the browser loads only this.
 */
import type { AlignLink, ChangeKind, ChangeStep, TargetMove } from '~/schemas/changes';
import type { Clause, PlanMeta } from '~/schemas/policy';
import { excerpt } from '~/lib/display';
import { rowTaskText } from '~/lib/taskrow';
import type { Comparison } from './compare';
import { CHANGE_KINDS, keptShare, NO_THEME, summarise, type Verdict } from './summary';

/** A clause as a list item: where it is, what it is called, where it links. */
export interface ClauseItem {
  plan: string;
  id: string;
  url: string;
  pinpoint: string;
  /** Its heading, else the start of its text (marked as cut). */
  name: string;
  themes: string[];
}

/** What the view needs to know of the corpus. */
export interface Lookups {
  clause: (plan: string, id: string) => Pick<Clause, 'url' | 'pinpoint' | 'heading' | 'text' | 'cells'> | undefined;
  /** Theme slugs in taxonomy order. */
  themes: readonly string[];
}

/** One aligned later clause with the earlier clauses it continues. */
export interface PairView {
  later: ClauseItem;
  kind: ChangeKind;
  links: Array<{ earlier: ClauseItem; confidence: number; paragraphs: AlignLink['paragraphs']; diff: AlignLink['diff']; kept: number }>;
}

/** A target both plans state, with the clauses that state it. */
export interface MoveView extends TargetMove {
  fromClause: ClauseItem;
  toClause: ClauseItem;
}

/** A comparison ready to render. */
export interface ComparisonView {
  anchor: string;
  from: string;
  to: string;
  /** Each kind's clauses (every clause once). */
  totals: Record<ChangeKind, ClauseItem[]>;
  /** Per theme (taxonomy order, then NO_THEME), each kind's clauses. */
  rows: Array<{ theme: string; clauses: Record<ChangeKind, ClauseItem[]> }>;
  /** Later clauses that continue earlier ones, in document order. */
  pairs: PairView[];
  moves: MoveView[];
}

const MAX_NAME = 28;

/**
 * A clause as a list item: named by its heading, else the start of its text (a table row: of its task cell); an
 * unknown clause keeps its id as its name (the data names it, the page must too).
 */
export function clauseItem(lookups: Lookups, plan: string, id: string, themes: readonly string[] = []): ClauseItem {
  const c = lookups.clause(plan, id);
  return {
    plan,
    id,
    url: c?.url ?? `/plans/${plan}/${id}/`,
    pinpoint: c?.pinpoint ?? id,
    name: c ? (c.heading ?? excerpt(c.cells ? rowTaskText(c.cells) : c.text, MAX_NAME)) : id,
    themes: [...themes],
  };
}

/**
 * A comparison (a city step or pair, e.g. from its open data in the compare view) joined with the corpus. A link's
 * `kept` comes from its diff's tokens, or as published (comparisonOf, data.ts: the published runs carry no tokens).
 */
export function comparisonView(c: Omit<Comparison, 'links'> & { anchor: string; links: ReadonlyArray<AlignLink & { kept?: number }> }, lookups: Lookups): ComparisonView {
  const item = (v: Verdict) => clauseItem(lookups, v.plan, v.id, v.themes);
  const { total, rows } = summarise(c.verdicts, lookups.themes);
  const mapKinds = (r: Record<ChangeKind, Verdict[]>) => Object.fromEntries(CHANGE_KINDS.map((k) => [k, r[k].map(item)])) as Record<ChangeKind, ClauseItem[]>;
  const kindOf = new Map(c.verdicts.filter((v) => v.plan === c.to).map((v) => [v.id, v]));
  const byLater = new Map<string, Array<AlignLink & { kept?: number }>>();
  for (const l of c.links) byLater.set(l.later, [...(byLater.get(l.later) ?? []), l]);
  const pairs: PairView[] = [...byLater].map(([later, links]) => ({
    later: clauseItem(lookups, c.to, later, kindOf.get(later)?.themes),
    kind: kindOf.get(later)?.kind ?? 'continued',
    links: links.map((l) => ({ earlier: clauseItem(lookups, c.from, l.earlier), confidence: l.confidence, paragraphs: l.paragraphs, diff: l.diff, kept: l.kept ?? keptShare(l.diff) })),
  }));
  return {
    anchor: c.anchor,
    from: c.from,
    to: c.to,
    totals: mapKinds(total),
    rows: rows.map((r) => ({ theme: r.theme, clauses: mapKinds(r.clauses) })),
    pairs,
    moves: c.targets.map((m) => ({ ...m, fromClause: clauseItem(lookups, c.from, m.from.clause), toClause: clauseItem(lookups, c.to, m.to.clause) })),
  };
}

/** Anchor of one kind's list within a comparison. */
export function kindAnchor(anchor: string, kind: ChangeKind): string {
  return `${anchor}-${kind}`;
}

/** Anchor of a clause's entry within a comparison: in the later plan's lists ("to"), the earlier's ("from"), or among the aligned pairs ("pair"). */
export function clauseAnchor(anchor: string, side: 'from' | 'to' | 'pair', id: string): string {
  return `${anchor}-${side}-${id}`;
}

/** The label of a theme row (NO_THEME: clauses the tagger gave no theme). */
export function themeRowLabel(theme: string, label: (slug: string) => string): string {
  return theme === NO_THEME ? '未标主题' : label(theme);
}

/** A step's title: "2025–2027 对比 2022–2024". */
export function stepTitle(step: Pick<ChangeStep, 'from' | 'to'>, planName: (slug: string) => string): string {
  return `${planName(step.to)} 对比 ${planName(step.from)}`;
}

/** What kind of step it is, in readers' words. */
export function relationNote(step: Pick<ChangeStep, 'relation' | 'from' | 'to'>, plans: readonly Pick<PlanMeta, 'slug' | 'kind'>[]): string {
  if (step.relation === 'consecutive') return '与前一份规划相比';
  const i = plans.findIndex((p) => p.slug === step.from);
  const j = plans.findIndex((p) => p.slug === step.to);
  const kind = plans[j]?.kind ?? '同类规划';
  return `与上一份${kind}相比（跳过其间的 ${Math.max(0, j - i - 1)} 份其他文件）`;
}
