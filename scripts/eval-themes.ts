/**
 * `npm run eval:themes` — precision and recall of the theme tagger per theme against hand-labelled clauses. Prints
 * Markdown ready for the README's "Themes" section, then the disagreements. Exit code 1 if a label cannot be resolved.
 *
 * The tagger is the one the pipeline runs (scripts/lib/analyse/model/combine.ts): rules + a model trained on the
 * committed labels (scripts/lib/analyse/model/labels.ts) resolved against the training clauses (content/). A theme
 * counts as tagged when it is assigned (`themes`); the "with possibly related" lines also count `possibleThemes`.
 *
 * Default (no --labels): the committed labels, three ways —
 * - in-sample: the tagger as built, whose model has seen every label (and whose rules were tuned on them);
 * - rules alone: the rule tagger without the model, for comparison;
 * - leave-one-plan-out: for each labelled plan, a model trained on the labels of the OTHER plans tags it — the honest
 *   estimate of how a new plan is tagged (the rules, tuned on all of them, are still in-sample).
 *
 * An out-of-corpus check: --labels <file> (repeatable) --content <dir> (its clauses, segmented by the ingest
 * pipeline) — the tagger trained on the committed labels and content/ tags those clauses; one table per label file and,
 * if the file has a `set` column, one per set (main / genre), plus the three card themes' figures; and the same for the
 * rules alone (no model), to see which component errs.
 *
 * Options: --labels <file>, --content <dir> (the clauses the labels name; default content), --json <file> (clauses as a
 * JSON array instead), --train-content <dir> (the clauses the committed labels name; default content).
 */
import fs from 'node:fs';
import { loadClauses } from './lib/analyse/content';
import { evaluate, leaveOnePlanOut, markdownTable, parseLabels, summary, type Evaluation, type Label } from './lib/analyse/evaluate';
import { modelInputs, tagWith, trainingExamples, trainOn, type CorpusClause, type ThemeTags } from './lib/analyse/model/combine';
import { LABEL_FILE, HELDOUT_LABEL_FILE, loadLabels } from './lib/analyse/model/labels';
import { themeLabel } from '~/data/themes';

/** The titles the committed label files' tables carry. */
const KNOWN_TITLES = new Map([
  [LABEL_FILE, 'in-sample (used while tuning)'],
  [HELDOUT_LABEL_FILE, 'second set (labelled blind, then used for diagnosis)'],
]);
/** The themes the home page shows as cards: their figures are printed on their own. */
const CARD_THEMES = ['computing-power', 'data-elements', 'smart-manufacturing'] as const;

/** Every value of a repeatable option (`--labels a --labels b`). */
function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === `--${name}` && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1]);
  });
  return out;
}
const arg = (name: string, fallback: string | null) => args(name).at(-1) ?? fallback;

function load(dir: string, json: string | null): CorpusClause[] {
  const clauses = json ? (JSON.parse(fs.readFileSync(json, 'utf8')) as CorpusClause[]) : (loadClauses(dir) as unknown as CorpusClause[]);
  if (clauses.length === 0) {
    console.error(`eval:themes: no clauses found in ${json ?? dir} — run \`npm run ingest\` first.`);
    process.exit(1);
  }
  return clauses;
}

const fixed2 = (x: number) => x.toFixed(2);

/** A tagger over a clause list: its tags looked up by clause object. */
function lookup(clauses: readonly CorpusClause[], tags: readonly ThemeTags[], withPossible: boolean) {
  const at = new Map(clauses.map((c, i) => [c as object, i]));
  return (c: object) => {
    const t = tags[at.get(c)!];
    return t ? (withPossible ? [...t.themes, ...t.possibleThemes] : t.themes) : [];
  };
}

/** One line: micro-average with and without the possibly related themes, and the card themes. */
function headline(name: string, strict: Evaluation, loose: Evaluation): string {
  const s = summary(strict.scores);
  const l = summary(loose.scores);
  const card = CARD_THEMES.map((slug) => {
    const x = strict.scores.find((q) => q.slug === slug)!;
    return `${themeLabel(slug)} ${fixed2(x.precision)} / ${fixed2(x.recall)} (${x.support})`;
  }).join(', ');
  return (
    `**${name}** (${strict.resolved} clauses): precision ${fixed2(s.precision)}, recall ${fixed2(s.recall)}; ` +
    `with possibly related: ${fixed2(l.precision)} / ${fixed2(l.recall)}; ${card}`
  );
}

const trainClauses = load(arg('train-content', 'content')!, null);
const trainInputs = modelInputs(trainClauses);
const committed = loadLabels();
const model = trainOn(trainingExamples(committed, trainClauses, trainInputs));
console.log(`Model trained on ${model?.examples ?? 0} labelled clauses (committed labels over ${arg('train-content', 'content')}).\n`);

let failed = false;
const report = (title: string, source: string, labels: readonly Label[], clauses: readonly CorpusClause[], tags: readonly ThemeTags[]) => {
  const strict = evaluate([...labels], [...clauses], lookup(clauses, tags, false));
  const loose = evaluate([...labels], [...clauses], lookup(clauses, tags, true));
  console.log(`${markdownTable(title, source, strict)}\n`);
  console.log(`${headline(title, strict, loose)}\n`);
  for (const w of strict.warnings) console.log(`warning: ${w}`);
  for (const u of strict.unresolved) console.error(`unresolved: ${u}`);
  if (strict.unresolved.length) failed = true;
  return strict;
};
const printDisagreements = (title: string, result: Evaluation) => {
  if (!result.disagreements.length) return;
  console.log(`Disagreements, ${title} (label → tagger):`);
  for (const d of result.disagreements) console.log(`  ${d.plan} ${d.id}: missed [${d.missing.join(', ')}] extra [${d.extra.join(', ')}]`);
  console.log('');
};

const given = args('labels');
if (given.length === 0) {
  const tags = tagWith(model, trainInputs);
  for (const file of [LABEL_FILE, HELDOUT_LABEL_FILE]) {
    const labels = loadLabels([file]);
    report(KNOWN_TITLES.get(file)!, labels[0]?.file ?? file, labels, trainClauses, tags);
  }
  report('in-sample, combined (the model has seen every label)', 'both label files', committed, trainClauses, tags);
  const rules = tagWith(null, trainInputs);
  report('rules alone (no model), combined', 'both label files', committed, trainClauses, rules);
  // Leave-one-plan-out: each plan tagged by a model that never saw its labels.
  const at = new Map(trainClauses.map((c, i) => [c as object, i]));
  const lopoTags: ThemeTags[] = trainClauses.map(() => ({ themes: [], possibleThemes: [] }));
  leaveOnePlanOut(committed, trainClauses, (training) => {
    const tags = tagWith(trainOn(trainingExamples(training, trainClauses, trainInputs)), trainInputs);
    return (c) => {
      lopoTags[at.get(c)!] = tags[at.get(c)!];
      return [];
    };
  });
  const lopo = report(
    'leave-one-plan-out cross-validation (each plan tagged by a model trained without its labels)',
    `both label files, ${new Set(committed.map((l) => l.plan)).size} plans`,
    committed,
    trainClauses,
    lopoTags,
  );
  printDisagreements('leave-one-plan-out', lopo);
} else {
  const clauses = load(arg('content', 'content')!, arg('json', null));
  const inputs = modelInputs(clauses);
  const tags = tagWith(model, inputs);
  const rules = tagWith(null, inputs);
  for (const file of given) {
    const labels = parseLabels(fs.readFileSync(file, 'utf8'), file);
    const result = report(file, file, labels, clauses, tags);
    const sets = [...new Set(labels.map((l) => l.set).filter((s): s is string => Boolean(s)))].sort();
    for (const set of sets) {
      const plans = new Set(labels.filter((l) => l.set === set).map((l) => l.plan)).size;
      report(`${file}, set "${set}"`, `${file}, ${plans} plans`, labels.filter((l) => l.set === set), clauses, tags);
      report(`${file}, set "${set}", rules alone (no model)`, `${file}, ${plans} plans`, labels.filter((l) => l.set === set), clauses, rules);
    }
    if (!sets.length) report(`${file}, rules alone (no model)`, file, labels, clauses, rules);
    printDisagreements(file, result);
  }
}
if (failed) process.exit(1);
