/**
 * Serve a built site (dist/) as a static host does, with sirv: `/a/` → a/index.html, unknown paths → 404 with
 * 404.html. Used by the e2e tests, the search smoke check and benchmark, and `npm run serve:dist`.
 *   tsx scripts/serve.ts [--dist dist] [--port 4321]
 *
 * sirv serves the files; three things a static host does that sirv does not are added here, each measured against
 * sirv 3.0.2 in serve.test.ts: a directory asked for without its slash (`/a`) is redirected to `/a/` (sirv would
 * answer 200 with a/index.html, so relative links would resolve against the wrong folder); text types carry
 * `charset=utf-8` (sirv adds it to text/html only; the site's CSV, JSON, CSS and JS are UTF-8 Chinese text); and
 * responses are compressed on the fly (brotli, else gzip, as the client accepts) by the `compression` middleware,
 * as the README's nginx recipe does — sirv only serves precompressed copies, and dist/ holds none (its size is a
 * budget). Lighthouse, which the bench runs through this server, counts uncompressed text against a page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/** The page a static host shows, with status 404, for any path that names no file. */
export const NOT_FOUND_PAGE = '404.html';
/** Media types mrmime does not know: the citation downloads, as their route declares them (plans/[slug]/cite.[format].ts). */
export const EXTRA_TYPES: Readonly<Record<string, string>> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
};
/** Media types that are text, and so are sent with charset=utf-8 (everything the build writes is UTF-8). */
const TEXT_TYPE = /^(text\/|application\/(json|xml|javascript|x-bibtex|x-research-info-systems)$|image\/svg\+xml$)/;

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/** The media type of a request path; directory paths are their index.html. */
export function mediaType(pathname: string): string | undefined {
  const name = pathname.endsWith('/') ? 'index.html' : pathname;
  const type = EXTRA_TYPES[name.split('.').pop() ?? ''] ?? lookup(name);
  return type && TEXT_TYPE.test(type) ? `${type}; charset=utf-8` : type;
}

function sendNotFound(base: string, req: IncomingMessage, res: ServerResponse): void {
  const page = join(base, NOT_FOUND_PAGE);
  if (!isFile(page)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(404, { 'Content-Type': mediaType(NOT_FOUND_PAGE)!, 'Cache-Control': 'no-store' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(page).pipe(res);
}

export function createStaticServer(root: string): Server {
  const base = resolve(root);
  const files = sirv(base, {
    // Look files up on disk at each request (a rebuilt dist/ is served without a restart) and send no-store.
    dev: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      const type = mediaType(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
    onNoMatch: (req, res) => sendNotFound(base, req, res),
  });
  // Defaults: what the compressible module calls compressible (text types, JSON, SVG, and the search index's
  // application/octet-stream shards, as the README's nginx recipe lists them), from 1 KB up.
  const compress = compression();
  // compression is typed for Express, whose request and response extend node's; it uses only node's API.
  type ExpressArgs = Parameters<typeof compress>;
  return createServer((req, res) => compress(req as ExpressArgs[0], res as ExpressArgs[1], () => route(req, res)));

  function route(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // A folder without its slash: 301 to the slash form, as static hosts do (only inside the site's folder).
    const target = resolve(join(base, pathname));
    if (!pathname.endsWith('/') && (target === base || target.startsWith(base + sep)) && !isFile(target) && isFile(join(target, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    files(req, res);
  }
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
