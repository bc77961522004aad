/**
 * Reading the generated MDX collections by their YAML frontmatter alone — shared by the site's content loader
 * (src/content.config.ts) and the scripts that read content/ (scripts/lib/analyse/content.ts).
 *
 * Why a loader of our own: Astro's glob() loader turns every MDX entry into a module that Vite compiles at build time,
 * whether or not a page ever renders it. The site renders clauses from their typed frontmatter (the Clause model) and
 * never their MDX bodies, so compiling them is pure cost — about 20 s for 5,000 clauses. The bodies stay in content/
 * as the inert, human-readable rendering of each clause (tests/inert.test.ts renders them through MDX).
 *
 * Parsed with js-yaml's core schema, not the `yaml` library that writes them (scripts/lib/ingest/emit.ts): the same
 * values (YAML 1.2 core: a plain `2024-01-01` stays a string, nothing is a date or a merge key; frontmatter.test.ts
 * checks both parsers agree on every generated file and on written edge cases), about 5× faster — the analysis and
 * the site's build each read every clause, and `yaml` was ~15 % of both at 100 plans.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Loader } from 'astro/loaders';

/** The frontmatter block: from an opening "---" line (which may carry a YAML comment, "--- # GENERATED …") to the next "---". */
export const FRONTMATTER = /^---(?:[ \t]+#[^\n]*)?\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** The files a collection is made of. */
export const MDX_EXTENSION = '.mdx';

/** The parsed YAML frontmatter of an MDX file's text; `file` names it in the error. */
export function parseFrontmatter(src: string, file: string): Record<string, unknown> {
  const m = FRONTMATTER.exec(src);
  if (!m) throw new Error(`${file}: no YAML frontmatter found`);
  let data: unknown;
  try {
    data = load(m[1], { schema: CORE_SCHEMA, filename: file });
  } catch (err) {
    throw new Error(`${file}: the frontmatter is not valid YAML (${(err as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: the frontmatter is not a YAML mapping`);
  return data as Record<string, unknown>;
}

export function readFrontmatter(file: string): Record<string, unknown> {
  return parseFrontmatter(readFileSync(file, 'utf8'), file);
}

/** Every .mdx file under `dir` (recursively), sorted; none if `dir` does not exist. */
export function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...mdxFiles(p));
    else if (e.name.endsWith(MDX_EXTENSION)) out.push(p);
  }
  return out.sort();
}

/** The entry id of a file: its path under the collection's base, without the extension, with "/" separators. */
export function entryId(base: string, file: string): string {
  return relative(base, file).slice(0, -MDX_EXTENSION.length).split(sep).join('/');
}

/**
 * A content loader for a directory of generated MDX files that stores each file's frontmatter, validated by the
 * collection's schema, and nothing to render. In `astro dev` it reloads when a file under `base` changes.
 */
export function frontmatterLoader({ base }: { base: string }): Loader {
  return {
    name: 'frontmatter-loader',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      if (!existsSync(dir)) logger.warn(`${base} does not exist: run \`npm run ingest\``);

      async function sync(): Promise<void> {
        const seen = new Set<string>();
        for (const file of mdxFiles(dir)) {
          const id = entryId(dir, file);
          seen.add(id);
          const src = readFileSync(file, 'utf8');
          const digest = generateDigest(src);
          if (store.get(id)?.digest === digest) continue;
          const data = await parseData({ id, data: parseFrontmatter(src, file), filePath: file });
          store.set({ id, data, digest, filePath: relative(root, file).split(sep).join('/') });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      }

      await sync();
      watcher?.add(dir);
      const onChange = (changed: string) => {
        if (changed.startsWith(dir + sep) && changed.endsWith(MDX_EXTENSION)) void sync();
      };
      watcher?.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}
