import { describe, expect, it } from 'vitest';
import { findClauseAnchorProblems, findLangProblems, findStandardProblems, formatProblems } from '../../scripts/lib/checks/validity';
import { builtSite, clausesJson } from './site';

describe('HTML validity of generated pages', () => {
  // About 40 ms a page on this machine: its own timeout, as the corpus grows.
  it('every page keeps the HTML standard and the accessibility rules (html-validate, .htmlvalidate.mjs)', { timeout: 600_000 }, async () => {
    const problems = await findStandardProblems(builtSite());
    expect(problems, formatProblems(problems)).toEqual([]);
  });
  it('every page declares lang="zh-CN"', () => {
    const problems = findLangProblems(builtSite());
    expect(problems, formatProblems(problems)).toEqual([]);
  });
  it('every clause is anchored exactly once on its plan page (id = data-clause)', () => {
    const clauses = clausesJson();
    expect(clauses.length).toBeGreaterThan(0);
    const problems = findClauseAnchorProblems(builtSite(), clauses);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
