import { describe, expect, it } from 'vitest';
import { lighthouseSection, replaceSection, SECTION_HEADING, type LighthouseRound, type LighthouseRow } from './lighthouse';

const row = (type: string, performance: number, cls = 0, tbtMs = 10): LighthouseRow => ({
  type,
  url: `/${type}/`,
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  cls,
  tbtMs,
});

describe('Lighthouse section of BENCHMARKS.md', () => {
  const rounds: LighthouseRound[] = [
    { loadAverage: 0.4, rows: [row('home', 100), row('city', 97, 0, 120)] },
    { loadAverage: 6.2, rows: [row('home', 100), row('city', 91, 0, 420)] },
    { loadAverage: 1.1, rows: [row('home', 100), row('city', 96, 0, 150)] },
  ];
  it('shows each page as the median of the rounds with their range, the load of each round, and the goals on both', () => {
    const text = lighthouseSection(rounds).join('\n');
    expect(text).toContain('load average at the start of each: 0.4, 6.2, 1.1');
    expect(text).toContain('| home | `/home/` | 100 | 100 | 100 | 100 | 0.000 | 10 |');
    expect(text).toContain('| city | `/city/` | 96 (91–97) | 100 | 100 | 100 | 0.000 | 150 (120–420) |');
    // The median meets the goal; one round under load did not, and the section says so with the figures.
    expect(text).toContain('Performance ≥ 95 on every page type: met on the medians, **not met** in every round (city 97/91/96)');
    expect(text).toContain('CLS < 0.1: met in every round.');
  });
  it('fails the CLS goal when any round shifts', () => {
    const shifty = [{ loadAverage: 0, rows: [row('search', 99, 0.12)] }];
    expect(lighthouseSection(shifty).join('\n')).toContain('CLS < 0.1: **not met** in every round (search 0.120)');
  });
  it('replaces only its own section of the file', () => {
    const file = ['# Benchmarks', '', '## Goals', '', 'x', '', `${SECTION_HEADING}`, '', 'old table', '', '## History', '', 'kept', ''].join('\n');
    const next = replaceSection(file, lighthouseSection(rounds));
    expect(next).not.toContain('old table');
    expect(next.startsWith('# Benchmarks\n\n## Goals\n\nx\n\n## Lighthouse')).toBe(true);
    expect(next.endsWith('## History\n\nkept\n')).toBe(true);
    expect(next).toContain('| city | `/city/` | 96 (91–97)');
  });
});
