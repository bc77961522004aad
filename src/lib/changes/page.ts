/**
 * A city's changes pages as they are rendered (pure): its plans, each step as a ComparisonView with its own page
 * (the summary links each step's counts there), the target trajectories as chart data and table rows, the theme
 * shares as a slope chart and a table; and the city's open data.
 */
import type { ChangeKind, ChangeStep, ChangesFile, CityChanges, CityChangesData, Trajectory } from '~/schemas/changes';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { planShortLabel } from '~/lib/format';
import { themeUrl } from '~/lib/themeview';
import type { TrajectoryChart } from '~/charts/trajectory';
import type { ThemeShiftChart } from '~/charts/themeshift';
import { comparisonView, type ComparisonView, type Lookups } from './view';
import type { Comparison } from './compare';
import { changesUrl, pairDataUrl, stepUrl } from './data';
import { CHANGE_KINDS, summarise } from './summary';

/**
 * Precision and recall of the aligner against the hand-made gold alignment, held out (each pairing of 盐城's plans
 * scored with weights fitted on the other two: what to expect of a city the weights never saw; in-sample on 盐城 it
 * is 0.91 / 0.75), with the gold file's one corrected label (R9 in its header: 0.78 / 0.77 without it) —
 * `npm run eval:align`; README "Changes".
 */
export const MEASURED = { precision: 0.77, recall: 0.82 } as const;

/**
 * How far two readers agree: the same later clauses read again, blind, by other readers under the gold file's rules
 * (scripts/data/align-second.tsv), scored against the gold file as the aligner is — the share of the second reading's
 * pairs the gold file makes, and of the gold file's pairs the second reading makes. The aligner's goal (0.9 each)
 * lies within what readers reach; the aligner does not reach it. `npm run eval:align`; README "Changes".
 */
export const READERS = { precision: 0.93, recall: 0.96 } as const;

/** Anchors of the summary page's own sections (each step is anchored by its pair key, on the line linking to its page). */
export const SECTIONS = { summary: 'summary', byTheme: 'by-theme', steps: 'steps', targets: 'targets', themes: 'themes', method: 'method' } as const;

export { changesDataUrl, changesUrl, pairDataUrl, stepUrl } from './data';

/** The step of a city's changes comparing two plans (earlier first), with its city's slug; null when none does. */
export function stepOf(file: Pick<ChangesFile, 'cities'>, earlier: string, later: string): { city: string; step: ChangeStep } | null {
  for (const city of file.cities) {
    const step = city.steps.find((s) => s.from === earlier && s.to === later);
    if (step) return { city: city.slug, step };
  }
  return null;
}

/** What the page needs of the corpus. */
export interface PageCorpus {
  planBySlug: ReadonlyMap<string, PolicyDoc>;
  clausesOf: (plan: string) => readonly Clause[];
  themes: readonly { slug: string; label: string }[];
}

export interface TrajectoryView {
  trajectory: Trajectory;
  /** How many plans state it. */
  plans: number;
  chart: TrajectoryChart;
  rows: Array<{ plan: string; year: number | null; value: string; url: string; pinpoint: string }>;
}

export interface CityChangesView {
  plans: PolicyDoc[];
  planName: (slug: string) => string;
  /** Each step with its view and its page. */
  steps: Array<{ comparison: CityChanges['steps'][number]; view: ComparisonView; url: string }>;
  trajectories: TrajectoryView[];
  themeShift: ThemeShiftChart;
  themeRows: Array<{ theme: string; cells: Array<{ count: number; pct: string }> }>;
}

/** A clause's position in its plan (document order), for the first clause stating a target. */
export function clauseOrderOf(c: Pick<PageCorpus, 'clausesOf'>): (plan: string, id: string) => number {
  const cache = new Map<string, Map<string, number>>();
  return (plan, id) => {
    if (!cache.has(plan)) cache.set(plan, new Map(c.clausesOf(plan).map((x) => [x.id, x.order])));
    return cache.get(plan)!.get(id) ?? Number.MAX_SAFE_INTEGER;
  };
}

/** Lookups of the corpus for comparisonView. */
export function lookupsOf(c: PageCorpus): Lookups {
  const cache = new Map<string, Map<string, Clause>>();
  return {
    clause: (plan, id) => {
      if (!cache.has(plan)) cache.set(plan, new Map(c.clausesOf(plan).map((x) => [x.id, x])));
      return cache.get(plan)!.get(id);
    },
    themes: c.themes.map((t) => t.slug),
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const fmt = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const COMPARATOR: Record<string, string> = { '≥': '≥ ', '>': '> ', '≈': '约 ', '≤': '≤ ', '=': '' };

export function cityChangesView(city: CityChanges, c: PageCorpus): CityChangesView {
  const plans = city.plans.map((s) => c.planBySlug.get(s)).filter((p): p is PolicyDoc => p != null);
  const planName = (slug: string) => {
    const p = c.planBySlug.get(slug);
    return p ? planShortLabel(p) : slug;
  };
  const lookups = lookupsOf(c);
  const steps = city.steps.map((s) => ({ comparison: s, view: comparisonView(s as Comparison & { anchor: string }, lookups), url: stepUrl(city.slug, s.anchor) }));
  const index = new Map(city.plans.map((p, i) => [p, i]));
  const trajectories = city.trajectories.map((t) => {
    const dated = t.points.filter((p) => p.year !== null);
    return {
      trajectory: t,
      plans: new Set(t.points.map((p) => p.plan)).size,
      chart: {
        indicator: t.indicator,
        unit: t.unit,
        plans: city.plans.map((p) => ({ label: planName(p) })),
        points: dated.map((p) => {
          const pin = lookups.clause(p.plan, p.clause)?.pinpoint ?? p.clause;
          return { year: p.year!, value: p.value, plan: index.get(p.plan)!, url: p.url, title: `${planName(p.plan)} · ${p.year}年：${fmt(p.value)}${t.unit}（${pin}）` };
        }),
      },
      rows: t.points.map((p) => ({
        plan: planName(p.plan),
        year: p.year,
        value: `${COMPARATOR[p.comparator] ?? ''}${fmt(p.value)}${p.valueMax != null ? `–${fmt(p.valueMax)}` : ''} ${t.unit}`.trim(),
        url: p.url,
        pinpoint: lookups.clause(p.plan, p.clause)?.pinpoint ?? p.clause,
      })),
    };
  });
  // Themes any plan speaks of, in taxonomy order.
  const spoken = c.themes.filter((t) => city.themes.some((s) => (s.counts[t.slug] ?? 0) > 0));
  const share = (plan: number, theme: string) => {
    const s = city.themes[plan];
    return s && s.total ? (s.counts[theme] ?? 0) / s.total : 0;
  };
  return {
    plans,
    planName,
    steps,
    trajectories: trajectories.filter((t) => t.chart.points.length > 0),
    themeShift: {
      plans: plans.map((p) => ({ label: planShortLabel(p), url: p.url })),
      themes: spoken.map((t) => ({ label: t.label, url: themeUrl(t.slug), shares: city.themes.map((_, i) => share(i, t.slug)) })),
    },
    themeRows: spoken.map((t) => ({
      theme: t.slug,
      cells: city.themes.map((s, i) => ({ count: s.counts[t.slug] ?? 0, pct: pct(share(i, t.slug)) })),
    })),
  };
}

/**
 * /data/changes/<city>.json: the city's changes as an index (README "Data downloads"): its plans, each step with its
 * page, its counts and its comparison's file, the city's other pairs of plans with theirs (every comparison is
 * published once, in /data/changes/pairs/), the target trajectories and the theme shares.
 */
export function changesOpenData(city: CityChanges, c: PageCorpus, method: string): CityChangesData {
  return {
    city: city.city,
    slug: city.slug,
    url: changesUrl(city.slug),
    method,
    plans: city.plans.map((s) => ({ slug: s, url: c.planBySlug.get(s)?.url ?? `/plans/${s}/`, title: c.planBySlug.get(s)?.title ?? null })),
    steps: city.steps.map((s) => {
      const { total } = summarise(s.verdicts, []);
      return {
        anchor: s.anchor,
        from: s.from,
        to: s.to,
        relation: s.relation,
        page: stepUrl(city.slug, s.anchor),
        data: pairDataUrl(s.from, s.to),
        counts: Object.fromEntries(CHANGE_KINDS.map((k) => [k, total[k].length])) as Record<ChangeKind, number>,
      };
    }),
    pairs: city.pairs.map((p) => ({ from: p.from, to: p.to, data: pairDataUrl(p.from, p.to) })),
    trajectories: city.trajectories,
    themes: city.themes,
  };
}

/** A clause's permalink. */
export function clauseUrlOf(c: PageCorpus): (plan: string, id: string) => string {
  const lookups = lookupsOf(c);
  return (plan, id) => lookups.clause(plan, id)?.url ?? `/plans/${plan}/${id}/`;
}

/** Every comparison of two plans of one city (its steps and its other pairs), each with its file's URL: /data/changes/pairs/. */
export function pairFiles(file: Pick<ChangesFile, 'cities'>): Array<{ url: string; city: CityChanges; pair: CityChanges['pairs'][number] }> {
  return file.cities.flatMap((city) => [...city.steps, ...city.pairs].map((pair) => ({ url: pairDataUrl(pair.from, pair.to), city, pair })));
}
