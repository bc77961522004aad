import { describe, expect, it } from 'vitest';
import { findClauseAnchorProblems, findPageProblems, formatProblems } from '../../scripts/lib/checks/validity';
import { builtSite, clausesJson } from './site';

describe('HTML validity of generated pages', () => {
  it('every page declares lang="zh-CN" and has no duplicate ids', () => {
    const problems = findPageProblems(builtSite());
    expect(problems, formatProblems(problems)).toEqual([]);
  });
  it('every clause is anchored exactly once on its plan page (id = data-clause)', () => {
    const clauses = clausesJson();
    expect(clauses.length).toBeGreaterThan(0);
    const problems = findClauseAnchorProblems(builtSite(), clauses);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
