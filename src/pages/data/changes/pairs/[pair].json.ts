/**
 * /data/changes/pairs/<a>--<b>.json — two plans of one city compared (README "Data downloads"): every pair of a
 * city's plans, its steps and the others, each published here only (src/schemas/changes.ts pairDataSchema; the city's
 * /data/changes/<city>.json links them). Named by the two slugs in canonical order, as the compare view's URL names them; `from` is the earlier plan. The compare view reads
 * it to align two plans of one city with the very comparison the changes pages show. A city has few plans: bounded.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '~/lib/corpus';
import { loadChanges } from '~/lib/changes/file';
import { changesUrl, clauseUrlOf, pairFiles, stepUrl } from '~/lib/changes/page';
import { comparisonData, pairKey } from '~/lib/changes/data';
import type { ChangePair, ChangeStep, CityChanges, PairData } from '~/schemas/changes';

export const getStaticPaths = (() =>
  pairFiles(loadChanges()).map(({ city, pair }) => ({ params: { pair: pairKey(pair.from, pair.to) }, props: { city, pair } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const c = await corpus();
  const { city, pair } = props as { city: CityChanges; pair: ChangePair & Partial<Pick<ChangeStep, 'relation'>> };
  const body: PairData = {
    city: city.city,
    changes: changesUrl(city.slug),
    // A step has its own page; another pair is shown only by the compare view.
    page: pair.relation ? stepUrl(city.slug, pair.anchor) : null,
    relation: pair.relation ?? null,
    ...comparisonData(pair, clauseUrlOf(c)),
  };
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
