/**
 * Summing up a comparison of two plans (pure, and free of the aligner and the diff library, so the browser's compare
 * view can load it): the kinds of change in readers' words, the verdicts per theme, and how much of a linked pair's
 * wording survived its diff.
 */
import type { ChangeKind, ChangeStep, DiffOp } from '~/schemas/changes';

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

export type Verdict = ChangeStep['verdicts'][number];

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

/**
 * Share of the two paragraphs' tokens that the diff keeps (0–1), in hundredths (what the pages show as a percentage,
 * and what the open data publishes): how much of the wording survived.
 */
export function keptShare(ops: readonly DiffOp[]): number {
  let kept = 0;
  let all = 0;
  for (const o of ops) {
    const n = o.tokens.length;
    all += o.op === '=' ? 2 * n : n;
    if (o.op === '=') kept += 2 * n;
  }
  return all === 0 ? 1 : Math.round((kept / all) * 100) / 100;
}
