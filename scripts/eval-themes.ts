/**
 * `npm run eval:themes` — precision and recall of the theme tagger per theme, against the hand labels in
 * scripts/data/theme-labels.tsv, on the generated clauses (content/clauses). Prints a table (Markdown, ready for the
 * README's method section) and the disagreements. Exit code 1 if labels cannot be resolved.
 *
 * Options: --content <dir> (default content), --labels <file>, --json <file> (clauses as a JSON array instead).
 */
import fs from 'node:fs';
import { loadClauses } from './lib/analysis/corpus';
import { evaluate, readLabels, type LabelledClause } from './lib/analysis/evaluate';
import { tagThemes } from './lib/analysis/tag';

function arg(name: string, fallback: string | null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}

const labelsFile = arg('labels', 'scripts/data/theme-labels.tsv')!;
const json = arg('json', null);
const clauses: LabelledClause[] = json
  ? (JSON.parse(fs.readFileSync(json, 'utf8')) as LabelledClause[])
  : loadClauses(arg('content', 'content')!);
if (clauses.length === 0) {
  console.error('eval:themes: no clauses found — run `npm run ingest` first.');
  process.exit(1);
}
const labels = readLabels(labelsFile);
const result = evaluate(labels, clauses, (c) =>
  tagThemes({ text: c.text, heading: c.heading, context: c.context }),
);

const pct = (x: number) => x.toFixed(2);
console.log(`Theme tagging vs ${result.resolved} hand-labelled clauses (${labelsFile})\n`);
console.log('| 主题 | slug | 标注数 | TP | FP | FN | precision | recall |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const s of result.scores) {
  console.log(`| ${s.label} | ${s.slug} | ${s.support} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} | ${pct(s.recall)} |`);
}
const micro = result.scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
console.log(
  `\nmicro-average: precision ${pct(micro.tp / (micro.tp + micro.fp))}, recall ${pct(micro.tp / (micro.tp + micro.fn))}; ` +
    `min precision ${pct(Math.min(...result.scores.map((s) => s.precision)))}, min recall ${pct(Math.min(...result.scores.map((s) => s.recall)))}`,
);
if (result.disagreements.length) {
  console.log('\nDisagreements (label → tagger):');
  for (const d of result.disagreements) {
    console.log(`  ${d.plan} ${d.id}: missed [${d.missing.join(', ')}] extra [${d.extra.join(', ')}]`);
  }
}
for (const w of result.warnings) console.log(`warning: ${w}`);
for (const u of result.unresolved) console.error(`unresolved: ${u}`);
if (result.unresolved.length) process.exit(1);
