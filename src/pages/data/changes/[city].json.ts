/**
 * /data/changes/<city>.json — a city's changes (README "Data downloads"): each step's alignment with confidence, its
 * diffs as token operations, every clause's verdict, the targets both plans state; the city's target trajectories
 * and theme shares. One file per city with ≥ 2 plans.
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
  // One line: every diff token indented on its own line would triple the file.
  return new Response(`${JSON.stringify(changesOpenData(city, c, loadChanges().method))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
