/**
 * Test fixture: an in-memory index over the raw seed files (each non-empty line a pseudo-clause), so engine tests
 * run on real, messy text — PDF spacing, full-width numbering, tables — without needing a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex, type IndexClause, type IndexPlan } from './build';
import { SearchEngine } from './engine';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const YEAR = /\d{4}/;

export interface SeedIndex {
  plans: IndexPlan[];
  clauses: IndexClause[];
  files: Map<string, Uint8Array | string>;
  engine: SearchEngine;
  /** Paths fetched so far. */
  fetched: string[];
}

export async function seedIndex(): Promise<SeedIndex> {
  const plans: IndexPlan[] = [];
  const clauses: IndexClause[] = [];
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const slug = f.replace(/\.txt$/, '');
    const city = /^city:\s*(\S+)/m.exec(readFileSync(join(SEEDS, `${slug}.yaml`), 'utf8'))?.[1] ?? '未知';
    plans.push({ slug, url: `/plans/${slug}/`, city, title: slug, label: slug, kind: null, year: Number(YEAR.exec(slug)?.[0]) || null, docNumber: null, issuer: null });
    readFileSync(join(SEEDS, f), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .forEach((text, i) =>
        clauses.push({ plan: slug, id: `l${i + 1}`, url: `/plans/${slug}/l${i + 1}/`, order: i, pinpoint: `第${i + 1}行`, text, themes: i % 3 === 0 ? ['a'] : ['b'] }),
      );
  }
  return { plans, clauses, ...(await memoryIndex(plans, clauses)) };
}

/** An engine over an index built in memory, recording the paths it fetches. */
export async function memoryIndex(
  plans: readonly IndexPlan[],
  clauses: readonly IndexClause[],
): Promise<Pick<SeedIndex, 'files' | 'engine' | 'fetched'>> {
  const files = buildSearchIndex(plans, clauses, [
    { slug: 'a', label: '甲' },
    { slug: 'b', label: '乙' },
  ]);
  const fetched: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    fetched.push(path);
    const body = files.get(path);
    if (body === undefined) throw new Error(`404 ${path}`);
    return typeof body === 'string' ? new TextEncoder().encode(body) : body;
  });
  return { files, engine, fetched };
}
