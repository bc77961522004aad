import { describe, expect, it } from 'vitest';
import { loadSite } from './site';
import { findClauseAnchorProblems, findPageProblems } from './validity';
import { goodSite, page, writeSite, type Files } from './testing';

const siteOf = (files: Files) => loadSite(writeSite(files));
const withChange = (change: (files: Files) => void): Files => {
  const files = goodSite();
  change(files);
  return files;
};
const clausesOf = (files: Files) => JSON.parse(files['data/clauses.json']) as { id: string; plan: string }[];

describe('HTML validity basics', () => {
  it('passes a consistent site', () => {
    const files = goodSite();
    const site = siteOf(files);
    expect(findPageProblems(site)).toEqual([]);
    expect(findClauseAnchorProblems(site, clausesOf(files))).toEqual([]);
  });
  it('reports a wrong or missing lang and duplicate ids', () => {
    const files = withChange((f) => {
      f['index.html'] = page('<p id="x"></p><p id="x"></p>', { lang: 'en' });
      f['404.html'] = '<!doctype html><html><body></body></html>';
    });
    expect(findPageProblems(siteOf(files))).toEqual([
      { page: '/404.html', problem: 'lang is null, want "zh-CN"' },
      { page: '/', problem: 'lang is "en", want "zh-CN"' },
      { page: '/', problem: 'duplicate id "x"' },
    ]);
  });
  it('reports a clause anchored twice, missing, or not listed', () => {
    const files = withChange((f) => {
      f['plans/demo-2025/index.html'] = page('<section id="1" data-clause="1"></section><div data-clause="1" id="1"></div><section id="7" data-clause="7"></section>');
    });
    expect(findClauseAnchorProblems(siteOf(files), clausesOf(files)).map((p) => p.problem)).toEqual([
      'clause "1" anchored 2 times',
      'clause "2-1" anchored 0 times',
      'clause anchor "7" not in clauses.json',
    ]);
  });
});
