import { describe, expect, it } from 'vitest';
import { loadSite } from '../lib/checks/site';
import { page, writeSite } from '../lib/checks/testing';
import { pageType, summarise, weighPage } from './weight';

describe('page weight', () => {
  it('classifies pages by URL shape', () => {
    expect(['/', '/plans/', '/plans/a/', '/plans/a/2-3-1/', '/themes/x/', '/compare/a/b/', '/search/', '/zz/'].map(pageType)).toEqual([
      'home', 'plans index', 'plan', 'clause', 'theme', 'compare', 'search', 'other',
    ]);
  });
  it('adds the CSS, JS and images a page loads, once each, but not links or the search index', () => {
    const html = page('<img src="/i.png"><a href="/plans/">x</a><script type="module" src="/_astro/a.js"></script>', {
      head: '<link rel="stylesheet" href="/_astro/s.css"><link rel="stylesheet" href="/_astro/s.css"><script src="/search/idx/manifest.json"></script>',
    });
    const site = loadSite(writeSite({ 'index.html': html, 'plans/index.html': 'x', '_astro/s.css': '1234', '_astro/a.js': '12', 'i.png': '123', 'search/idx/manifest.json': '1'.repeat(1000) }));
    const w = weighPage(site, 'index.html');
    expect([w.css, w.js, w.other, w.total - w.html]).toEqual([4, 2, 3, 9]);
    expect(summarise(site).map((s) => [s.type, s.pages])).toEqual([['home', 1], ['plans index', 1]]);
  });
});
