/**
 * The figures the site states about its alignment (src/lib/changes/page.ts, ALIGN_PARAMS) are the ones the gold file,
 * its second reading and the real generated clauses give now — so a change to the aligner, the clauses or either
 * reading that moves them fails here until the page and README say the new figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIGN_PARAMS } from '~/lib/changes/align';
import { MEASURED, READERS } from '~/lib/changes/page';
import { asLinks, FIT_START, fitParams, scoreAlignment } from './align-eval';
import { heldOut, loadAlignGold, pool } from './align-gold';
import { loadClauses } from './content';

const GOLD = 'scripts/data/align-gold.tsv';
const SECOND = 'scripts/data/align-second.tsv';
const haveContent = fs.existsSync('content/clauses') && loadClauses('content').length > 0;
const round = (x: number) => Math.round(x * 100) / 100;

describe.skipIf(!haveContent)('the alignment figures the site states (real seeds)', () => {
  const { gold, pairings, second } = haveContent ? loadAlignGold(GOLD, 'content') : { gold: [], pairings: [], second: () => [] };
  it('the held-out precision and recall on the changes pages are eval:align’s', () => {
    const s = pool(heldOut(pairings).map((h) => h.score()));
    expect({ precision: round(s.precision), recall: round(s.recall) }).toEqual(MEASURED);
  });
  it('the readers’ agreement on the changes pages is eval:align’s, and lies above the aligner’s', () => {
    const s = scoreAlignment(gold, asLinks(second(SECOND)));
    expect({ precision: round(s.precision), recall: round(s.recall) }).toEqual(READERS);
    expect(Math.min(s.precision, s.recall)).toBeGreaterThan(Math.max(MEASURED.precision, MEASURED.recall));
  });
  it('a fit on all three pairings still chooses the site’s parameters', () => {
    expect(fitParams(pairings, FIT_START)).toEqual(ALIGN_PARAMS);
  });
  it('a second reading that leaves out a later clause the gold file labels is an error naming the file and the clause', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'align-second-'));
    const file = path.join(dir, 'second.tsv');
    try {
      fs.writeFileSync(file, fs.readFileSync(SECOND, 'utf8').split('\n').filter((l) => !l.includes('\tannex-2-r27\t')).join('\n'));
      expect(() => second(file)).toThrow(`${file}: later clauses the gold file labels and the second reading does not read: yancheng-2022-2024 → yancheng-2025-2027 annex-2-r27`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
