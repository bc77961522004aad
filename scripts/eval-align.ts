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
 * When a second reading exists (scripts/data/align-second.tsv: the same later clauses labelled again, blind, by other
 * readers; format in align-eval.ts parseSecond), it also prints how far the two readers agree — the ceiling of any
 * figure measured against one of them — and the aligner against the second reading and against both (right where
 * either reader pairs, found of what both pair), with every pair only one reader makes.
 *
 * Options: --gold <file> (default scripts/data/align-gold.tsv), --second <file> (default
 * scripts/data/align-second.tsv; skipped when absent), --content <dir> (default content).
 */
import fs from 'node:fs';
import { ALIGN_PARAMS, CONFIDENCE_FIT, confidenceFormula, confidenceOf, MIN_CONFIDENCE, type AlignParams } from '~/lib/changes/align';
import { asLinks, calibrate, combineReadings, FIT_START, fitParams, judgedLinkScores, ofPairing, scoreAlignment, scorePairings, type AlignScore, type GoldPair, type Pairing } from './lib/analyse/align-eval';
import { heldOut as holdOut, loadAlignGold, pool } from './lib/analyse/align-gold';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const file = arg('gold', 'scripts/data/align-gold.tsv');
const contentDir = arg('content', 'content');
const secondFile = arg('second', 'scripts/data/align-second.tsv');

try {
  const { gold, pairings, second: readSecond } = loadAlignGold(file, contentDir);

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
  const heldOut = holdOut(pairings).map((h) => ({ p: h.pairing, chosen: h.chosen, score: h.score(), against: h.score }));
  for (const h of heldOut) console.log(row(name(h.p), h.score));
  const pooled = pool(heldOut.map((h) => h.score));
  console.log(`| **all, held out** | ${pooled.judged} | ${pooled.correct} | **${f(pooled.correct / pooled.judged)}** | ${pooled.pairs} | ${pooled.found} | **${f(pooled.found / pooled.pairs)}** |`);
  for (const h of heldOut) console.log(`  chosen without ${name(h.p)}: ${params(h.chosen)}`);
  const refit = fitParams(pairings, FIT_START);
  console.log(`  chosen on all three: ${params(refit)}${JSON.stringify(refit) === JSON.stringify(ALIGN_PARAMS) ? ' (= ALIGN_PARAMS)' : ' — differs from ALIGN_PARAMS'}`);

  if (fs.existsSync(secondFile)) {
    const second = readSecond(secondFile);
    const { sure, possible } = combineReadings(gold, second);
    const readers = scoreAlignment(gold, asLinks(second));
    const against = (g: readonly GoldPair[]) => ({
      site: scorePairings(pairings.map((p) => ({ ...p, gold: ofPairing(g, p) })), ALIGN_PARAMS, CONFIDENCE_FIT),
      heldOut: pool(heldOut.map((h) => h.against(g))),
    });
    const vsSecond = against(second);
    const [vsSure, vsPossible] = [against(sure), against(possible)];
    const lenient = combineReadings(gold, second, { lenient: true });
    const vsLenient = against(lenient.sure);
    const pr = (p: number, r: number) => `| ${f(p)} | ${f(r)} |`;
    console.log(`\nTwo readers — ${secondFile}: the same later clauses read again, blind, by other readers under the gold file's rules (${second.filter((g) => g.label === 'pair').length} pairs); what they agree on is the ceiling of any figure against one of them:\n`);
    console.log('| measured | precision | recall |\n|---|---:|---:|');
    console.log(`| the second reading against the gold file (a reader as the aligner) ${pr(readers.precision, readers.recall)}`);
    console.log(`| the aligner against the second reading: in-sample / held out | ${f(vsSecond.site.precision)} / ${f(vsSecond.heldOut.precision)} | ${f(vsSecond.site.recall)} / ${f(vsSecond.heldOut.recall)} |`);
    console.log(`| the aligner against both (right when either reader pairs, ${possible.filter((g) => g.label === 'pair').length}; found of what both pair, ${sure.filter((g) => g.label === 'pair').length}): in-sample / held out | ${f(vsPossible.site.precision)} / ${f(vsPossible.heldOut.precision)} | ${f(vsSure.site.recall)} / ${f(vsSure.heldOut.recall)} |`);
    console.log(`| the same, lenient (R7: a pair either reader marks weak is not required; found of ${lenient.sure.filter((g) => g.label === 'pair').length}): in-sample / held out | ${f(vsPossible.site.precision)} / ${f(vsPossible.heldOut.precision)} | ${f(vsLenient.site.recall)} / ${f(vsLenient.heldOut.recall)} |`);
    console.log(`\nPairs only the gold file makes (${readers.missed.length}):`);
    for (const g of readers.missed) console.log(`  ${g.earlierPlan} ${g.earlier} → ${g.laterPlan} ${g.later}`);
    console.log(`Pairs only the second reading makes (${readers.wrong.length}):`);
    for (const w of readers.wrong) console.log(`  ${w.earlierPlan} ${w.earlier} → ${w.laterPlan} ${w.later}  (gold: ${w.label})`);
  }

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
