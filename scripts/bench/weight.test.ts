import { describe, expect, it } from 'vitest';
import { loadSite } from '../lib/checks/site';
import { page, writeSite } from '../lib/checks/testing';
import { pageType, summarise, weighPage } from './weight';

describe('page weight', () => {
  it('classifies pages by URL shape', () => {
    expect(['/', '/plans/', '/plans/province/jiangsu/', '/plans/a/', '/plans/a/2-3-1/', '/themes/x/', '/themes/x/jiangsu/', '/themes/x/jiangsu/yancheng/', '/compare/', '/compare/a--b/', '/cities/yancheng/changes/', '/cities/yancheng/changes/a--b/', '/search/', '/zz/'].map(pageType)).toEqual([
      'home', 'plans index', 'plans · province', 'plan', 'clause', 'theme', 'theme · province', 'theme · city', 'compare', 'compare (old pair)', 'city changes', 'city changes · step', 'search', 'other',
    ]);
  });
  it('adds the CSS and JS a page loads, once each, keeps images apart, and leaves out links and the search index', () => {
    const html = page('<img src="/i.png"><a href="/plans/">x</a><script type="module" src="/_astro/a.js"></script>', {
      head: '<link rel="stylesheet" href="/_astro/s.css"><link rel="stylesheet" href="/_astro/s.css"><script src="/search/idx/manifest.json"></script>',
    });
    const site = loadSite(writeSite({ 'index.html': html, 'plans/index.html': 'x', '_astro/s.css': '1234', '_astro/a.js': '12', 'i.png': '123', 'search/idx/manifest.json': '1'.repeat(1000) }));
    const w = weighPage(site, 'index.html')!;
    expect([w.css, w.js, w.other, w.total - w.html]).toEqual([4, 2, 3, 6]);
    expect(summarise(site).map((s) => [s.type, s.pages])).toEqual([['home', 1], ['plans index', 1]]);
  });
  it('does not weigh redirect stubs', () => {
    const stub = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/compare/?p=a,b">';
    const site = loadSite(writeSite({ 'index.html': page('x'), 'compare/a--b/index.html': stub }));
    expect(weighPage(site, 'compare/a--b/index.html')).toBeNull();
    expect(summarise(site).map((s) => s.type)).toEqual(['home']);
  });
});
