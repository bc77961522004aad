/**
 * Stage 1b — extract: the document inside a seed file as text lines, by its format (the file's extension, checked
 * against its content): .txt as it is (decoded by read.ts), .pdf by pdf.ts, .docx by docx.ts, .html by html.ts.
 */
import { extname } from 'node:path';
import { IngestError } from '../errors';
import type { SourceFormat } from '~/schemas/policy';
import { sniff, SNIFFED_NAME, type Sniffed } from './sniff';
import type { Extracted } from './types';

/** Seed file extensions and their formats. */
export const SEED_EXTENSIONS: Record<string, SourceFormat> = { '.txt': 'txt', '.pdf': 'pdf', '.docx': 'docx', '.html': 'html', '.htm': 'html' };

/** What content each format must have. */
const EXPECTED: Record<SourceFormat, Sniffed[]> = { txt: ['text'], pdf: ['pdf'], docx: ['zip'], html: ['html', 'text'] };

/** The format of a seed file by its extension, or null when it is no seed file. */
export function formatOf(file: string): SourceFormat | null {
  return SEED_EXTENSIONS[extname(file).toLowerCase()] ?? null;
}

/** Refuses a file whose content is not what its extension says. */
export function checkContent(bytes: Buffer, file: string, format: SourceFormat): void {
  if (bytes.length === 0) return; // read.ts names an empty file
  const found = sniff(bytes);
  if (format === 'txt' && found === 'binary') return; // decodeText names a binary .txt
  if (!EXPECTED[format].includes(found)) {
    throw new IngestError(file, `is named ${extnameOf(file)} but its content is ${SNIFFED_NAME[found]}; give it the extension of what it is (.txt, .pdf, .docx or .html)`);
  }
}

function extnameOf(file: string) {
  return `.${file.split('.').pop()}`;
}

/** Extracts a PDF, Word or HTML seed (each extractor, with its libraries, is loaded only when needed). */
export async function extract(bytes: Buffer, file: string, format: Exclude<SourceFormat, 'txt'>): Promise<Extracted> {
  checkContent(bytes, file, format);
  if (format === 'pdf') return (await import('./pdf')).extractPdf(bytes, file);
  if (format === 'docx') return (await import('./docx')).extractDocx(bytes, file);
  return (await import('./html')).extractHtml(bytes, file);
}

export type { Extracted };
