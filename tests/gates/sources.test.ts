/** Every plan's source file is published, bytes unchanged, and the plan page names the SHA-256 they have. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from './site';

describe('published sources', () => {
  it('serves each plan’s seed at the link on its page, with the SHA-256 the page shows', () => {
    const site = builtSite();
    const plans = JSON.parse(site.text('data/plans.json')) as { slug: string; source: string }[];
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) {
      const file = `sources/${basename(p.source)}`;
      expect(site.files.has(file), file).toBe(true);
      const published = readFileSync(`${site.root}/${file}`);
      expect(published.equals(readFileSync(p.source)), `${file} is ${p.source} byte for byte`).toBe(true);
      const sha = createHash('sha256').update(published).digest('hex');
      const page = site.text(`plans/${p.slug}/index.html`);
      expect(page, `${p.slug} page links its source`).toContain(`href="/sources/${basename(p.source)}"`);
      expect(page, `${p.slug} page shows the SHA-256`).toContain(sha);
    }
  });
});
