import { describe, expect, it } from 'vitest';
import { loadSite } from './site';
import { findClauseAnchorProblems, findLangProblems, findStandardProblems } from './validity';
import { goodSite, page, writeSite, type Files } from './testing';

const siteOf = (files: Files) => loadSite(writeSite(files));
const withChange = (change: (files: Files) => void): Files => {
  const files = goodSite();
  change(files);
  return files;
};
const clausesOf = (files: Files) => JSON.parse(files['data/clauses.json']) as { id: string; plan: string }[];

/** A page that keeps every rule of the repo's set (.htmlvalidate.mjs). */
const validPage = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例</title></head><body><main><h1>示例</h1>${body}</main></body></html>`;
const standardProblems = async (body: string) => (await findStandardProblems(siteOf({ 'index.html': validPage(body) }))).map((p) => p.problem);
const rulesOf = (problems: string[]) => problems.map((p) => p.split(' ')[1].replace(/:$/, ''));

describe('HTML validity', () => {
  it('passes a consistent site', () => {
    const files = goodSite();
    const site = siteOf(files);
    expect(findLangProblems(site)).toEqual([]);
    expect(findClauseAnchorProblems(site, clausesOf(files))).toEqual([]);
  });
  it('reports a wrong or missing lang', () => {
    const files = withChange((f) => {
      f['index.html'] = page('<p></p>', { lang: 'en' });
      f['404.html'] = '<!doctype html><html><body></body></html>';
    });
    expect(findLangProblems(siteOf(files))).toEqual([
      { page: '/404.html', problem: 'lang is null, want "zh-CN"' },
      { page: '/', problem: 'lang is "en", want "zh-CN"' },
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

describe('HTML standard and accessibility (html-validate, the repo rule set)', () => {
  it('passes what the rule set allows: clause ids as anchors, a chart named by its title, the theme grid’s column count', async () => {
    expect(
      await standardProblems(
        '<section id="2-3-1" data-clause="2-3-1"><p>条款</p></section>' +
          '<svg viewBox="0 0 10 10" aria-labelledby="chart-title"><title id="chart-title">图</title></svg>' +
          '<div style="--cols:3"><p>列</p></div>',
      ),
    ).toEqual([]);
  });
  it('reports each error by its rule, with line, column and where', async () => {
    const problems = await standardProblems('<p id="x">一</p><p id="x">二</p><img src="a.png"><div role="region" aria-label="表格">表</div><p style="margin:0">三</p>');
    expect(rulesOf(problems)).toEqual(['no-dup-id', 'wcag/h37', 'prefer-native-element', 'no-inline-style']);
    expect(problems[0]).toMatch(/^1:\d+ no-dup-id: .*\(/);
  });
  it('checks every page but redirect stubs', async () => {
    const site = siteOf({
      'index.html': validPage('<p>首页</p>'),
      'a/index.html': validPage('<img src="a.png">'),
      'old/index.html': '<!doctype html><title>Redirecting to: /a/</title><meta http-equiv="refresh" content="0;url=/a/">',
    });
    expect((await findStandardProblems(site)).map((p) => p.page)).toEqual(['/a/']);
  });
});
