/**
 * Synthesise a larger corpus for the search benchmark: seeds copied per stand-in city by the shared synthesiser
 * (scripts/bench/synthesise.ts, also used by `npm run bench`), ingested with the real pipeline into a temp dir, then
 * indexed with the real index builder; the 5-plan build's search page and assets are copied beside the index so
 * the real page can be served against it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { themes } from '~/data/themes';
import { readFrontmatter } from '~/loaders/frontmatter';
import { buildSearchIndex } from '~/lib/search/build';
import { toIndexClause, toIndexPlan } from '~/lib/search/collect';
import { synthesise } from './synthesise';

/** Frontmatter of a generated MDX file, read as the site reads it (src/loaders/frontmatter.ts: js-yaml, ~5× `yaml`). */
export function frontmatter<T>(file: string): T {
  return readFrontmatter(file) as T;
}

/** Read a content/ tree as the index builder's input. */
export function readContent(contentDir: string): { plans: PolicyDoc[]; clauses: Clause[] } {
  const plans = readdirSync(join(contentDir, 'plans'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => frontmatter<PolicyDoc>(join(contentDir, 'plans', f)));
  const clauses: Clause[] = [];
  for (const slug of readdirSync(join(contentDir, 'clauses'))) {
    for (const f of readdirSync(join(contentDir, 'clauses', slug))) {
      if (f.endsWith('.mdx')) clauses.push(frontmatter<Clause>(join(contentDir, 'clauses', slug, f)));
    }
  }
  return { plans, clauses };
}

/** Write the index files of a content tree under `<site>/search/idx/`. */
export function writeIndex(contentDir: string, site: string): { plans: number; clauses: Clause[] } {
  const { plans, clauses } = readContent(contentDir);
  const files = buildSearchIndex(
    plans.map(toIndexPlan),
    clauses.map(toIndexClause),
    themes.map((t) => ({ slug: t.slug, label: t.label })),
  );
  const idx = join(site, 'search', 'idx');
  rmSync(idx, { recursive: true, force: true });
  for (const [path, body] of files) {
    mkdirSync(dirname(join(idx, path)), { recursive: true });
    writeFileSync(join(idx, path), body);
  }
  return { plans: plans.length, clauses };
}

/**
 * Build a `plans`-plan search site in `work`: seeds → real ingest → index; the search page and its assets copied
 * from the built 5-plan site `dist`. With `reuse`, the content of an earlier run in `work` is indexed again without
 * synthesising and ingesting anew (for trying index changes; the seeds and the ingest must not have changed).
 */
export function synthesiseSite(root: string, dist: string, work: string, plans: number, reuse = false): { site: string; clauses: Clause[]; plans: number } {
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  const site = join(work, 'site');
  if (!reuse || !existsSync(join(content, 'plans'))) ingestSynthesised(root, seeds, content, plans);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'search'), { recursive: true });
  cpSync(join(dist, '_astro'), join(site, '_astro'), { recursive: true });
  cpSync(join(dist, 'search', 'index.html'), join(site, 'search', 'index.html'));
  const r = writeIndex(content, site);
  return { site, ...r };
}

/** Synthesise `plans` plans from the seeds into `seeds` and ingest them into `content`. */
function ingestSynthesised(root: string, seeds: string, content: string, plans: number): void {
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  synthesise(join(root, 'seeds'), seeds, plans);
  rmSync(content, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/ingest.ts'), '--root', root, '--seeds', relative(root, seeds), '--content', relative(root, content)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
