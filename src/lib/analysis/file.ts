/**
 * The analysis's output as the pages read it: content/analysis/<name>.json, written by scripts/analyse.ts. Absent
 * (the analysis has not run) → null, and each page-side view shows nothing rather than failing.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The text of content/analysis/<name> under `contentDir`, or null when the file does not exist. */
export function readAnalysisFile(name: string, contentDir = 'content'): string | null {
  const file = path.resolve(contentDir, 'analysis', name);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
