/**
 * The published source files: every plan's raw seed (bytes unchanged) at /sources/<file name>, so a reader can check
 * the text the site shows against the file it came from, and the file against its SHA-256 on the plan page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

/** Media types of the seed formats; anything else is served as bytes. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
};

/** A plan's published source: the path under /sources/ of its seed file (e.g. seeds/a.txt → /sources/a.txt). */
export function sourcePath(source: string): string {
  return `/sources/${basename(source)}`;
}

export function sourceMediaType(source: string): string {
  return MEDIA_TYPES[extname(source).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The seed's bytes, checked against the SHA-256 the ingest recorded: a seed changed since `npm run ingest` fails the
 * build (naming it) rather than publishing a file that does not match the page.
 */
export function sourceBytes(source: string, sha256: string, root = '.'): ArrayBuffer {
  const bytes = readFileSync(`${root}/${source}`);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${source}: SHA-256 ${actual} differs from the ingested ${sha256}; run \`npm run ingest\``);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
