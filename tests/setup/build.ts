/**
 * Global setup of the gates and e2e suites: build the site once per test run (`npm run build` = ingest + astro
 * build + URL register check). Both suites name this file; the second call sees the marker and does nothing.
 * SKIP_BUILD=1 reuses an existing dist/ (for iterating on tests; CI never sets it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BUILT_MARKER = 'POLICY_COMPARE_DIST_BUILT';
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export default function setup(): void {
  if (process.env[BUILT_MARKER]) return;
  if (process.env.SKIP_BUILD === '1' && existsSync(`${DIST_DIR}/index.html`)) {
    console.log('[build] SKIP_BUILD=1: reusing dist/');
  } else {
    console.log('[build] npm run build …');
    try {
      execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      throw new Error('`npm run build` failed (see its messages above); the gates and e2e suites need a built dist/.');
    }
  }
  process.env[BUILT_MARKER] = '1';
}
