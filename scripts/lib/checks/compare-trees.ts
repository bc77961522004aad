/**
 * Byte-for-byte comparison of two build outputs, for the determinism check: the same commit built twice must give
 * identical HTML and JSON (and every other text output listed in COMPARED_EXTENSIONS).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareStrings } from '~/lib/order';

export const COMPARED_EXTENSIONS = ['.html', '.json', '.csv', '.xml', '.txt', '.svg', '.css', '.js'] as const;

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.filter((f) => COMPARED_EXTENSIONS.some((ext) => f.endsWith(ext)));
}

export interface TreeDifference {
  file: string;
  kind: 'only-in-first' | 'only-in-second' | 'differs';
}

export function compareTrees(first: string, second: string): TreeDifference[] {
  const a = new Set(listFiles(first));
  const b = new Set(listFiles(second));
  const diffs: TreeDifference[] = [];
  for (const file of a) {
    if (!b.has(file)) diffs.push({ file, kind: 'only-in-first' });
    else if (!readFileSync(join(first, file)).equals(readFileSync(join(second, file)))) diffs.push({ file, kind: 'differs' });
  }
  for (const file of b) if (!a.has(file)) diffs.push({ file, kind: 'only-in-second' });
  return diffs.sort((x, y) => compareStrings(x.file, y.file));
}
