/** /data/themes.json — the theme taxonomy (contract: slug,label,url), in its reviewed order. */
import type { APIRoute } from 'astro';
import { corpus } from '~/lib/corpus';
import { themeRow, toJson } from '~/lib/opendata';

export const GET: APIRoute = async () => {
  const { themes } = await corpus();
  return new Response(toJson(themes.map(themeRow)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
