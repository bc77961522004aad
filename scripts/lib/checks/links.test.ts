import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from './links';
import { loadSite } from './site';
import { goodSite, page, writeSite, type Files } from './testing';

const siteOf = (files: Files) => loadSite(writeSite(files));
const withChange = (change: (files: Files) => void): Files => {
  const files = goodSite();
  change(files);
  return files;
};

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
      f['search/idx/fragment.html'] = '<a href="/nowhere/">x</a>';
    });
    expect(findBrokenLinks(siteOf(files))).toEqual([]);
  });
});
