/**
 * The URL register gate, run at the end of `npm run build`:
 *   tsx scripts/check-url-register.ts            fail (exit 1) if a registered URL is neither served by dist/ nor
 *                                                redirected (src/data/redirects.json) to a served URL
 *   tsx scripts/check-url-register.ts --record   add every URL dist/ now publishes to src/data/url-register.txt
 *                                                (`npm run urls:record`; lines are never removed by the tool)
 * Options: --dist <dir> (default dist), --register <file>, --redirects <file>.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadSite } from './lib/checks/site';
import { findLostUrls, formatRegister, parseRegister, publishedUrls } from './lib/checks/url-register';

export const REGISTER_PATH = 'src/data/url-register.txt';
export const REDIRECTS_PATH = 'src/data/redirects.json';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function main(): number {
  const dist = option('--dist', 'dist');
  const registerPath = option('--register', REGISTER_PATH);
  const redirectsPath = option('--redirects', REDIRECTS_PATH);
  if (!existsSync(dist)) {
    console.error(`URL register: no build at ${dist}/ — run \`npm run build\` first.`);
    return 1;
  }
  const site = loadSite(dist);
  const registered = existsSync(registerPath) ? parseRegister(readFileSync(registerPath, 'utf8')) : [];
  const redirects: Record<string, string> = existsSync(redirectsPath) ? JSON.parse(readFileSync(redirectsPath, 'utf8')) : {};

  if (process.argv.includes('--record')) {
    const now = publishedUrls(site, redirects);
    const next = formatRegister([...registered, ...now]);
    const added = new Set([...registered, ...now]).size - new Set(registered).size;
    writeFileSync(registerPath, next);
    console.log(`URL register: ${registerPath} now holds ${parseRegister(next).length} URLs (${added} added).`);
    return 0;
  }

  const lost = findLostUrls(site, registered, redirects);
  if (lost.length > 0) {
    console.error(`URL register: ${lost.length} published URL(s) no longer resolve in ${dist}/:`);
    for (const { url, reason } of lost.slice(0, 100)) console.error(`  ${url}  — ${reason}`);
    if (lost.length > 100) console.error(`  … and ${lost.length - 100} more`);
    console.error(`Published URLs must not disappear. Restore them, or record a redirect for each in ${redirectsPath}`);
    console.error('({ "/old/url/": "/new/url/" }; Astro builds a redirect page for it).');
    return 1;
  }
  const known = new Set(registered);
  const unregistered = publishedUrls(site, redirects).filter((u) => !known.has(u)).length;
  console.log(
    `URL register: all ${registered.length} registered URLs resolve` +
      (unregistered ? ` (${unregistered} new URLs not yet registered: run \`npm run urls:record\` and commit ${registerPath}).` : '.'),
  );
  return 0;
}

process.exitCode = main();
