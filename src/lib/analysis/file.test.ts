import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnalysisFile } from './file';

describe('readAnalysisFile', () => {
  it('reads content/analysis/<name> under the content directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analysis-file-'));
    mkdirSync(join(dir, 'analysis'));
    writeFileSync(join(dir, 'analysis', 'targets.json'), '{"generated":"x","targets":[]}');
    expect(readAnalysisFile('targets.json', dir)).toBe('{"generated":"x","targets":[]}');
  });
  it('gives null when the analysis has not run', () => {
    expect(readAnalysisFile('targets.json', join(tmpdir(), 'no-such-content-dir'))).toBeNull();
  });
  it('reads the real analysis of the seeds', () => {
    expect(JSON.parse(readAnalysisFile('keywords.json')!).plans).toHaveProperty('yancheng-2025-2027');
  });
});
