/**
 * The analysis files, content/analysis/<name>.json, and the one way in and out of them: scripts/analyse.ts writes each
 * as `analysisText` gives it, the page-side views in this folder read each through `readAnalysisFile`; both hold it
 * to its schema (src/schemas/: one module per file). A file that does not fit its schema — or is not JSON — stops
 * the build with an error naming the file and the bad field. An absent file (the analysis has not run) reads as
 * null, and each view then shows nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { citationsFileSchema } from '~/schemas/citations';
import { changesFileSchema, unitsFileSchema } from '~/schemas/changes';
import { decompositionSchema } from '~/schemas/decomposition';
import { departmentsFileSchema } from '~/schemas/departments';
import { keywordsFileSchema } from '~/schemas/keywords';
import { similarFileSchema } from '~/schemas/similar';
import { targetsFileSchema } from '~/schemas/targets';

/** Every analysis file, by name (content/analysis/<name>.json), with its schema; written in this order. */
export const ANALYSIS_FILES = {
  keywords: keywordsFileSchema,
  similar: similarFileSchema,
  targets: targetsFileSchema,
  departments: departmentsFileSchema,
  citations: citationsFileSchema,
  decomposition: decompositionSchema,
  units: unitsFileSchema,
  changes: changesFileSchema,
} as const;

/** Files written on one line: every plan's tokens and every diff, indented, would be three times the size. */
const COMPACT: ReadonlySet<AnalysisName> = new Set(['units', 'changes']);

export type AnalysisName = keyof typeof ANALYSIS_FILES;

/** The whole analysis: each file's content, typed by its schema. */
export type Analysis = { [K in AnalysisName]: z.infer<(typeof ANALYSIS_FILES)[K]> };

/** Where an analysis file lives under a content directory. */
export function analysisPath(name: AnalysisName, contentDir = 'content'): string {
  return path.join(contentDir, 'analysis', `${name}.json`);
}

/** A path into a value as code would write it: targets[3].year, clauses["suzhou-2021-2023/2-2-2"][0].score. */
function fieldPath(keys: readonly PropertyKey[]): string {
  return keys
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `${i ? '.' : ''}${String(k)}` : `[${JSON.stringify(String(k))}]`))
    .join('');
}

/** Most problems listed in one error (the first ones; a broken writer tends to repeat one mistake). */
const ISSUES_SHOWN = 3;

/**
 * `data` as the schema of analysis file `name` gives it back, or an error naming `file` and each bad field, e.g.
 * "content/analysis/targets.json: targets[3].year: Invalid input: expected number, received string".
 */
export function checkAnalysisFile<K extends AnalysisName>(name: K, data: unknown, file = analysisPath(name)): Analysis[K] {
  const result = ANALYSIS_FILES[name].safeParse(data);
  if (result.success) return result.data as Analysis[K];
  const issues = result.error.issues;
  const lines = issues.slice(0, ISSUES_SHOWN).map((issue) => `${fieldPath(issue.path) || '(the whole file)'}: ${issue.message}`);
  if (issues.length > ISSUES_SHOWN) lines.push(`… and ${issues.length - ISSUES_SHOWN} more`);
  return fail(file, lines.join('; '));
}

/**
 * The text scripts/analyse.ts writes for analysis file `name`: `data` checked as checkAnalysisFile does, as JSON
 * with one-space indents and the "generated" key on the first line (so the first line says the file is generated);
 * the COMPACT files on one line, which starts with that key too.
 */
export function analysisText<K extends AnalysisName>(name: K, data: unknown, file = analysisPath(name)): string {
  const checked = checkAnalysisFile(name, data, file);
  return `${COMPACT.has(name) ? JSON.stringify(checked) : JSON.stringify(checked, null, 1).replace(/^\{\n /, '{')}\n`;
}

/** The text of an analysis file, checked: an error naming `file` if it is not JSON or does not fit its schema. */
export function parseAnalysisFile<K extends AnalysisName>(name: K, json: string, file = analysisPath(name)): Analysis[K] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return fail(file, `not JSON (${(err as Error).message})`);
  }
  return checkAnalysisFile(name, data, file);
}

function fail(file: string, what: string): never {
  throw new Error(`${file}: ${what}`);
}

const read = new Map<string, unknown>();

/** Analysis file `name` under `contentDir`, checked, read once per build; null when it does not exist. */
export function readAnalysisFile<K extends AnalysisName>(name: K, contentDir = 'content'): Analysis[K] | null {
  const file = analysisPath(name, contentDir);
  const key = path.resolve(file);
  if (!read.has(key)) read.set(key, fs.existsSync(file) ? parseAnalysisFile(name, fs.readFileSync(file, 'utf8'), file) : null);
  return read.get(key) as Analysis[K] | null;
}

const views = new WeakMap<object, Map<(file: never) => unknown, unknown>>();

/**
 * What `view` makes of analysis file `name` under `contentDir` (e.g. its maps for look-up), made once per build;
 * `empty` when the file does not exist.
 */
export function analysisView<K extends AnalysisName, V>(name: K, view: (file: Analysis[K]) => V, empty: V, contentDir = 'content'): V {
  const file = readAnalysisFile(name, contentDir);
  if (file === null) return empty;
  const made = views.get(file) ?? new Map();
  views.set(file, made);
  if (!made.has(view)) made.set(view, view(file));
  return made.get(view) as V;
}
