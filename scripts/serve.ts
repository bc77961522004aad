/**
 * A tiny static server for a built site (dist/), as a static host serves it: `/a/` → a/index.html, `/a` → 301 to
 * `/a/` when a/index.html exists, unknown paths → 404 with 404.html. Used by the e2e tests and `npm run serve:dist`.
 *   tsx scripts/serve.ts [--dist dist] [--port 4321]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
};
const FALLBACK_TYPE = 'application/octet-stream';
const NOT_FOUND_PAGE = '404.html';

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

export function createStaticServer(root: string): Server {
  const base = resolve(root);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let file: string | null = null;
    if (pathname.endsWith('/')) file = isFile(join(target, 'index.html')) ? join(target, 'index.html') : null;
    else if (isFile(target)) file = target;
    else if (isFile(join(target, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const body = file ?? (isFile(join(base, NOT_FOUND_PAGE)) ? join(base, NOT_FOUND_PAGE) : null);
    if (!body) {
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.txt'] }).end('404');
      return;
    }
    res.writeHead(status, { 'content-type': CONTENT_TYPES[extname(body)] ?? FALLBACK_TYPE, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
}

/** Start serving `root` on 127.0.0.1 (port 0 = any free port); resolves to the base URL and a close function. */
export async function serve(root: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStaticServer(root);
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const dist = arg('--dist', 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`serve: no built site at ${dist}/ — run \`npm run build\` first.`);
    process.exit(1);
  }
  const { url } = await serve(dist, Number(arg('--port', '4321')));
  console.log(`Serving ${dist}/ at ${url}/ (Ctrl-C to stop)`);
}
