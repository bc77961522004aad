import { describe, expect, it } from 'vitest';
import { writeSite } from './lib/checks/testing';
import { serve } from './serve';

describe('static server', () => {
  it('serves directory indexes, redirects to the slash form, and answers unknown paths with 404.html', async () => {
    const root = writeSite({ 'index.html': '<p>home</p>', 'plans/a/index.html': '<p>a</p>', '404.html': '<p>找不到</p>', 'data/x.json': '[]' });
    const { url, close } = await serve(root);
    try {
      const home = await fetch(`${url}/`);
      expect([home.status, await home.text()]).toEqual([200, '<p>home</p>']);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const bare = await fetch(`${url}/plans/a`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/plans/a/']);
      const missing = await fetch(`${url}/plans/zz/`);
      expect([missing.status, await missing.text()]).toEqual([404, '<p>找不到</p>']);
      const json = await fetch(`${url}/data/x.json`);
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const escape = await fetch(`${url}/..%2f..%2fetc/passwd`);
      expect(escape.status).not.toBe(200);
    } finally {
      await close();
    }
  });
});
