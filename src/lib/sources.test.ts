import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceBytes, sourceMediaType, sourcePath } from './sources';

describe('published sources', () => {
  it('publishes a seed under /sources/ by its file name, with its media type', () => {
    expect(sourcePath('seeds/yancheng-2024-work-points.txt')).toBe('/sources/yancheng-2024-work-points.txt');
    expect(sourceMediaType('seeds/a.txt')).toBe('text/plain; charset=utf-8');
    expect(sourceMediaType('seeds/a.PDF')).toBe('application/pdf');
    expect(sourceMediaType('seeds/a.bin')).toBe('application/octet-stream');
  });
  it('serves the bytes unchanged when they match the ingested SHA-256, and refuses a changed seed', () => {
    const root = mkdtempSync(join(tmpdir(), 'sources-'));
    mkdirSync(join(root, 'seeds'));
    const bytes = Buffer.from('一、总体要求\r\n', 'utf8');
    writeFileSync(join(root, 'seeds/a.txt'), bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(Buffer.from(sourceBytes('seeds/a.txt', sha, root)).equals(bytes)).toBe(true);
    writeFileSync(join(root, 'seeds/a.txt'), '一、总体要求\n');
    expect(() => sourceBytes('seeds/a.txt', sha, root)).toThrow(/seeds\/a\.txt: SHA-256 .* differs/);
  });
});
