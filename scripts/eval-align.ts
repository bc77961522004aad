/**
 * `npm run eval:align` — precision and recall of the clause alignment (src/lib/changes/align.ts) against the gold
 * alignment labelled by hand (scripts/data/align-gold.tsv; format and definitions in scripts/lib/analyse/align-eval.ts),
 * on the generated clauses (content/clauses), aligned exactly as the build aligns them. Prints the figures per pair of
 * plans and overall with the parameters the site uses (ALIGN_PARAMS: chosen on all three pairings, so in-sample),
 * then the held-out figures — leave one pairing out: the parameters and the confidence curve chosen (fitParams,
 * calibrate) on the other two pairings, scored on the one left out — then the confidence curve and how it holds, then every wrong link and every missed pair of the site's
 * parameters, and the parameters a fit on every pairing would choose (to compare with ALIGN_PARAMS). Exit code 1 if
 * the gold file cannot be read.
 *
 * Options: --gold <file> (default scripts/data/align-gold.tsv), --content <dir> (default content).
 */
import fs from 'node:fs';
import { ALIGN_PARAMS, CONFIDENCE_FIT, confidenceFormula, confidenceOf, MIN_CONFIDENCE, pairEvidence, type AlignParams } from '~/lib/changes/align';
import { taskItemOf, taskLinks } from '~/lib/decomposition';
import { calibrate, FIT_START, fitParams, goldPairs, judgedLinkScores, parseGold, scorePairings, type AlignScore, type Pairing } from './lib/analyse/align-eval';
import { loadClauses, loadPlans } from './lib/analyse/content';
import { decompose } from './lib/analyse/decompose';
import { departmentNames, registerDepartments } from './lib/analyse/terms';
import { corpusUnits } from './lib/analyse/units';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const file = arg('gold', 'scripts/data/align-gold.tsv');
const contentDir = arg('content', 'content');

try {
  if (!fs.existsSync(file)) throw new Error(`${file} not found`);
  const clauses = loadClauses(contentDir);
  const plans = loadPlans(contentDir);
  if (clauses.length === 0) throw new Error(`no clauses under ${contentDir} — run \`npm run ingest\` first`);
  const departments = departmentNames(clauses);
  registerDepartments(departments);
  const decomposition = decompose(plans, clauses);
  const links = taskLinks(decomposition);
  const units = corpusUnits(plans, clauses, decomposition, departments);
  const known = new Set(clauses.map((c) => `${c.plan}/${c.id}`));
  const asCommitment = (plan: string, id: string) => (known.has(`${plan}/${id}`) ? (taskItemOf(links, { plan, id }) ?? id) : null);

  const gold = goldPairs(parseGold(fs.readFileSync(file, 'utf8'), file), asCommitment, file);
  const planPairs = [...new Set(gold.map((g) => `${g.earlierPlan}\u0000${g.laterPlan}`))].sort().map((k) => k.split('\u0000') as [string, string]);
  const pairings: Pairing[] = planPairs.map(([earlierPlan, laterPlan]) => {
    const [earlier, later] = [units.plans[earlierPlan], units.plans[laterPlan]];
    if (!earlier || !later) throw new Error(`${file}: unknown plan ${earlier ? laterPlan : earlierPlan}`);
    const own = gold.filter((g) => g.earlierPlan === earlierPlan && g.laterPlan === laterPlan);
    return { earlierPlan, laterPlan, earlier, later, evidence: pairEvidence(earlier, later), gold: own };
  });

  const f = (x: number) => x.toFixed(2);
  const name = (p: Pairing) => `${p.earlierPlan} → ${p.laterPlan}`;
  const row = (label: string, s: AlignScore) => `| ${label} | ${s.judged} | ${s.correct} | ${f(s.precision)} | ${s.pairs} | ${s.found} | ${f(s.recall)} |`;
  const head = ['| earlier → later | links judged | correct | precision | gold pairs | linked | recall |', '|---|---:|---:|---:|---:|---:|---:|'];
  const params = (p: AlignParams) => Object.entries(p).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`eval:align — ${file}: ${gold.filter((g) => g.label === 'pair').length} pairs, ${gold.filter((g) => g.label === 'non-pair').length} non-pairs (as commitments: task-table rows read as the item they restate)`);
  console.log('precision = share of the aligner’s links from labelled later clauses that are gold pairs; recall = share of gold pairs linked\n');

  console.log(`In-sample — the site's parameters (${params(ALIGN_PARAMS)}), chosen on all three pairings:\n`);
  console.log(head.join('\n'));
  for (const p of pairings) console.log(row(name(p), scorePairings([p], ALIGN_PARAMS, CONFIDENCE_FIT)));
  const all = scorePairings(pairings, ALIGN_PARAMS, CONFIDENCE_FIT);
  console.log(row('**all**', all));

  console.log('\nHeld out — leave one pairing out: parameters chosen on the other two, scored on this one:\n');
  console.log(head.join('\n'));
  const heldOut = pairings.map((p) => {
    const train = pairings.filter((q) => q !== p);
    const chosen = fitParams(train, FIT_START);
    return { p, chosen, score: scorePairings([p], chosen, calibrate(train, chosen)) };
  });
  for (const h of heldOut) console.log(row(name(h.p), h.score));
  const sum = (k: 'judged' | 'correct' | 'pairs' | 'found') => heldOut.reduce((n, h) => n + h.score[k], 0);
  const pooled = { judged: sum('judged'), correct: sum('correct'), pairs: sum('pairs'), found: sum('found') };
  console.log(`| **all, held out** | ${pooled.judged} | ${pooled.correct} | **${f(pooled.correct / pooled.judged)}** | ${pooled.pairs} | ${pooled.found} | **${f(pooled.found / pooled.pairs)}** |`);
  for (const h of heldOut) console.log(`  chosen without ${name(h.p)}: ${params(h.chosen)}`);
  const refit = fitParams(pairings, FIT_START);
  console.log(`  chosen on all three: ${params(refit)}${JSON.stringify(refit) === JSON.stringify(ALIGN_PARAMS) ? ' (= ALIGN_PARAMS)' : ' — differs from ALIGN_PARAMS'}`);

  const judged = judgedLinkScores(pairings, ALIGN_PARAMS);
  const fit = calibrate(pairings, ALIGN_PARAMS);
  const same = fit.slope === CONFIDENCE_FIT.slope && fit.intercept === CONFIDENCE_FIT.intercept;
  console.log(`\nConfidence = ${confidenceFormula()}; a fit on the ${judged.length} judged links the rules make gives slope ${fit.slope}, intercept ${fit.intercept}${same ? ' (= CONFIDENCE_FIT)' : ' — differs from CONFIDENCE_FIT'}. How it holds (in-sample; links below ${MIN_CONFIDENCE} are not shown):\n`);
  console.log('| confidence shown | links | mean confidence | share right |\n|---|---:|---:|---:|');
  for (const [lo, hi] of [[0, MIN_CONFIDENCE], [MIN_CONFIDENCE, 0.7], [0.7, 0.85], [0.85, 1.01]]) {
    const band = judged.map((j) => ({ c: confidenceOf(j.score), right: j.right })).filter((j) => j.c >= lo && j.c < hi);
    if (band.length === 0) continue;
    const mean = band.reduce((n, j) => n + j.c, 0) / band.length;
    const label = hi === MIN_CONFIDENCE ? `below ${f(hi)} (not shown)` : `${f(lo)}–${f(Math.min(hi, 1))}`;
    console.log(`| ${label} | ${band.length} | ${f(mean)} | ${f(band.filter((j) => j.right).length / band.length)} |`);
  }

  if (all.wrong.length) {
    console.log('\nLinks that are not gold pairs (site parameters):');
    for (const w of all.wrong) console.log(`  ${w.earlierPlan} ${w.earlier} → ${w.laterPlan} ${w.later}  confidence ${w.confidence.toFixed(3)}  gold: ${w.label}`);
  }
  if (all.missed.length) {
    console.log('\nGold pairs not linked (site parameters):');
    for (const m of all.missed) console.log(`  ${m.earlierPlan} ${m.earlier} → ${m.laterPlan} ${m.later}`);
  }
} catch (err) {
  console.error(`eval:align: ${(err as Error).message}`);
  process.exit(1);
}
