import { describe, expect, it } from 'vitest';
import { findOpenDataProblems, formatDataProblems } from '../../scripts/lib/checks/open-data';
import { builtSite, clausesJson } from './site';

const SEED_PLANS = ['yancheng-2022-2024', 'yancheng-2024', 'yancheng-2025-2027', 'suzhou-2021-2023', 'taizhou-zhidao-yijian'];

describe('published open data', () => {
  it('plans.json, clauses.json, themes.json and clauses.csv keep their contract, every url served', () => {
    const problems = findOpenDataProblems(builtSite());
    expect(problems, formatDataProblems(problems)).toEqual([]);
  });
  it('publishes the clauses of every seed plan', () => {
    const plans = new Set(clausesJson().map((c) => c.plan));
    for (const slug of SEED_PLANS) expect(plans, slug).toContain(slug);
  });
});
