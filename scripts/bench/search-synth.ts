/**
 * Synthesise a larger corpus for the search benchmark: the five seeds plus copies "issued" by other cities (the
 * source city's name replaced in the text and the YAML), ingested with the real pipeline into a temp dir, then
 * indexed with the real index builder; the 5-plan build's search page and assets are copied beside the index so
 * the real page can be served against it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Clause, PolicyDoc } from '../../src/schema';
import { themes } from '../../src/data/themes';
import { buildSearchIndex } from '../../src/lib/search/build';
import { toIndexClause, toIndexPlan } from '../../src/lib/search/collect';

/** Cities the copies are attributed to (distinct pinyin, so slugs do not collide). */
export const SYNTH_CITIES = [
  '南京', '无锡', '徐州', '常州', '南通', '连云港', '淮安', '扬州', '镇江', '宿迁',
  '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '丽水', '合肥',
  '芜湖', '蚌埠', '福州', '厦门', '济南', '青岛', '郑州', '武汉', '长沙', '成都',
] as const;

const YAML_CITY = /^city:\s*(\S+)\s*$/m;

/** Write seeds for `plans` plans (≥ 5) into `dir`: the originals, then copies per city, five at a time. */
export function synthesiseSeeds(seedsDir: string, dir: string, plans: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  let made = 0;
  for (const name of names) {
    cpSync(join(seedsDir, name), join(dir, name));
    cpSync(join(seedsDir, name.replace(/\.txt$/, '.yaml')), join(dir, name.replace(/\.txt$/, '.yaml')));
    made++;
  }
  for (let c = 0; made < plans; c++) {
    const city = SYNTH_CITIES[c];
    if (!city) throw new Error(`synth: only ${SYNTH_CITIES.length} synthetic cities; ask for fewer plans`);
    for (const name of names) {
      if (made >= plans) break;
      const yaml = readFileSync(join(seedsDir, name.replace(/\.txt$/, '.yaml')), 'utf8');
      const from = YAML_CITY.exec(yaml)?.[1];
      if (!from) throw new Error(`synth: no city in ${name}'s YAML`);
      const text = readFileSync(join(seedsDir, name), 'utf8').replaceAll(from, city);
      const base = `synth-${c}-${name.replace(/\.txt$/, '')}`;
      writeFileSync(join(dir, `${base}.txt`), text);
      writeFileSync(join(dir, `${base}.yaml`), yaml.replace(YAML_CITY, `city: ${city}`).replaceAll(from, city));
      made++;
    }
  }
}

/** Frontmatter of a generated MDX file (its first line is "--- # GENERATED …"). */
export function frontmatter<T>(file: string): T {
  const src = readFileSync(file, 'utf8');
  const end = src.indexOf('\n---', 3);
  return parseYaml(src.slice(src.indexOf('\n') + 1, end)) as T;
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
 * from the built 5-plan site `dist`.
 */
export function synthesiseSite(root: string, dist: string, work: string, plans: number): { site: string; clauses: Clause[]; plans: number } {
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  const site = join(work, 'site');
  synthesiseSeeds(join(root, 'seeds'), seeds, plans);
  rmSync(content, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/ingest.ts'), '--root', root, '--seeds', relative(root, seeds), '--content', relative(root, content)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'search'), { recursive: true });
  cpSync(join(dist, '_astro'), join(site, '_astro'), { recursive: true });
  cpSync(join(dist, 'search', 'index.html'), join(site, 'search', 'index.html'));
  const r = writeIndex(content, site);
  return { site, ...r };
}
