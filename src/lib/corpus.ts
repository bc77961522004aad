/**
 * The corpus as the pages read it: the generated collections (content/, defined in src/content.config.ts) plus the
 * theme taxonomy, loaded once per build and put in corpus order. The only module that reads the collections
 * (getCollection from astro:content): every page, component and route — the search index's too — reads them through
 * corpus(); every grouping and join lives in the pure modules beside it. (The analysis files, content/analysis/, are
 * not collections: src/lib/analysis/file.ts reads them.)
 */
import { getCollection } from 'astro:content';
import { themes as taxonomy } from '~/data/themes';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { byPlan } from './clauses';
import { commitments, loadDecomposition, taskItemOf, taskLinks, taskRowsOf } from './decomposition';
import { groupByCity, sortPlans, type CityPlans } from './plans';
import { groupByProvince, type ProvincePlans } from './provinces';
import { themeCounts, type PlanPlace, type ThemeInfo } from './themeview';

export interface Corpus {
  /** Plans by city (pinyin) then time. */
  plans: PolicyDoc[];
  planBySlug: Map<string, PolicyDoc>;
  /** All clauses, plan by plan in corpus order, document order within a plan. */
  clauses: Clause[];
  clausesOf: (planSlug: string) => Clause[];
  /**
   * What every count counts: a plan's clauses less the task-table rows that restate a body item (the item is counted
   * once, with its rows' themes; src/lib/decomposition.ts).
   */
  commitmentsOf: (planSlug: string) => Clause[];
  /** The rows of a task table that decompose this item, in table order ([] for anything else). */
  taskRowsOf: (clause: Pick<Clause, 'plan' | 'id'>) => Clause[];
  /** The body item a task-table row restates, or null. */
  taskItemOf: (clause: Pick<Clause, 'plan' | 'id'>) => Clause | null;
  clauseByUrl: Map<string, Clause>;
  cities: CityPlans<PolicyDoc>[];
  /** Cities by province, provinces in GB/T 2260 code order. */
  provinces: ProvincePlans<PolicyDoc>[];
  /** Where each plan sits: its province's and city's slugs. */
  placeOf: (planSlug: string) => PlanPlace;
  /** How many of a plan's commitments carry a theme (counted once per build; rows counted with their item). */
  themeCount: (planSlug: string, theme: string) => number;
  /** The taxonomy in its reviewed order. */
  themes: ThemeInfo[];
  themeBySlug: Map<string, ThemeInfo>;
}

let loaded: Promise<Corpus> | null = null;

async function load(): Promise<Corpus> {
  const plans = sortPlans((await getCollection('plans')).map((e) => e.data));
  const grouped = byPlan((await getCollection('clauses')).map((e) => e.data));
  const clauses = plans.flatMap((p) => grouped.get(p.slug) ?? []);
  const orphans = [...grouped.keys()].filter((slug) => !plans.some((p) => p.slug === slug));
  if (orphans.length) throw new Error(`clauses name plans that do not exist: ${orphans.join(', ')}`);
  const links = taskLinks(loadDecomposition());
  const byKey = new Map(clauses.map((c) => [`${c.plan}/${c.id}`, c]));
  const counted = new Map(plans.map((p) => [p.slug, commitments(links, grouped.get(p.slug) ?? [])]));
  const cities = groupByCity(plans);
  const provinces = groupByProvince(cities);
  const places = new Map(provinces.flatMap((g) => g.cities.flatMap((city) => city.plans.map((p) => [p.slug, { province: g.slug, city: city.slug }] as const))));
  // Theme counts count commitments: a task-table row that restates a body item is counted with its item, once.
  const counts = themeCounts(
    plans.map((p) => p.slug),
    (slug) => counted.get(slug) ?? [],
  );
  const themes: ThemeInfo[] = taxonomy.map((t) => ({ slug: t.slug, label: t.label, description: t.description, terms: t.terms, synonyms: t.synonyms }));
  return {
    plans,
    planBySlug: new Map(plans.map((p) => [p.slug, p])),
    clauses,
    clausesOf: (slug) => grouped.get(slug) ?? [],
    commitmentsOf: (slug) => counted.get(slug) ?? [],
    taskRowsOf: (c) => taskRowsOf(links, c).map((id) => byKey.get(`${c.plan}/${id}`)).filter((x): x is Clause => x != null),
    taskItemOf: (c) => {
      const id = taskItemOf(links, c);
      return id === null ? null : (byKey.get(`${c.plan}/${id}`) ?? null);
    },
    clauseByUrl: new Map(clauses.map((c) => [c.url, c])),
    cities,
    provinces,
    placeOf: (slug) => places.get(slug)!,
    themeCount: (slug, theme) => counts.get(slug)?.get(theme) ?? 0,
    themes,
    themeBySlug: new Map(themes.map((t) => [t.slug, t])),
  };
}

/** The corpus, loaded once per build. */
export function corpus(): Promise<Corpus> {
  loaded ??= load();
  return loaded;
}
