import { describe, expect, it } from 'vitest';
import { findOpenDataProblems, parseCsv } from './open-data';
import { loadSite } from './site';
import { goodSite, page, writeSite, type Files } from './testing';

const siteOf = (files: Files) => loadSite(writeSite(files));
const withChange = (change: (files: Files) => void): Files => {
  const files = goodSite();
  change(files);
  return files;
};

describe('open-data contract', () => {
  it('holds on a consistent site', () => {
    expect(findOpenDataProblems(siteOf(goodSite()))).toEqual([]);
  });
  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi""\nok"\r\n')).toEqual([['a', 'b'], ['x,1', 'say "hi"\nok']]);
  });
  it('reports a CSV without BOM and with a missing row', () => {
    const files = withChange((f) => (f['data/clauses.csv'] = f['data/clauses.csv'].slice(1).split('\r\n').slice(0, 2).join('\r\n')));
    expect(findOpenDataProblems(siteOf(files)).map((p) => p.problem)).toEqual([
      'does not start with a UTF-8 BOM',
      '1 rows, clauses.json has 2',
    ]);
  });
  it('reports a clause url with no page, a page not marking its clause current, and missing keys', () => {
    const files = withChange((f) => {
      const clauses = JSON.parse(f['data/clauses.json']);
      clauses[1].url = '/plans/demo-2025/2-9/';
      delete clauses[0].deadline;
      f['data/clauses.json'] = JSON.stringify(clauses);
      f['plans/demo-2025/1/index.html'] = page('<article data-clause="1"><p>总体要求</p></article>');
    });
    const problems = findOpenDataProblems(siteOf(files)).map((p) => p.problem);
    expect(problems).toContain('record 0 lacks deadline');
    expect(problems).toContain('url /plans/demo-2025/2-9/ does not resolve');
    expect(problems).toContain('page /plans/demo-2025/1/ marks clause 1 as current 0 times (want 1)');
  });
  it('reports missing data files and unknown themes', () => {
    const files = withChange((f) => {
      delete f['data/themes.json'];
    });
    const problems = findOpenDataProblems(siteOf(files));
    expect(problems).toContainEqual({ file: 'data/themes.json', problem: 'missing' });
    expect(problems).toContainEqual({ file: 'data/clauses.json', problem: 'clause /plans/demo-2025/1/ has unknown theme computing-power' });
  });
});
