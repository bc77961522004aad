/**
 * `npm run eval:themes` — precision and recall of the theme tagger per theme, against hand-labelled clauses, on the
 * generated clauses (content/clauses). Prints Markdown ready for the README's method section: one table per label
 * file and, when there are several, one for all of them together; then the disagreements. Exit code 1 if a label
 * cannot be resolved.
 *
 * Label files (default: both that exist):
 * - scripts/data/theme-labels.tsv — "in-sample (used while tuning)": the labels the rules were tuned against;
 * - scripts/data/theme-labels-heldout.tsv — "second set (labelled blind, then used for diagnosis)": written without
 *   seeing the tagger's output, after the rules were fixed; its first, blind figures are recorded in the README; its
 *   misses have since guided rules, so it is no longer unseen. Read only if the file exists.
 *
 * Options: --labels <file> (repeatable; replaces the defaults), --content <dir> (default content),
 * --json <file> (clauses as a JSON array instead of content/).
 */
import fs from 'node:fs';
import { loadClauses } from './lib/analyse/content';
import { evaluate, markdownTable, parseLabels, type Label, type LabelledClause } from './lib/analyse/evaluate';
import { tagClauses, type TaggableClause } from './lib/analyse/tag';

/** The default label files and the titles their tables carry. */
const IN_SAMPLE = { file: 'scripts/data/theme-labels.tsv', title: 'in-sample (used while tuning)' };
const HELD_OUT = { file: 'scripts/data/theme-labels-heldout.tsv', title: 'second set (labelled blind, then used for diagnosis)' };
const KNOWN_TITLES = new Map([IN_SAMPLE, HELD_OUT].map((d) => [d.file, d.title]));
const COMBINED_TITLE = 'combined';

/** Every value of a repeatable option (`--labels a --labels b`). */
function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === `--${name}` && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1]);
  });
  return out;
}
const arg = (name: string, fallback: string | null) => args(name).at(-1) ?? fallback;

const given = args('labels');
const files = given.length ? given : [IN_SAMPLE.file, ...(fs.existsSync(HELD_OUT.file) ? [HELD_OUT.file] : [])];
const json = arg('json', null);
const clauses: Array<LabelledClause & TaggableClause> = json
  ? (JSON.parse(fs.readFileSync(json, 'utf8')) as Array<LabelledClause & TaggableClause>)
  : loadClauses(arg('content', 'content')!);
if (clauses.length === 0) {
  console.error('eval:themes: no clauses found — run `npm run ingest` first.');
  process.exit(1);
}

// Tag every clause once, the way the ingest does (table rows read together), then look the tags up.
const key = (c: { plan: string; id: string }) => `${c.plan}\u0000${c.id}`;
const predicted = new Map(tagClauses(clauses).map((themes, i) => [key(clauses[i]), themes]));
const tagger = (c: LabelledClause) => predicted.get(key(c)) ?? [];

const sets: Array<{ title: string; source: string; labels: Label[] }> = files.map((file) => ({
  title: KNOWN_TITLES.get(file) ?? file,
  source: file,
  labels: parseLabels(fs.readFileSync(file, 'utf8'), file),
}));
if (sets.length > 1) {
  const all = sets.flatMap((s) => s.labels);
  const clausesLabelled = new Set(all.map((l) => `${l.plan}\u0000${l.clause}`)).size;
  const both = all.length - clausesLabelled;
  sets.push({
    title: COMBINED_TITLE,
    source: `${files.join(' + ')}${both ? `; ${both} clause(s) labelled in more than one file are counted once per label` : ''}`,
    labels: all,
  });
}

let failed = false;
const results = sets.map((s) => ({ ...s, result: evaluate(s.labels, clauses, tagger) }));
for (const { title, source, result } of results) console.log(`${markdownTable(title, source, result)}\n`);
for (const { title, result } of results.slice(0, files.length)) {
  if (result.disagreements.length) {
    console.log(`Disagreements, ${title} (label → tagger):`);
    for (const d of result.disagreements) {
      console.log(`  ${d.plan} ${d.id}: missed [${d.missing.join(', ')}] extra [${d.extra.join(', ')}]`);
    }
    console.log('');
  }
  for (const w of result.warnings) console.log(`warning: ${w}`);
  for (const u of result.unresolved) console.error(`unresolved: ${u}`);
  if (result.unresolved.length) failed = true;
}
if (failed) process.exit(1);
