/**
 * The static search index, /search/idx/… (see src/lib/search/build.ts for the files), generated at build time from
 * the corpus (src/lib/corpus.ts: plans, clauses, themes). Thin route: all logic is in src/lib/search/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '~/lib/corpus';
import { buildSearchIndex } from '~/lib/search/build';
import { toIndexClause, toIndexPlan } from '~/lib/search/collect';

let built: Promise<Map<string, Uint8Array | string>> | null = null;

/** Built once per build, shared by getStaticPaths and every GET. */
function index(): Promise<Map<string, Uint8Array | string>> {
  built ??= (async () => {
    const c = await corpus();
    return buildSearchIndex(
      c.plans.map(toIndexPlan),
      c.clauses.map(toIndexClause),
      c.themes.map((t) => ({ slug: t.slug, label: t.label })),
    );
  })();
  return built;
}

export const getStaticPaths = (async () => {
  const files = await index();
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  bin: 'application/octet-stream',
};

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? '';
  const body = (await index()).get(file);
  if (body === undefined) return new Response(null, { status: 404 });
  const type = CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return new Response(body as BodyInit, { headers: { 'content-type': type } });
};
