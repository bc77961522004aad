/**
 * HTML validity basics of generated pages: the document language, no duplicate ids, and on every plan page each
 * clause of that plan present exactly once as an anchor (`id` = `data-clause` = the clause id).
 */
import { duplicateIds } from './html';
import { isSitePage, urlOfFile, type Site } from './site';

/** The language every page declares. */
export const SITE_LANG = 'zh-CN';
/** Plan pages: /plans/<slug>/. */
export const PLAN_PAGE = /^plans\/([a-z0-9-]+)\/index\.html$/;

export interface PageProblem {
  page: string;
  problem: string;
}

/** Language and duplicate-id problems of every page (redirect stubs are skipped: they are not pages to read). */
export function findPageProblems(site: Site): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const file of site.htmlFiles.filter(isSitePage)) {
    const facts = site.page(file);
    if (facts.refresh !== null) continue;
    const page = urlOfFile(file);
    if (facts.lang !== SITE_LANG) problems.push({ page, problem: `lang is ${JSON.stringify(facts.lang)}, want "${SITE_LANG}"` });
    for (const id of duplicateIds(facts.ids)) problems.push({ page, problem: `duplicate id "${id}"` });
  }
  return problems;
}

/**
 * Every clause listed for a plan appears on its plan page exactly once as `<… id="<id>" data-clause="<id>">`,
 * and the page has no clause anchor the plan does not list.
 */
export function findClauseAnchorProblems(site: Site, clauses: readonly { id: string; plan: string }[]): PageProblem[] {
  const problems: PageProblem[] = [];
  const byPlan = new Map<string, string[]>();
  for (const c of clauses) byPlan.set(c.plan, [...(byPlan.get(c.plan) ?? []), c.id]);
  for (const [plan, ids] of byPlan) {
    const file = `plans/${plan}/index.html`;
    const page = `/plans/${plan}/`;
    if (!site.files.has(file)) {
      problems.push({ page, problem: 'plan page missing' });
      continue;
    }
    const anchors = site.page(file).clauses.filter((el) => el.attrs.id !== undefined && el.attrs.id === el.attrs['data-clause']);
    const count = new Map<string, number>();
    for (const el of anchors) count.set(el.attrs.id, (count.get(el.attrs.id) ?? 0) + 1);
    for (const id of ids) {
      const n = count.get(id) ?? 0;
      if (n !== 1) problems.push({ page, problem: `clause "${id}" anchored ${n} times` });
    }
    const listed = new Set(ids);
    for (const id of count.keys()) if (!listed.has(id)) problems.push({ page, problem: `clause anchor "${id}" not in clauses.json` });
  }
  return problems;
}

export function formatProblems(problems: readonly PageProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `${p.page}: ${p.problem}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}
