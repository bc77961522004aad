/**
 * Comparing two plans clause by clause — the one piece the changes page (a city's successive plans) and the
 * side-by-side compare of any two plans both use (pure; runs at build time today and could run in a browser): the
 * alignment (align.ts) with a word-level diff of each linked pair (diff.ts), each clause's verdict, and the targets
 * both plans state (indicators.ts).
 *
 * Verdicts: a later clause continuing no earlier clause is new; one that continues some is continued — raised or
 * lowered when it states a target of an indicator the earlier plan also set (like with like) and sets it higher or
 * lower; an earlier clause no later clause continues is dropped.
 */
import type { AlignLink, AlignUnit, ChangeKind, ChangeStep, TargetMove } from '~/schemas/changes';
import { alignPlans } from './align';
import { wordDiff } from './diff';

/** One plan's side of a comparison: its slug and its units (content/analysis/units.json). */
export interface PlanSide {
  slug: string;
  units: readonly AlignUnit[];
}

export type Comparison = Pick<ChangeStep, 'from' | 'to' | 'links' | 'verdicts' | 'targets'>;

/** Align two plans, diff each linked pair, and judge each clause. `moves`: targets both plans state (targetMoves). */
export function comparePlans(earlier: PlanSide, later: PlanSide, moves: readonly TargetMove[] = []): Comparison {
  const eById = new Map(earlier.units.map((u) => [u.id, u]));
  const lById = new Map(later.units.map((u) => [u.id, u]));
  const links: AlignLink[] = alignPlans(earlier.units, later.units).map((l) => {
    const [pe, pl] = l.paragraphs;
    return { ...l, diff: wordDiff(eById.get(l.earlier)!.paragraphs[pe].tokens, lById.get(l.later)!.paragraphs[pl].tokens) };
  });
  const continued = new Set(links.map((l) => l.later));
  const kept = new Set(links.map((l) => l.earlier));
  const moved = new Map<string, 'raised' | 'lowered'>();
  for (const m of moves) {
    if (m.direction === 'same' || !lById.has(m.to.clause)) continue;
    // A clause raising one target and lowering another is shown as raised: it says more than it drops.
    if (moved.get(m.to.clause) !== 'raised') moved.set(m.to.clause, m.direction);
  }
  const verdicts: Comparison['verdicts'] = [
    ...later.units.map((u) => ({ plan: later.slug, id: u.id, kind: (moved.get(u.id) ?? (continued.has(u.id) ? 'continued' : 'new')) as ChangeKind, themes: [...u.themes] })),
    ...earlier.units.filter((u) => !kept.has(u.id)).map((u) => ({ plan: earlier.slug, id: u.id, kind: 'dropped' as ChangeKind, themes: [...u.themes] })),
  ];
  return { from: earlier.slug, to: later.slug, links, verdicts, targets: [...moves] };
}

/** The kinds counted in a summary, in the order shown. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['new', 'raised', 'lowered', 'continued', 'dropped'];

/** Readers' words for each kind. */
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  new: '新增',
  raised: '目标提高',
  lowered: '目标降低',
  continued: '延续',
  dropped: '不再提及',
};

/** Key of clauses without a theme in a per-theme summary. */
export const NO_THEME = '';

export type Verdict = Comparison['verdicts'][number];

/** A summary row: one theme (NO_THEME: clauses without one) and its clauses of each kind. */
export interface SummaryRow {
  theme: string;
  clauses: Record<ChangeKind, Verdict[]>;
}

const emptyKinds = (): Record<ChangeKind, Verdict[]> => ({ new: [], raised: [], lowered: [], continued: [], dropped: [] });

/**
 * Per theme (in the order given, then clauses without a theme), the clauses of each kind; themes with nothing are
 * left out. A clause counts under each of its themes; `total` counts each clause once.
 */
export function summarise(verdicts: readonly Verdict[], themeOrder: readonly string[]): { total: Record<ChangeKind, Verdict[]>; rows: SummaryRow[] } {
  const total = emptyKinds();
  const rows = new Map<string, SummaryRow>([...themeOrder, NO_THEME].map((t) => [t, { theme: t, clauses: emptyKinds() }]));
  for (const v of verdicts) {
    total[v.kind].push(v);
    const themes = v.themes.filter((t) => rows.has(t));
    for (const t of themes.length ? themes : [NO_THEME]) rows.get(t)!.clauses[v.kind].push(v);
  }
  return { total, rows: [...rows.values()].filter((r) => CHANGE_KINDS.some((k) => r.clauses[k].length > 0)) };
}
