import { describe, expect, it } from 'vitest';
import { writeSite } from './lib/checks/testing';
import { mediaType, serve } from './serve';

describe('static server', () => {
  it('serves directory indexes, redirects to the slash form, and answers unknown paths with 404.html', async () => {
    const root = writeSite({ 'index.html': '<p>home</p>', 'plans/a/index.html': '<p>a</p>', '404.html': '<p>找不到</p>', 'data/x.json': '[]' });
    const { url, close } = await serve(root);
    try {
      const home = await fetch(`${url}/`);
      expect([home.status, await home.text()]).toEqual([200, '<p>home</p>']);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const page = await fetch(`${url}/plans/a/`);
      expect([page.status, await page.text()]).toEqual([200, '<p>a</p>']);
      // sirv alone answers /plans/a with 200 and the page; a static host redirects to the folder's slash form.
      const bare = await fetch(`${url}/plans/a?q=1`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/plans/a/?q=1']);
      const missing = await fetch(`${url}/plans/zz/`);
      expect([missing.status, await missing.text()]).toEqual([404, '<p>找不到</p>']);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const json = await fetch(`${url}/data/x.json`);
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const head = await fetch(`${url}/plans/a/`, { method: 'HEAD' });
      expect([head.status, await head.text()]).toEqual([200, '']);
      const escape = await fetch(`${url}/..%2f..%2fetc/passwd`);
      expect(escape.status).toBe(404);
    } finally {
      await close();
    }
  });
  it('answers a bare 404 when the site has no 404.html', async () => {
    const { url, close } = await serve(writeSite({ 'index.html': '<p>home</p>' }));
    try {
      const missing = await fetch(`${url}/nope/`);
      expect([missing.status, await missing.text()]).toEqual([404, '']);
    } finally {
      await close();
    }
  });
  it('sends text types as UTF-8, including the citation downloads mrmime does not know', () => {
    expect(mediaType('/data/clauses.csv')).toBe('text/csv; charset=utf-8');
    expect(mediaType('/_astro/x.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaType('/plans/a/cite.bib')).toBe('application/x-bibtex; charset=utf-8');
    expect(mediaType('/plans/a/cite.ris')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(mediaType('/favicon.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(mediaType('/search/idx/t/0.bin')).toBe('application/octet-stream');
    expect(mediaType('/plans/a/')).toBe('text/html; charset=utf-8');
  });
});
