/**
 * Reads the generated collections (content/clauses/<plan>/<id>.mdx, content/plans/<slug>.mdx): the YAML frontmatter
 * of each file, parsed with `yaml`. Sorted deterministically (plan slug, then document order).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Clause, PolicyDoc } from '../../../src/schema';

/** The frontmatter block: from an opening "---" line (which may carry a YAML comment, "--- # GENERATED …") to the next "---". */
const FRONTMATTER = /^---(?:[ \t]+#[^\n]*)?\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontmatter(file: string): unknown {
  const src = fs.readFileSync(file, 'utf8');
  const m = FRONTMATTER.exec(src);
  if (!m) throw new Error(`${file}: no YAML frontmatter found`);
  return parse(m[1]);
}

function mdxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...mdxFiles(p));
    else if (e.name.endsWith('.mdx')) out.push(p);
  }
  return out;
}

/** All clauses under <contentDir>/clauses, sorted by plan then order. */
export function loadClauses(contentDir = 'content'): Clause[] {
  const clauses = mdxFiles(path.join(contentDir, 'clauses')).map((f) => readFrontmatter(f) as Clause);
  return clauses.sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : a.order - b.order));
}

/** All plans under <contentDir>/plans, sorted by slug. */
export function loadPlans(contentDir = 'content'): PolicyDoc[] {
  const plans = mdxFiles(path.join(contentDir, 'plans')).map((f) => readFrontmatter(f) as PolicyDoc);
  return plans.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
