/**
 * Where a city's changes live and how a comparison is published (pure; shared by the build and the browser, so it
 * imports nothing that reads files): the URLs of the summary page, of each step's page and of the open data; a
 * comparison (a step or another pair of one city's plans) as open data, every clause with its permalink, and back
 * again for the compare view, which renders it with the same view code as a step page (view.ts); and where an
 * anchor of the earlier single changes page now lives.
 */
import type { ChangePair, ComparisonData, PublishedDiffOp } from '~/schemas/changes';
import { canonicalPlans, PAIR_SEPARATOR } from '~/lib/compare';
import type { Comparison } from './compare';
import { keptShare } from './summary';

/** URL of a city's changes page (the summary). */
export function changesUrl(citySlug: string): string {
  return `/cities/${citySlug}/changes/`;
}

/** URL of one step's page: /cities/<city>/changes/<earlier>--<later>/ (the step's anchor). */
export function stepUrl(citySlug: string, anchor: string): string {
  return `${changesUrl(citySlug)}${anchor}/`;
}

/** URL of a city's open data on changes. */
export function changesDataUrl(citySlug: string): string {
  return `/data/changes/${citySlug}.json`;
}

/** Folder of the comparisons of two plans of one city, one file per pair (steps and the other pairs). */
export const PAIRS_DATA_DIR = '/data/changes/pairs/';

/**
 * Name of a pair's file: the two slugs in canonical (code-point) order, as the compare view's URL names them, so
 * the view finds it without knowing which plan is the earlier; the file says (from, to).
 */
export function pairKey(a: string, b: string): string {
  return canonicalPlans([a, b]).join(PAIR_SEPARATOR);
}

/** URL of the comparison of two plans of one city, in either order. */
export function pairDataUrl(a: string, b: string): string {
  return `${PAIRS_DATA_DIR}${pairKey(a, b)}.json`;
}

/** A comparison as open data (src/schemas/changes.ts comparisonDataSchema); `url` gives a clause's permalink. */
export function comparisonData(s: ChangePair, url: (plan: string, id: string) => string): ComparisonData {
  const ref = (plan: string, id: string) => ({ plan, id, url: url(plan, id) });
  return {
    anchor: s.anchor,
    from: s.from,
    to: s.to,
    links: s.links.map((l) => ({
      earlier: l.earlier,
      later: l.later,
      confidence: l.confidence,
      paragraphs: l.paragraphs,
      diff: l.diff.map((o): PublishedDiffOp => [o.op, o.tokens.join('')]),
      kept: keptShare(l.diff),
    })),
    verdicts: s.verdicts.map((v) => ({ ...ref(v.plan, v.id), kind: v.kind, themes: v.themes })),
    targets: s.targets.map((m) => ({ ...m, from: { ...m.from, url: url(s.from, m.from.clause) }, to: { ...m.to, url: url(s.to, m.to.clause) } })),
  };
}

/**
 * The comparison back from its open data: what comparisonView (view.ts) renders, in the browser as on a step page.
 * Each diff run comes back as one token (its text) and each link with its published `kept`.
 */
export function comparisonOf(d: ComparisonData): Omit<Comparison, 'links'> & { anchor: string; links: Array<Comparison['links'][number] & { kept: number }> } {
  return {
    anchor: d.anchor,
    from: d.from,
    to: d.to,
    links: d.links.map((l) => ({
      earlier: l.earlier,
      later: l.later,
      confidence: l.confidence,
      paragraphs: l.paragraphs,
      diff: l.diff.map(([op, text]) => ({ op, tokens: [text] })),
      kept: l.kept,
    })),
    verdicts: d.verdicts.map((v) => ({ plan: v.plan, id: v.id, kind: v.kind, themes: v.themes })),
    targets: d.targets.map((m) => ({ ...m, from: { value: m.from.value, year: m.from.year, clause: m.from.clause }, to: { value: m.to.value, year: m.to.year, clause: m.to.clause } })),
  };
}

/**
 * Where an anchor of the earlier single changes page now lives: a step (#<step>) and its lists and pairs
 * (#<step>-new, #<step>-to-<clause>, #<step>-pair-<clause> …) moved to the step's own page, under the same ids.
 * `hash` as in location.hash; `steps` the city's steps with their pages. Null when the anchor is not a step's
 * (#summary, #targets, #themes, #method are still on the summary page).
 */
export function movedAnchorUrl(hash: string, steps: readonly { anchor: string; url: string }[]): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  // The longest anchor first: one step's anchor may begin another's.
  const step = [...steps].sort((a, b) => b.anchor.length - a.anchor.length).find((s) => id === s.anchor || id.startsWith(`${s.anchor}-`));
  return step ? `${step.url}#${encodeURIComponent(id)}` : null;
}
