/**
 * `npm run eval:ingest` — how well the ingest reads each format, over every fixture in tests/fixtures/formats/ (made
 * by make.ts from document.ts): for each, the metadata fields it gets right out of those its truth file states, and
 * the share of the document's sentences (notice, title, body; document.ts) found in its published clauses, and the
 * attachment table's rows that came out as table-row clauses with their cells by column. Goal: 100 % on all three.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ingestAll } from './lib/ingest/pipeline';
import { skeleton } from './lib/ingest/verify';
import { tempRoot } from './lib/ingest/testing';
import { ANNEX_TABLE, BODY, NOTICE, NOTICE_TITLE, TITLE } from '../tests/fixtures/formats/document';

const DIR = join(import.meta.dirname, '../tests/fixtures/formats');

/** The sentences of the fixture document: what every rendering must carry into the clauses or headings. */
export function truthSentences(): string[] {
  return [NOTICE_TITLE, ...NOTICE, TITLE, ...BODY].flatMap((l) => l.split(/(?<=[。；;])/)).map((s) => s.trim()).filter(Boolean);
}

export interface FixtureScore {
  file: string;
  fieldsRight: number;
  fieldsStated: number;
  wrong: string[];
  sentences: number;
  recovered: number;
  missing: string[];
  /** The attachment table's data rows (document.ts), and how many came out as table-row clauses, cells by column. */
  rows: number;
  rowsRight: number;
}

/** Ingests one fixture on its own and scores it against its truth file. */
export async function scoreFixture(file: string): Promise<FixtureScore> {
  const base = file.replace(/\.[a-z]+$/, '');
  const truth = parse(readFileSync(join(DIR, `${base}.truth.yaml`), 'utf-8')) as Record<string, unknown>;
  const root = tempRoot({});
  cpSync(join(DIR, file), join(root, 'seeds', file));
  cpSync(join(DIR, `${base}.yaml`), join(root, 'seeds', `${base}.yaml`));
  const [{ doc, clauses }] = await ingestAll(root);
  const wrong = Object.entries(truth)
    .filter(([k, v]) => JSON.stringify((doc as Record<string, unknown>)[k]) !== JSON.stringify(v))
    .map(([k, v]) => `${k}: want ${JSON.stringify(v)}, got ${JSON.stringify((doc as Record<string, unknown>)[k])}`);
  const published = skeleton([doc.title, doc.noticeTitle ?? '', ...doc.furniture.map((f) => f.text), ...clauses.map((c) => `${c.label}${c.text}`), ...doc.parts.flatMap((p) => [p.label + p.title, ...p.sections.map((s) => s.label + s.title)])].join('\n'));
  const sentences = truthSentences();
  const missing = sentences.filter((s) => !published.includes(skeleton(s)));
  const [header, ...data] = ANNEX_TABLE;
  const cellsOf = (r: string[]) => JSON.stringify(r.map((text, i) => ({ column: header[i], text })));
  const rowClauses = new Set(clauses.filter((c) => c.kind === 'row' && c.cells).map((c) => JSON.stringify(c.cells)));
  const rowsRight = data.filter((r) => rowClauses.has(cellsOf(r))).length;
  return { file, fieldsRight: Object.keys(truth).length - wrong.length, fieldsStated: Object.keys(truth).length, wrong, sentences: sentences.length, recovered: sentences.length - missing.length, missing, rows: data.length, rowsRight };
}

export async function evaluate(): Promise<FixtureScore[]> {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.truth.yaml')).map((t) => readdirSync(DIR).find((f) => f.startsWith(t.replace('.truth.yaml', '.')) && !f.endsWith('.yaml'))!);
  const scores: FixtureScore[] = [];
  for (const f of files.sort()) scores.push(await scoreFixture(f));
  return scores;
}

if (process.argv[1]?.endsWith('eval-ingest.ts')) {
  const scores = await evaluate();
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  for (const s of scores) {
    console.log(`${s.file.padEnd(28)} metadata ${s.fieldsRight}/${s.fieldsStated}  sentences ${s.recovered}/${s.sentences} (${pct(s.recovered, s.sentences)})  table rows ${s.rowsRight}/${s.rows}`);
    for (const w of s.wrong) console.log(`    ✗ ${w}`);
    for (const m of s.missing) console.log(`    missing: ${m}`);
  }
  const right = scores.reduce((n, s) => n + s.fieldsRight, 0);
  const stated = scores.reduce((n, s) => n + s.fieldsStated, 0);
  const rec = scores.reduce((n, s) => n + s.recovered, 0);
  const all = scores.reduce((n, s) => n + s.sentences, 0);
  const rowsRight = scores.reduce((n, s) => n + s.rowsRight, 0);
  const rows = scores.reduce((n, s) => n + s.rows, 0);
  console.log(`all ${scores.length} fixtures: metadata fields right ${right}/${stated} (${pct(right, stated)}), sentences recovered ${rec}/${all} (${pct(rec, all)}), table rows with their cells by column ${rowsRight}/${rows} (${pct(rowsRight, rows)})`);
}
