/**
 * `npm run eval:align` — precision and recall of the clause alignment (src/lib/changes/align.ts) against the gold
 * alignment labelled by hand (scripts/data/align-gold.tsv; format and definitions in scripts/lib/analyse/align-eval.ts),
 * on the generated clauses (content/clauses), aligned exactly as the build aligns them. Prints the figures per pair of
 * plans and overall, then every wrong link and every missed pair. Exit code 1 if the gold file cannot be read.
 *
 * Options: --gold <file> (default scripts/data/align-gold.tsv), --content <dir> (default content).
 */
import fs from 'node:fs';
import { alignPlans } from '~/lib/changes/align';
import { taskItemOf, taskLinks } from '~/lib/decomposition';
import { goldPairs, parseGold, scoreAlignment, type PlanLinks } from './lib/analyse/align-eval';
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
  const aligned: PlanLinks[] = planPairs.map(([earlierPlan, laterPlan]) => {
    if (!units.plans[earlierPlan] || !units.plans[laterPlan]) throw new Error(`${file}: unknown plan ${units.plans[earlierPlan] ? laterPlan : earlierPlan}`);
    return { earlierPlan, laterPlan, links: alignPlans(units.plans[earlierPlan], units.plans[laterPlan]) };
  });

  const f = (x: number) => x.toFixed(2);
  console.log(`eval:align — ${file}: ${gold.filter((g) => g.label === 'pair').length} pairs, ${gold.filter((g) => g.label === 'non-pair').length} non-pairs (as commitments: task-table rows read as the item they restate)`);
  console.log('precision = share of the aligner’s links from labelled later clauses that are gold pairs; recall = share of gold pairs linked\n');
  console.log('| earlier → later | links judged | correct | precision | gold pairs | linked | recall |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const pl of aligned) {
    const s = scoreAlignment(gold.filter((g) => g.earlierPlan === pl.earlierPlan && g.laterPlan === pl.laterPlan), [pl]);
    console.log(`| ${pl.earlierPlan} → ${pl.laterPlan} | ${s.judged} | ${s.correct} | ${f(s.precision)} | ${s.pairs} | ${s.found} | ${f(s.recall)} |`);
  }
  const all = scoreAlignment(gold, aligned);
  console.log(`| **all** | ${all.judged} | ${all.correct} | **${f(all.precision)}** | ${all.pairs} | ${all.found} | **${f(all.recall)}** |`);
  if (all.wrong.length) {
    console.log('\nLinks that are not gold pairs:');
    for (const w of all.wrong) console.log(`  ${w.earlierPlan} ${w.earlier} → ${w.laterPlan} ${w.later}  confidence ${w.confidence.toFixed(3)}  gold: ${w.label}`);
  }
  if (all.missed.length) {
    console.log('\nGold pairs not linked:');
    for (const m of all.missed) console.log(`  ${m.earlierPlan} ${m.earlier} → ${m.laterPlan} ${m.later}`);
  }
} catch (err) {
  console.error(`eval:align: ${(err as Error).message}`);
  process.exit(1);
}
