import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeSite } from './lib/checks/testing';
import { mediaType, serve } from './serve';

/** A GET as sent, with the body as it came over the wire (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

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
  it('compresses text, the 404 page and the search index as the client accepts (brotli, else gzip), never when it does not', async () => {
    const page = `<p>${'数据要素市场化配置改革。'.repeat(200)}</p>`;
    const shard = Buffer.alloc(4096, 7);
    const root = writeSite({ 'index.html': page, '404.html': page, 'search/idx/b/0.bin': '' });
    writeFileSync(join(root, 'search/idx/b/0.bin'), shard);
    const { url, close } = await serve(root);
    try {
      const br = await rawGet(`${url}/`, { 'accept-encoding': 'gzip, deflate, br' });
      expect([br.status, br.headers['content-encoding'], br.headers.vary]).toEqual([200, 'br', 'Accept-Encoding']);
      expect(br.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
      expect(brotliDecompressSync(br.body).toString()).toBe(page);
      const gzip = await rawGet(`${url}/`, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).toString()).toBe(page);
      const missing = await rawGet(`${url}/nope/`, { 'accept-encoding': 'gzip' });
      expect([missing.status, missing.headers['content-encoding'], gunzipSync(missing.body).toString()]).toEqual([404, 'gzip', page]);
      // The search index's shards (application/octet-stream) are compressed too, as the README's nginx recipe does.
      const bin = await rawGet(`${url}/search/idx/b/0.bin`, { 'accept-encoding': 'gzip' });
      expect([bin.headers['content-type'], bin.headers['content-encoding']]).toEqual(['application/octet-stream', 'gzip']);
      expect(gunzipSync(bin.body).equals(shard)).toBe(true);
      const plain = await rawGet(`${url}/`);
      expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, page]);
    } finally {
      await close();
    }
  });
});
