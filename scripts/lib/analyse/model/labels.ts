/**
 * The committed hand labels the theme model learns from (the labelling policy is written at the top of each file):
 * - scripts/data/theme-labels.tsv — labels written while the rules were tuned, and every label recorded since with
 *   `npm run label` (new plans);
 * - scripts/data/theme-labels-heldout.tsv — the second set, labelled blind and then used for diagnosis.
 * Paths are the repository's, whatever the working directory (like the jieba dictionary).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabels, type Label } from '../evaluate';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');

/** The label file that `npm run label` appends to. */
export const LABEL_FILE = path.join(DATA, 'theme-labels.tsv');
/** The second, once-blind set. */
export const HELDOUT_LABEL_FILE = path.join(DATA, 'theme-labels-heldout.tsv');
/** Every committed label file, in the order their labels are read. */
export const LABEL_FILES = [LABEL_FILE, HELDOUT_LABEL_FILE] as const;

/** The labels of the given files (default: the committed ones), each named by its path relative to the repository. */
export function loadLabels(files: readonly string[] = LABEL_FILES): Label[] {
  const root = path.resolve(DATA, '../..');
  return files.flatMap((f) => parseLabels(fs.readFileSync(f, 'utf8'), path.relative(root, f)));
}
