#!/usr/bin/env node
/**
 * Keeps package-lock.json installable with `npm ci` on this machine kind.
 *
 * Why: the npm registry reachable here lacks some off-platform builds of native packages (e.g.
 * @astrojs/compiler-binding-darwin-arm64@0.5.1), so `npm install` cannot record them
 * in the lock, and `npm ci` then refuses the lock ("Missing: … from lock file"). Those packages are optional and
 * never installed on linux-x64, so a lock entry naming their version and platform is enough: npm ci skips them on
 * the platform mismatch without fetching anything.
 *
 * Usage (plain JS so it runs on the system Node before `npm ci`):
 *   node scripts/check-lockfile.mjs          exit 1 and list the missing optional platform entries
 *   node scripts/check-lockfile.mjs --fix    add them (version from the parent's optionalDependencies)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK_PATH = new URL('../package-lock.json', import.meta.url);

/** Name fragments → npm platform fields. Order matters: the first match wins. */
const OS_BY_FRAGMENT = [
  ['android', 'android'],
  ['darwin', 'darwin'],
  ['freebsd', 'freebsd'],
  ['linux', 'linux'],
  ['win32', 'win32'],
  ['windows', 'win32'],
];
const CPU_BY_FRAGMENT = [
  ['arm64', 'arm64'],
  ['x64', 'x64'],
  ['ia32', 'ia32'],
  ['wasm32', 'wasm32'],
];
const LIBC_BY_FRAGMENT = [
  ['musl', 'musl'],
  ['gnu', 'glibc'],
];

const firstMatch = (name, table) => table.find(([fragment]) => name.includes(fragment))?.[1];

/** Platform fields for an optional native package named like `<scope>/<pkg>-<os>-<cpu>[-<libc>]`. */
export function platformOf(name) {
  const base = name.split('/').pop();
  const fields = {};
  const cpu = firstMatch(base, CPU_BY_FRAGMENT);
  if (cpu) fields.cpu = [cpu];
  const os = firstMatch(base, OS_BY_FRAGMENT);
  if (os) fields.os = [os];
  const libc = firstMatch(base, LIBC_BY_FRAGMENT);
  if (libc && os === 'linux') fields.libc = [libc];
  return fields;
}

/** Lock entries that some package lists in optionalDependencies but the lock does not hold. */
export function missingOptionalEntries(lock) {
  const packages = lock.packages ?? {};
  const missing = new Map();
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (packages[nested] || packages[hoisted] || missing.has(hoisted)) continue;
      const version = String(range).replace(/^[\^~=]/, '');
      missing.set(hoisted, { name, version, dev: entry.dev === true });
    }
  }
  return missing;
}

function main() {
  const fix = process.argv.includes('--fix');
  const text = readFileSync(LOCK_PATH, 'utf8');
  const lock = JSON.parse(text);
  const missing = missingOptionalEntries(lock);
  if (missing.size === 0) {
    console.log('package-lock.json: every optional platform package has an entry.');
    return;
  }
  if (!fix) {
    console.error(`package-lock.json lacks ${missing.size} optional platform entries (npm ci would refuse it):`);
    for (const { name, version } of missing.values()) console.error(`  ${name}@${version}`);
    console.error('Run: node scripts/check-lockfile.mjs --fix');
    process.exitCode = 1;
    return;
  }
  for (const [path, { name, version, dev }] of missing) {
    lock.packages[path] = { version, ...(dev ? { dev: true } : {}), optional: true, ...platformOf(name) };
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
  writeFileSync(LOCK_PATH, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: added ${missing.size} optional platform entries.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
