/**
 * The build's first step sets the previous dist/ aside instead of letting `astro build` empty it: Astro deletes the
 * old output file by file before it starts (emptyDir), on the build's one thread — at 100 plans 22,000 files and
 * 300 MB, 24–87 s of the astro step on this machine under load (a CPU profile: unlink and rmdir were 40 % of it).
 * A rename is instant; the old tree is deleted by a process of its own while ingest and analyse, which use one core,
 * run on the other. A removal cut short (the machine stopped) leaves a folder under tmp/ that the next build clears.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where old trees wait for their removal: under tmp/ (ignored by git, skipped by the bench's copies). */
export const TRASH_DIR = 'tmp';
/** The name of a tree set aside, before its process id and time. */
export const TRASH_PREFIX = 'old-dist-';

/**
 * Moves `<root>/<dir>` to `<root>/tmp/old-dist-…` and returns every tree set aside there (this one and any a cut-short
 * removal left), for `removeInBackground`; [] when there is nothing to remove.
 */
export function setAside(root: string, dir = 'dist'): string[] {
  const trash = join(root, TRASH_DIR);
  const from = join(root, dir);
  if (existsSync(from)) {
    mkdirSync(trash, { recursive: true });
    renameSync(from, join(trash, `${TRASH_PREFIX}${process.pid}-${Date.now()}`));
  }
  if (!existsSync(trash)) return [];
  return readdirSync(trash)
    .filter((name) => name.startsWith(TRASH_PREFIX))
    .sort()
    .map((name) => join(trash, name));
}

/** Deletes `paths` in a detached process of its own, which outlives the caller; the caller does not wait. */
export function removeInBackground(paths: readonly string[]): void {
  if (!paths.length) return;
  const code = `for (const p of JSON.parse(process.argv[1])) require('node:fs').rmSync(p, { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', code, JSON.stringify(paths)], { detached: true, stdio: 'ignore' }).unref();
}

/** Deletes `paths` now (the same removal, waited for). */
export function removeNow(paths: readonly string[]): void {
  for (const p of paths) rmSync(p, { recursive: true, force: true });
}
