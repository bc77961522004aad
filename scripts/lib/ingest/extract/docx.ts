/**
 * Word files (.docx) → text lines. mammoth converts the document to HTML (paragraphs, headings, tables with merged
 * cells); lines.ts turns that into lines. Government Word files type their numbering (一、 (一) 1.) in the text, so
 * the text carries it; Word's automatic list numbering is not text and is not read (the README says so).
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { IngestError } from '../errors';
import { htmlToLines, type DomNode } from './lines';
import type { Extracted } from './types';

/** Extracts a .docx file. `file` names it in errors. */
export async function extractDocx(bytes: Buffer, file: string): Promise<Extracted> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (e) {
    throw new IngestError(file, `is not a readable Word (.docx) file (${(e as Error).message.split('\n')[0]}); is it damaged? Open and save it again, or save the text as a .txt`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { lines: htmlToLines(document.body as unknown as DomNode), stated: {} };
}
