/**
 * /data/changes/<city>.json — a city's changes as an index (README "Data downloads"; src/schemas/changes.ts
 * cityChangesDataSchema): its plans, each step with its page, counts and comparison file (/data/changes/pairs/), the
 * other pairs' files, the city's target trajectories and theme shares. One file per city with ≥ 2 plans.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '~/lib/corpus';
import { loadChanges } from '~/lib/changes/file';
import { changesOpenData } from '~/lib/changes/page';
import type { CityChanges } from '~/schemas/changes';

export const getStaticPaths = (() => loadChanges().cities.map((city) => ({ params: { city: city.slug }, props: { city } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const c = await corpus();
  const { city } = props as { city: CityChanges };
  return new Response(`${JSON.stringify(changesOpenData(city, c, loadChanges().method))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
