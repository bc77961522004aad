import { describe, expect, it } from 'vitest';
import { keptSections } from './kept';

describe('keptSections', () => {
  it('keeps where the bytes go, the search section and the history, and drops the generated ones', () => {
    const text = [
      '<!-- Generated -->',
      '# Benchmarks',
      '',
      '## Size and build',
      'old figures',
      '',
      '## Search at 1,000 plans (`npm run bench:search -- --plans 1000`)',
      'recall 1.000',
      '',
      '## Where the bytes go at 100 plans',
      'row pages 56.9 MB',
      '',
      '## Goals',
      'old goals',
      '## History',
      '| date | change |',
      '',
    ].join('\n');
    expect(keptSections(text)).toBe(
      [
        '',
        '## Search at 1,000 plans (`npm run bench:search -- --plans 1000`)',
        'recall 1.000',
        '',
        '## Where the bytes go at 100 plans',
        'row pages 56.9 MB',
        '',
        '## History',
        '| date | change |',
        '',
      ].join('\n'),
    );
  });
  it('keeps nothing from a file without them', () => {
    expect(keptSections('# Benchmarks\n\n## Goals\nx\n')).toBe('');
    expect(keptSections('## Historyless\nx\n')).toBe('');
  });
});
