// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';

/** Redirects for retired URLs of the URL register (src/data/url-register.txt): { "/old/": "/new/" }. */
const redirects = JSON.parse(readFileSync(new URL('./src/data/redirects.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'https://policy-compare.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  redirects,
});
