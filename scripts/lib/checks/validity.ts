/**
 * HTML validity of generated pages: the HTML standard and common accessibility rules, checked by html-validate with
 * the repo's rule set (.htmlvalidate.mjs, which gives the reason for each change to the recommended set); the
 * document language, which no rule there checks; and on every plan page each clause of that plan present exactly
 * once as an anchor (`id` = `data-clause` = the clause id).
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';
import { isSitePage, urlOfFile, type Site } from './site';

/** The language every page declares. */
export const SITE_LANG = 'zh-CN';
/** Plan pages: /plans/<slug>/. */
export const PLAN_PAGE = /^plans\/([a-z0-9-]+)\/index\.html$/;

export interface PageProblem {
  page: string;
  problem: string;
}

/** The pages to check: every HTML page but redirect stubs, which are not pages to read. */
function readablePages(site: Site): string[] {
  return site.htmlFiles.filter(isSitePage).filter((file) => site.page(file).refresh === null);
}

/** Pages that do not declare the site's language. */
export function findLangProblems(site: Site): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const file of readablePages(site)) {
    const { lang } = site.page(file);
    if (lang !== SITE_LANG) problems.push({ page: urlOfFile(file), problem: `lang is ${JSON.stringify(lang)}, want "${SITE_LANG}"` });
  }
  return problems;
}

/** The repo's html-validate, or one with other rules (tests). */
export function htmlValidator(rules: ConfigData = config): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(rules));
}

/** Every html-validate error on every page, as "line:column rule: message (selector)". */
export async function findStandardProblems(site: Site, validator = htmlValidator()): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  for (const file of readablePages(site)) {
    const report = await validator.validateString(site.text(file), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ page: urlOfFile(file), problem: `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}` });
      }
    }
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
