import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBroken } from '../../scripts/lib/checks/links';
import { builtSite } from './site';

describe('link and anchor integrity over dist/', () => {
  it('has zero broken internal links or fragments on any page', () => {
    const site = builtSite();
    expect(site.htmlFiles.length).toBeGreaterThan(0);
    const broken = findBrokenLinks(site);
    expect(broken, `broken links:\n${formatBroken(broken)}`).toEqual([]);
  });
});
