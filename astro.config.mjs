// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';

/** Redirects for retired URLs of the URL register (src/data/url-register.txt): { "/old/": "/new/" }. */
const redirects = JSON.parse(readFileSync(new URL('./src/data/redirects.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'https://policy-compare.example',
  trailingSlash: 'always',
  // The content cache lives in the tree it describes, not in node_modules/.astro: the benchmark's and the tests' temp
  // trees share this node_modules through a symlink, and must not read or overwrite each other's content store.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  integrations: [mdx()],
  redirects,
});
