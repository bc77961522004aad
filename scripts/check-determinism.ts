/**
 * Determinism gate: build the same tree twice and compare every HTML/JSON/text output byte for byte.
 *   tsx scripts/check-determinism.ts          (npm run check:determinism)
 * Reuses an existing dist/ as the first build when --reuse is given (CI builds once for the tests first), then
 * runs `npm run build` again and compares. Exit 1 listing the differing files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees } from './lib/checks/compare-trees';

const DIST = 'dist';

function build(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function main(): number {
  const first = mkdtempSync(join(tmpdir(), 'policy-compare-first-build-'));
  try {
    if (!(process.argv.includes('--reuse') && existsSync(DIST))) {
      console.log('determinism: first build …');
      build();
    }
    cpSync(DIST, first, { recursive: true });
    console.log('determinism: second build …');
    build();
    const diffs = compareTrees(first, DIST);
    if (diffs.length > 0) {
      console.error(`determinism: two builds differ in ${diffs.length} file(s):`);
      for (const d of diffs.slice(0, 50)) console.error(`  ${d.kind}: ${d.file}`);
      console.error(`(first build kept at ${first} for inspection)`);
      return 1;
    }
    console.log('determinism: two builds gave identical HTML, JSON and text outputs.');
    rmSync(first, { recursive: true, force: true });
    return 0;
  } catch (error) {
    console.error(`determinism: build failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
