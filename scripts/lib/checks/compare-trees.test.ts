import { describe, expect, it } from 'vitest';
import { compareTrees } from './compare-trees';
import { writeSite } from './testing';

describe('compareTrees', () => {
  it('finds identical trees identical', () => {
    const files = { 'index.html': '<p>一</p>', 'data/a.json': '[1]', 'img.png': 'x' };
    expect(compareTrees(writeSite(files), writeSite(files))).toEqual([]);
  });
  it('reports a changed byte, a missing file and an extra file (text outputs only)', () => {
    const a = writeSite({ 'index.html': '<p>一</p>', 'data/a.json': '[1]', 'gone.html': '', 'img.png': 'x' });
    const b = writeSite({ 'index.html': '<p>一 </p>', 'data/a.json': '[1]', 'new/index.html': '', 'img.png': 'y' });
    expect(compareTrees(a, b)).toEqual([
      { file: 'gone.html', kind: 'only-in-first' },
      { file: 'index.html', kind: 'differs' },
      { file: 'new/index.html', kind: 'only-in-second' },
    ]);
  });
});
