/**
 * `npm test` = every suite in one run:
 *   unit  — tests beside the code (src/**, scripts/**) and tests/*.test.ts
 *   gates — checks over the built site (tests/gates): links & anchors, HTML validity, open data, URL register
 *   e2e   — a reader in headless chromium against the built site served on 127.0.0.1 (tests/e2e)
 * gates and e2e build dist/ once per run first (tests/setup/build.ts; SKIP_BUILD=1 reuses an existing dist/).
 */
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const BUILT_SITE_SUITES = ['tests/gates/**', 'tests/e2e/**'];

export default defineConfig({
  // `~/…` is src/ (tsconfig.json `paths`; Astro and tsx read it there, Vitest here).
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          // Loading jieba's dictionaries takes ~2.5 s of one core, more on a loaded 2-core machine: no test is timed.
          // A whole-corpus ingest in a beforeAll also trains the theme model (~0.5 s of a core, 2.5 s at load 9).
          testTimeout: 30_000,
          hookTimeout: 30_000,
          exclude: [...configDefaults.exclude, 'dist/**', ...BUILT_SITE_SUITES],
        },
      },
      {
        extends: true,
        test: {
          name: 'gates',
          include: ['tests/gates/**/*.test.ts'],
          globalSetup: ['tests/setup/build.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build.ts', 'tests/setup/server.ts'],
          // One browser at a time: the machine has 2 cores and chromium wants both.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
