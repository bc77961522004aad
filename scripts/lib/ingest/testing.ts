/** Test helpers: a throw-away repository root holding the given seed files. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ingestSeed } from './pipeline';

/** Writes `files` (paths relative to the root, e.g. "seeds/a.txt") into a new temp root and returns its path. */
export function tempRoot(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-ingest-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A minimal well-formed plan text with the given body lines after the title. */
export function planText(title: string, ...body: string[]): string {
  return [title, ...body].join('\n') + '\n';
}

/** Ingests one crafted document (every stage but emit) and returns its plan and its clauses, also by id. */
export async function ingestText(text: string, yaml = 'city: 测试市\nprovince: 江苏\n') {
  const root = tempRoot({ 'seeds/x.txt': text, 'seeds/x.yaml': yaml });
  const { doc, clauses } = await ingestSeed(root, 'seeds/x.txt');
  return { doc, clauses, byId: Object.fromEntries(clauses.map((c) => [c.id, c])) };
}
