import { describe, expect, it } from 'vitest';
import { readPage, duplicateIds } from './html';
import { findBrokenLinks } from './links';
import { findOpenDataProblems, parseCsv } from './open-data';
import { fileOfUrl, internalTarget, loadSite, urlOfFile } from './site';
import { goodSite, page, writeSite, type Files } from './testdata';
import { findClauseAnchorProblems, findPageProblems } from './validity';

const siteOf = (files: Files) => loadSite(writeSite(files));
const withChange = (change: (files: Files) => void): Files => {
  const files = goodSite();
  change(files);
  return files;
};
const clausesOf = (files: Files) => JSON.parse(files['data/clauses.json']) as { id: string; plan: string }[];

describe('site model', () => {
  it('maps URLs to files like a static host', () => {
    const site = siteOf(goodSite());
    expect(fileOfUrl(site, '/')).toBe('index.html');
    expect(fileOfUrl(site, '/plans/demo-2025/')).toBe('plans/demo-2025/index.html');
    expect(fileOfUrl(site, '/plans/demo-2025')).toBe('plans/demo-2025/index.html');
    expect(fileOfUrl(site, '/data/plans.json')).toBe('data/plans.json');
    expect(fileOfUrl(site, '/plans/other/')).toBeNull();
    expect(urlOfFile('plans/demo-2025/1/index.html')).toBe('/plans/demo-2025/1/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });
  it('treats the production origin as internal and everything else as external', () => {
    expect(internalTarget('/plans/x/', '2-1/')).toEqual({ pathname: '/plans/x/2-1/', fragment: '' });
    expect(internalTarget('/plans/x/', 'https://policy-compare.example/a/#b')).toEqual({ pathname: '/a/', fragment: 'b' });
    expect(internalTarget('/', '#%E4%B8%80')).toEqual({ pathname: '/', fragment: '一' });
    expect(internalTarget('/', 'https://www.gov.cn/')).toBeNull();
    expect(internalTarget('/', 'mailto:a@b.c')).toBeNull();
    expect(internalTarget('/', 'javascript:alert(1)')).toBeNull();
  });
  it('reads ids, links, clauses and language with a real parser', () => {
    const facts = readPage(page('<p id="a">x <a href="/b/" id="a">y</a></p><!-- <a href="/commented/"> --><div data-clause="1" aria-current="true">正文</div>', { lang: 'en' }));
    expect(facts.lang).toBe('en');
    expect(duplicateIds(facts.ids)).toEqual(['a']);
    expect(facts.links.map((l) => l.value)).not.toContain('/commented/');
    expect(facts.clauses).toEqual([{ tag: 'div', attrs: { 'data-clause': '1', 'aria-current': 'true' }, text: '正文' }]);
  });
});

describe('link and anchor integrity', () => {
  it('finds nothing broken on a consistent site', () => {
    expect(findBrokenLinks(siteOf(goodSite()))).toEqual([]);
  });
  it('reports a link to a page that does not exist', () => {
    const files = withChange((f) => (f['index.html'] = page('<a href="/plans/nowhere/">x</a>')));
    expect(findBrokenLinks(siteOf(files))).toEqual([{ page: '/', href: '/plans/nowhere/', reason: 'missing-target' }]);
  });
  it('reports a relative link that resolves nowhere and a missing stylesheet', () => {
    const files = withChange((f) => (f['plans/demo-2025/1/index.html'] = page('<a href="../3-9/">x</a>', { head: '<link rel="stylesheet" href="/_astro/gone.css">' })));
    expect(findBrokenLinks(siteOf(files)).map((b) => b.href).sort()).toEqual(['../3-9/', '/_astro/gone.css']);
  });
  it('reports a fragment with no matching id, on the same page and across pages', () => {
    const files = withChange((f) => {
      f['index.html'] = page('<a href="/plans/demo-2025/#9-9">x</a><a href="#nowhere">y</a><a href="#main">z</a>');
    });
    expect(findBrokenLinks(siteOf(files))).toEqual([
      { page: '/', href: '/plans/demo-2025/#9-9', reason: 'missing-fragment' },
      { page: '/', href: '#nowhere', reason: 'missing-fragment' },
    ]);
  });
  it('ignores external links and the generated search index', () => {
    const files = withChange((f) => {
      f['index.html'] = page('<a href="https://www.yancheng.gov.cn/x">源</a><a href="mailto:x@y.z">信</a>');
      f['pagefind/fragment.html'] = '<a href="/nowhere/">x</a>';
    });
    expect(findBrokenLinks(siteOf(files))).toEqual([]);
  });
});

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

describe('open-data contract', () => {
  it('holds on a consistent site', () => {
    expect(findOpenDataProblems(siteOf(goodSite()))).toEqual([]);
  });
  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi""\nok"\r\n')).toEqual([['a', 'b'], ['x,1', 'say "hi"\nok']]);
  });
  it('reports a CSV without BOM and with a missing row', () => {
    const files = withChange((f) => (f['data/clauses.csv'] = f['data/clauses.csv'].slice(1).split('\r\n').slice(0, 2).join('\r\n')));
    expect(findOpenDataProblems(siteOf(files)).map((p) => p.problem)).toEqual([
      'does not start with a UTF-8 BOM',
      '1 rows, clauses.json has 2',
    ]);
  });
  it('reports a clause url with no page, a page not marking its clause current, and missing keys', () => {
    const files = withChange((f) => {
      const clauses = JSON.parse(f['data/clauses.json']);
      clauses[1].url = '/plans/demo-2025/2-9/';
      delete clauses[0].deadline;
      f['data/clauses.json'] = JSON.stringify(clauses);
      f['plans/demo-2025/1/index.html'] = page('<article data-clause="1"><p>总体要求</p></article>');
    });
    const problems = findOpenDataProblems(siteOf(files)).map((p) => p.problem);
    expect(problems).toContain('record 0 lacks deadline');
    expect(problems).toContain('url /plans/demo-2025/2-9/ does not resolve');
    expect(problems).toContain('page /plans/demo-2025/1/ marks clause 1 as current 0 times (want 1)');
  });
  it('reports missing data files and unknown themes', () => {
    const files = withChange((f) => {
      delete f['data/themes.json'];
    });
    const problems = findOpenDataProblems(siteOf(files));
    expect(problems).toContainEqual({ file: 'data/themes.json', problem: 'missing' });
    expect(problems).toContainEqual({ file: 'data/clauses.json', problem: 'clause /plans/demo-2025/1/ has unknown theme computing-power' });
  });
});
