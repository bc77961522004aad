/**
 * Keyword profiles shaped for the charts (src/charts/keywords.ts) and their tables: one plan's top keywords (plan
 * page) and the keyword × plan grid (cities page). Words link to the search page, filtered to the plan (its `plan`
 * facet).
 */
import type { KeywordBarsData, KeywordGridData } from '~/charts/keywords';
import type { PolicyDoc } from '~/schemas/policy';
import { planLabel, planShortLabel } from '~/lib/format';
import type { Keyword } from '~/schemas/keywords';
import { GRID_PER_PLAN, RATE_LABEL, keywordGrid, planProfile, type KeywordGrid, type WordUsage } from './keywords';

/** The search page for a word, optionally filtered to one plan. */
export function keywordSearchUrl(word: string, plan?: string): string {
  return `/search/?q=${encodeURIComponent(word)}${plan ? `&plan=${encodeURIComponent(plan)}` : ''}`;
}

/** A plan's profile (see planProfile), as the analysis wrote it (trailers, departments and the city's own name left out there). */
export function profileOfPlan(plan: Pick<PolicyDoc, 'slug'>, profiles: Map<string, Keyword[]>, n = Infinity): Keyword[] {
  return planProfile(profiles.get(plan.slug) ?? [], n);
}

type PlanHead = Pick<PolicyDoc, 'slug' | 'url' | 'city' | 'title' | 'period' | 'date' | 'kind'>;

/** Bars for one plan's profile. */
export function keywordBars(plan: PlanHead, profile: readonly Keyword[]): KeywordBarsData {
  return {
    title: `${planLabel(plan)} 的关键词概况`,
    bars: profile.map((k) => ({ word: k.word, weight: k.weight, url: keywordSearchUrl(k.word, plan.slug) })),
  };
}

/** The keyword × plan grid over the given plans (in their order) and what the chart draws of it. */
export function keywordGridView(
  plans: readonly PlanHead[],
  profiles: readonly Keyword[][],
  usage: WordUsage,
  perPlan = GRID_PER_PLAN,
): { grid: KeywordGrid; chart: KeywordGridData } {
  const grid = keywordGrid(
    plans.map((p, j) => ({ plan: p.slug, keywords: profiles[j] ?? [] })),
    usage,
    perPlan,
  );
  const chart: KeywordGridData = {
    title: '各规划的突出词：每万词出现次数',
    rows: grid.words.map((word) => ({ word, url: keywordSearchUrl(word) })),
    columns: plans.map((p) => ({ label: p.city, sublabel: planShortLabel(p), url: p.url, title: `${planLabel(p)} · ${p.title}` })),
    cells: grid.cells,
    rateLabel: RATE_LABEL,
  };
  return { grid, chart };
}
