/**
 * What a seed file is, by its first bytes — so that a file whose extension and content disagree is named, not
 * misread. Four signatures, written out here (a file-type library would add a dependency for as many lines).
 */
export type Sniffed = 'pdf' | 'zip' | 'ole' | 'html' | 'text' | 'binary';

/** The kind of content, from the leading bytes. */
export function sniff(bytes: Buffer): Sniffed {
  const head = bytes.subarray(0, 1024);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'ole';
  const start = head.toString('utf-8').replace(/^\ufeff/, '').trimStart().slice(0, 200).toLowerCase();
  if (/^<(?:!doctype html|html|head|body|meta|!--)/.test(start)) return 'html';
  return head.includes(0) ? 'binary' : 'text';
}

/** How a reader would call each kind of content. */
export const SNIFFED_NAME: Record<Sniffed, string> = {
  pdf: 'a PDF file',
  zip: 'a ZIP archive (a Word .docx file?)',
  ole: 'an old Word .doc (or other Office 97–2003) file',
  html: 'an HTML page',
  text: 'plain text',
  binary: 'a binary file',
};
