/**
 * Stage 1 — read and decode. Finds the seed pairs (x.txt, x.pdf, x.docx or x.html + x.yaml), checks the bytes,
 * decodes a text file (UTF-8, with GBK/GB18030 recognised and decoded, anything else refused) or has the document
 * extracted from a PDF, Word or HTML file (extract/), splits lines (CRLF/CR → LF) and parses the YAML.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import iconv from 'iconv-lite';
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { IngestError } from './errors';
import type { SourceFormat } from '~/schemas/policy';
import type { Stated } from './structure';
import { checkContent, extract, formatOf } from './extract';

/** The YAML beside each seed: `city` is required; everything else only when it is a verified fact. */
export const seedYamlSchema = z
  .object({
    /** City, Chinese name (required). */
    city: z.string().min(1),
    /** Province, Chinese name. */
    province: z.string().min(1).optional(),
    /** Title, when the text does not state it. */
    title: z.string().min(1).optional(),
    /** Issuing body. */
    issuer: z.string().min(1).optional(),
    /** 文号. */
    docNumber: z.string().min(1).optional(),
    /** Issue date, YYYY-MM-DD (or YYYY-MM, YYYY). */
    date: z
      .union([z.string(), z.date()])
      .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
      .pipe(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date must be YYYY-MM-DD, YYYY-MM or YYYY'))
      .optional(),
    /** Plan period, "2025-2027" or "2024". */
    period: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^\d{4}(?:-\d{4})?$/, 'period must be YYYY-YYYY or YYYY'))
      .optional(),
    /** Kind: 三年行动计划 / 指导意见 / 工作要点 … */
    kind: z.string().min(1).optional(),
    /** Where the text was published (URL). */
    source: z.url().optional(),
    /** Title of the notice that issued it (…关于印发《…》的通知). */
    noticeTitle: z.string().min(1).optional(),
    /** 发布日期, YYYY-MM-DD. */
    publishedDate: z
      .union([z.string(), z.date()])
      .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'publishedDate must be YYYY-MM-DD'))
      .optional(),
    /** 北大法宝引证码, e.g. CLI.12.5115678. */
    pkulawCode: z.string().regex(/^CLI\./, 'pkulawCode must be a 法宝引证码 such as CLI.12.5115678').optional(),
    /** Validity as a source states it: 有效, 现行有效, 失效 … */
    status: z.string().min(1).optional(),
    /** Explicit plan slug, to resolve a slug collision (ASCII, lower case, hyphens). */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    /** Verified facts that have no field of their own, shown to readers as notes. */
    notes: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type SeedYaml = z.infer<typeof seedYamlSchema>;

/** A decoded seed: its text as lines, its YAML facts, and where it came from. */
export interface Seed {
  /** Path of the seed file relative to the repository root, e.g. "seeds/x.txt", "seeds/x.pdf". */
  file: string;
  /** Its format. */
  format: SourceFormat;
  /** Path of the YAML file relative to the repository root. */
  yamlFile: string;
  /** File name without extension. */
  name: string;
  /** SHA-256 of the raw bytes. */
  sha256: string;
  /** Encoding a text file was decoded from; null for PDF, Word and HTML files. */
  encoding: 'utf-8' | 'gb18030' | null;
  /** Lines of text, without line ends; index i is line i + 1 of the text file, or of the text extracted. */
  lines: string[];
  /** Facts the file states outside its text (a page's canonical link). */
  stated: Stated;
  /** Parsed and validated YAML facts. */
  yaml: SeedYaml;
}

/** Lists the seed files of a directory — .txt, .pdf, .docx, .html — sorted, so nothing depends on the file
 * system's order. */
export function listSeedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => formatOf(f) !== null)
    .sort();
}

/** Reads one seed pair. `root` is the repository root; `file` is relative to it. */
export async function readSeed(root: string, file: string): Promise<Seed> {
  const bytes = readFileSync(join(root, file));
  const format = formatOf(file);
  if (!format) throw new IngestError(file, 'is not a seed file: use .txt, .pdf, .docx or .html');
  const ext = extname(file);
  const name = basename(file, ext);
  const yamlFile = file.slice(0, -ext.length) + '.yaml';
  let lines: string[];
  let stated: Stated = {};
  if (format === 'txt') {
    checkContent(bytes, file, format);
    lines = decodeText(bytes, file).split('\n');
    if (lines.at(-1) === '') lines.pop();
  } else {
    if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
    const extracted = await extract(bytes, file, format);
    lines = checkText(extracted.lines.join('\n'), file).split('\n');
    stated = extracted.stated;
  }
  return {
    file,
    format,
    yamlFile,
    name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: format !== 'txt' ? null : isUtf8(bytes) ? 'utf-8' : 'gb18030',
    lines,
    stated,
    yaml: readSeedYaml(root, yamlFile),
  };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of Han characters among the non-space characters of a text. */
function hanShare(text: string): number {
  const chars = text.replace(/\s/g, '');
  if (!chars.length) return 0;
  const han = chars.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han / chars.length;
}

/**
 * Decodes seed bytes to text with "\n" line ends. Refuses empty, binary and undecodable files with a message
 * naming the file.
 */
export function decodeText(bytes: Buffer, file: string): string {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
    throw new IngestError(file, 'looks like a binary file (contains NUL bytes), not a text document', line);
  }
  let text: string;
  if (isUtf8(bytes)) {
    text = new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM
  } else {
    const gb = iconv.decode(bytes, 'gb18030');
    if (gb.includes('\ufffd') || hanShare(gb) < 0.3) {
      throw new IngestError(file, 'is neither valid UTF-8 nor GBK/GB18030 Chinese text; save it as UTF-8');
    }
    text = gb;
  }
  return checkText(text.replace(/\r\n?/g, '\n'), file);
}

/** Refuses text that cannot be a policy document: control characters, nothing but white space, too little Chinese. */
export function checkText(text: string, file: string): string {
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new IngestError(file, `contains a control character (U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}); is it binary?`, line);
  }
  if (!text.trim()) throw new IngestError(file, 'contains only white space');
  if (hanShare(text) < 0.3) throw new IngestError(file, 'does not look like a Chinese policy document (too few Chinese characters)');
  return text;
}

/** Reads and validates the YAML beside a seed. */
export function readSeedYaml(root: string, yamlFile: string): SeedYaml {
  const path = join(root, yamlFile);
  if (!existsSync(path)) {
    throw new IngestError(yamlFile, 'is missing: every seed (x.txt, x.pdf, x.docx or x.html) needs an x.yaml beside it with at least `city: <城市>`');
  }
  const source = readFileSync(path, 'utf-8');
  const doc = parseDocument(source, { prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new IngestError(yamlFile, `invalid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0].line);
  }
  const data = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError(yamlFile, 'must be a YAML mapping with at least `city: <城市>`', 1);
  }
  const parsed = seedYamlSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path[0];
    const line = typeof key === 'string' ? lineOfKey(source, key) : undefined;
    const what = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} (allowed: ${Object.keys(seedYamlSchema.shape).join(', ')})` : `${issue.path.join('.') || 'document'}: ${issue.message}`;
    throw new IngestError(yamlFile, what, line ?? (issue.code === 'unrecognized_keys' ? lineOfKey(source, issue.keys[0]) : undefined));
  }
  return parsed.data;
}

function lineOfKey(source: string, key: string): number | undefined {
  const i = source.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : undefined;
}
