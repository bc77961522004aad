import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRASH_DIR, TRASH_PREFIX, removeNow, setAside } from './set-aside';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'set-aside-'));
  mkdirSync(join(root, 'dist/plans/x'), { recursive: true });
  writeFileSync(join(root, 'dist/plans/x/index.html'), '<p>old</p>');
  return root;
}

describe('setting the old dist/ aside', () => {
  it('moves dist/ under tmp/ whole, so the build starts with no dist/, and removal deletes it', () => {
    const root = tree();
    const paths = setAside(root);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(paths).toHaveLength(1);
    expect(paths[0].startsWith(join(root, TRASH_DIR, TRASH_PREFIX))).toBe(true);
    expect(existsSync(join(paths[0], 'plans/x/index.html'))).toBe(true);
    removeNow(paths);
    expect(readdirSync(join(root, TRASH_DIR))).toEqual([]);
  });
  it('also returns trees a cut-short removal left, and leaves other files of tmp/ alone', () => {
    const root = tree();
    mkdirSync(join(root, TRASH_DIR, `${TRASH_PREFIX}1-1`), { recursive: true });
    writeFileSync(join(root, TRASH_DIR, 'notes.txt'), 'mine');
    const paths = setAside(root);
    expect(paths).toHaveLength(2);
    removeNow(paths);
    expect(readdirSync(join(root, TRASH_DIR))).toEqual(['notes.txt']);
  });
  it('does nothing without a dist/', () => {
    const root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    expect(setAside(root)).toEqual([]);
    expect(existsSync(join(root, TRASH_DIR))).toBe(false);
  });
});
