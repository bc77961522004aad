// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { PLACEHOLDER_WARNING, siteOrigin } from './site-origin.mjs';

/** Redirects for retired URLs of the URL register (src/data/url-register.txt): { "/old/": "/new/" }. */
const redirects = JSON.parse(readFileSync(new URL('./src/data/redirects.json', import.meta.url), 'utf8'));

/** The deployment origin: SITE_URL, else a placeholder that the build warns about (site-origin.mjs, README "Deploy"). */
const { site, placeholder } = siteOrigin(process.env);

/** Says loudly, at the end of the build, that the placeholder origin was used. @type {import('astro').AstroIntegration} */
const warnPlaceholder = {
  name: 'site-origin',
  hooks: {
    'astro:build:done': ({ logger }) => {
      if (placeholder) logger.warn(PLACEHOLDER_WARNING);
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The content cache lives in the tree it describes, not in node_modules/.astro: the benchmark's and the tests' temp
  // trees share this node_modules through a symlink, and must not read or overwrite each other's content store.
  cacheDir: './.astro/cache',
  // Stylesheets are files every page links (cached once), never inlined: Astro's default inlines each small one into
  // every page that uses it, ≈ 3.5 KB per page, 1.5 MB of the seeds' 423 pages and ≈ 250 MB at 1,000 plans.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), warnPlaceholder],
  redirects,
});
