import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '~/schemas/analysis';
import { ANALYSIS_FILES, analysisText, analysisView, checkAnalysisFile, parseAnalysisFile, readAnalysisFile, type AnalysisName } from './file';

/** A content directory holding content/analysis/<name>.json with the given text. */
function contentWith(name: AnalysisName, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'analysis-file-'));
  mkdirSync(join(dir, 'analysis'));
  writeFileSync(join(dir, 'analysis', `${name}.json`), text);
  return dir;
}

/** One target as scripts/analyse.ts writes it (a real one: 盐城 2025–2027 附件1). */
const TARGET = {
  plan: 'yancheng-2025-2027', clause: 'annex-1-r1', indicator: '数字经济核心产业营业收入', scope: [], measure: 'unmarked',
  raw: '数字经济核心产业营业收入', value: 2300, valueMax: null, unit: '亿元', year: 2025, comparator: '=', text: '1 | … | 2300',
  url: '/plans/yancheng-2025-2027/annex-1-r1/', city: '盐城',
};

describe('the analysis files, read through their schemas', () => {
  it('reads content/analysis/<name>.json under the content directory, once', () => {
    const dir = contentWith('targets', JSON.stringify({ generated: GENERATED, targets: [TARGET] }));
    const read = readAnalysisFile('targets', dir);
    expect(read?.targets).toEqual([TARGET]);
    expect(readAnalysisFile('targets', dir)).toBe(read);
    expect(analysisView('targets', (f) => f.targets.length, 0, dir)).toBe(1);
  });

  it('gives null when the analysis has not run (and each view its empty value)', () => {
    const none = join(tmpdir(), 'no-such-content-dir');
    expect(readAnalysisFile('targets', none)).toBeNull();
    expect(analysisView('targets', (f) => f.targets.length, 0, none)).toBe(0);
  });

  it('stops on a malformed file with a message naming the file and the bad field', () => {
    const dir = contentWith('targets', JSON.stringify({ generated: GENERATED, targets: [{ ...TARGET, year: '2025' }] }));
    expect(() => readAnalysisFile('targets', dir)).toThrow(`${join(dir, 'analysis', 'targets.json')}: targets[0].year: `);
    expect(() => readAnalysisFile('targets', contentWith('targets', '{"generated":'))).toThrow(/targets\.json: not JSON \(/);
    expect(() => parseAnalysisFile('targets', JSON.stringify({ generated: 'hand-made', targets: [] }))).toThrow('content/analysis/targets.json: generated: ');
    expect(() => parseAnalysisFile('targets', JSON.stringify({ generated: GENERATED, targets: [{ ...TARGET, comparator: '~' }] }))).toThrow('targets[0].comparator: ');
    expect(() => parseAnalysisFile('targets', JSON.stringify({ generated: GENERATED, targets: [{ ...TARGET, url: undefined, city: undefined }] }))).toThrow(
      /targets\[0\]\.url: .*; targets\[0\]\.city: /,
    );
  });

  it('says how many more problems there are beyond the first few', () => {
    const broken = Array.from({ length: 5 }, () => ({ ...TARGET, value: null }));
    expect(() => checkAnalysisFile('targets', { generated: GENERATED, targets: broken })).toThrow(/targets\[2\]\.value: [^;]*; … and 2 more$/);
  });

  it('writes exactly what the schema allows, in its key order, the "generated" key on the first line', () => {
    const { plan, ...rest } = TARGET;
    const shuffled = { targets: [{ ...rest, extra: 1, plan }], generated: GENERATED };
    const text = analysisText('targets', shuffled);
    expect(text.split('\n')[0]).toBe(`{"generated": "${GENERATED}",`);
    expect(JSON.parse(text)).toEqual({ generated: GENERATED, targets: [TARGET] });
    expect(Object.keys(JSON.parse(text).targets[0])).toEqual(Object.keys(TARGET));
    expect(() => analysisText('targets', { ...shuffled, targets: [{ ...TARGET, value: 'many' }] }, 'x/targets.json')).toThrow('x/targets.json: targets[0].value: ');
  });

  it('holds every file of the seeds’ analysis to its schema, which gives it back byte for byte', () => {
    for (const name of Object.keys(ANALYSIS_FILES) as AnalysisName[]) {
      const text = readFileSync(join('content', 'analysis', `${name}.json`), 'utf8');
      expect(analysisText(name, parseAnalysisFile(name, text)), name).toBe(text);
    }
  });
});
