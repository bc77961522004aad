// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://policy-compare.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
