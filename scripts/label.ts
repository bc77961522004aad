/**
 * `npm run label -- <plan> [--count N]` — the labelling loop for a new plan: shows in the terminal the clauses of
 * <plan> (its slug, as in /plans/<slug>/) that the theme tagger is least sure of, with its guess, and appends the
 * reader's answers to scripts/data/theme-labels.tsv under the labelling policy written at its top. The next
 * `npm run build` trains the model on them, so every later plan is tagged better.
 *
 * Answers: Enter accepts the guess (the assigned themes); theme numbers or slugs ("2 7" or "data-elements") give the
 * themes; "-" records that the clause has none; "s" skips it; "q" stops (answers given so far are kept).
 * Reads content/ (run `npm run ingest` after adding the plan; --content <dir> for another). Answers may be piped in,
 * one a line.
 */
import fs from 'node:fs';
import readline from 'node:readline/promises';
import { themes } from '~/data/themes';
import { loadClauses } from './lib/analyse/content';
import { CONFIDENT, POSSIBLE, modelInputs, trainingExamples, trainOn, type CorpusClause } from './lib/analyse/model/combine';
import { themeProbabilities } from './lib/analyse/model/model';
import { LABEL_FILE, loadLabels } from './lib/analyse/model/labels';
import { DEFAULT_QUESTIONS, labelLine, parseAnswer, pickQuestions } from './lib/analyse/model/labelling';

/** The policy lines of the label file's header (shown before the questions). */
const POLICY_LINE = /^# (?:Labelling policy|- |  )/u;
/** How much of a clause's text is shown. */
const SHOWN_CHARS = 600;

/** Options that take a value. */
const VALUED = new Set(['--count', '--content']);
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const plan = argv.find((a, i) => !a.startsWith('--') && !VALUED.has(argv[i - 1]));
const contentDir = option('--content') ?? 'content';
const count = option('--count') === undefined ? DEFAULT_QUESTIONS : Number(option('--count'));
if (!plan || !Number.isInteger(count) || count < 1) {
  console.error('usage: npm run label -- <plan slug> [--count N] [--content <dir>]');
  process.exit(1);
}
const clauses = loadClauses(contentDir) as unknown as CorpusClause[];
const own = clauses.map((c, i) => ({ c, i })).filter(({ c }) => c.plan === plan);
if (own.length === 0) {
  const plans = [...new Set(clauses.map((c) => c.plan))].join(', ');
  console.error(`label: no plan "${plan}" in ${contentDir}/ (run \`npm run ingest\` after adding it); plans: ${plans}`);
  process.exit(1);
}

const labels = loadLabels();
const inputs = modelInputs(clauses);
const model = trainOn(trainingExamples(labels, clauses, inputs));
const silent = (i: number) => inputs[i].evidence.mode === 'silent';
const probabilities = new Map(own.map(({ c, i }) => [c.id, model && !silent(i) ? themeProbabilities(model, inputs[i]) : null]));
const labelled = new Set(labels.filter((l) => l.plan === plan).map((l) => l.clause));
const ids = pickQuestions(own.map(({ c }) => ({ id: c.id, probabilities: probabilities.get(c.id)! })), labelled, count);
if (!model) console.log('No labelled clause to learn from yet: the guesses are the rules\' alone.');
if (ids.length === 0) {
  console.log(`label: every clause of ${plan} that can take a theme is labelled already.`);
  process.exit(0);
}

const policy = fs.readFileSync(LABEL_FILE, 'utf8').split('\n').filter((l) => POLICY_LINE.test(l));
console.log(policy.map((l) => l.slice(2)).join('\n'));
console.log(`\nThemes: ${themes.map((t, k) => `${k + 1} ${t.label}`).join(' · ')}`);
console.log('Enter = accept the guess · numbers or slugs = the themes · - = none · s = skip · q = stop\n');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const lines = rl[Symbol.asyncIterator]();
const written: string[] = [];
for (const [n, id] of ids.entries()) {
  const clause = own.find(({ c }) => c.id === id)!.c;
  const p = probabilities.get(id)!;
  const ranked = themes.map((t, k) => ({ t, k, p: p[k] })).filter((x) => x.p >= POSSIBLE).sort((a, b) => b.p - a.p);
  const guess = ranked.filter((x) => x.p >= CONFIDENT).map((x) => x.t.slug);
  console.log(`— ${n + 1}/${ids.length}  ${plan} ${id}  ${[...clause.context, clause.heading ?? ''].filter(Boolean).join(' › ')}`);
  console.log(clause.text.length > SHOWN_CHARS ? `${clause.text.slice(0, SHOWN_CHARS)}…` : clause.text);
  console.log(`guess: ${ranked.map((x) => `${x.k + 1} ${x.t.label} ${x.p.toFixed(2)}`).join(' · ') || '(no theme)'}`);
  let answer = null;
  while (!answer) {
    process.stdout.write('> ');
    const next = await lines.next();
    if (next.done) break;
    const a = parseAnswer(next.value, guess);
    if (a.kind === 'invalid') console.log(a.message);
    else answer = a;
  }
  if (!answer || answer.kind === 'quit') break;
  if (answer.kind === 'skip') continue;
  written.push(labelLine(plan, clause, answer.themes));
  console.log(`recorded: ${answer.themes.join(', ') || '(none)'}\n`);
}
rl.close();
if (written.length) {
  const text = fs.readFileSync(LABEL_FILE, 'utf8');
  fs.writeFileSync(LABEL_FILE, `${text}${text.endsWith('\n') ? '' : '\n'}${written.join('\n')}\n`);
}
console.log(`label: ${written.length} answer(s) added to scripts/data/theme-labels.tsv; \`npm run build\` trains the tagger on them.`);
