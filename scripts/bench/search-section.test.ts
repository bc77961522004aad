import { describe, expect, it } from 'vitest';
import { keptSections } from './kept';
import { HAND_KEPT, replaceSearchSection, SEARCH_HEADING } from './search-section';

const file = (search: string) => `# Benchmarks\n\n## Goals\n\ngoals\n\n${search}## History\n\nold rows\n`;

describe('replaceSearchSection', () => {
  it('replaces the figures above the marker, keeps the hand-kept paragraphs below it and every other section', () => {
    const before = file(`${SEARCH_HEADING}\n\nold figures\n\n${HAND_KEPT}\n\nEarlier: format 1, median 163.9 ms.\n\n`);
    const after = replaceSearchSection(before, ['new figures']);
    expect(after).toContain('new figures');
    expect(after).not.toContain('old figures');
    expect(after).toContain('Earlier: format 1, median 163.9 ms.');
    expect(after.indexOf('new figures')).toBeLessThan(after.indexOf(HAND_KEPT));
    expect(after.indexOf(HAND_KEPT)).toBeLessThan(after.indexOf('Earlier: format 1'));
    expect(after).toContain('## Goals\n\ngoals');
    expect(after).toContain('## History\n\nold rows');
    // A second run changes the figures only.
    expect(replaceSearchSection(after, ['newer'])).toBe(after.replace('new figures', 'newer'));
  });
  it('keeps a section written by hand before the marker existed, whole, as hand-kept', () => {
    const after = replaceSearchSection(file(`${SEARCH_HEADING}\n\nhand-written figures\n\n`), ['new figures']);
    expect(after.indexOf(HAND_KEPT)).toBeLessThan(after.indexOf('hand-written figures'));
  });
  it('adds the section at the end when there is none, and `npm run bench` keeps it', () => {
    const after = replaceSearchSection('# Benchmarks\n', ['figures']);
    expect(after).toContain(`${SEARCH_HEADING}\n\nfigures`);
    expect(keptSections(after)).toContain('figures');
  });
});
