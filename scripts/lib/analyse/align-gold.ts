/**
 * The gold alignment and its second reading read against the generated clauses, exactly as the build aligns them:
 * what `npm run eval:align` scores and what the tests check the site's stated figures against. Task-table rows are read
 * as the item they restate (src/lib/decomposition.ts), on both sides.
 */
import fs from 'node:fs';
import { pairEvidence, type AlignParams } from '~/lib/changes/align';
import { taskItemOf, taskLinks } from '~/lib/decomposition';
import { calibrate, FIT_START, fitParams, goldPairs, ofPairing, parseGold, parseSecond, scorePairings, secondPairs, type AlignScore, type GoldPair, type Pairing } from './align-eval';
import { loadClauses, loadPlans } from './content';
import { decompose } from './decompose';
import { departmentNames, registerDepartments } from './terms';
import { corpusUnits } from './units';

/** What the gold file and the clauses give: every pairing ready to score, and a reader for a second reading. */
export interface AlignGold {
  gold: GoldPair[];
  pairings: Pairing[];
  /** A second reading of the same later clauses as gold pairs (R8: every other earlier unit a non-pair). */
  second: (file: string) => GoldPair[];
}

/** Reads the gold file against the clauses under `contentDir`; an error names the file (and line) when it cannot. */
export function loadAlignGold(file: string, contentDir: string): AlignGold {
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
    return { earlierPlan, laterPlan, earlier, later, evidence: pairEvidence(earlier, later), gold: ofPairing(gold, { earlierPlan, laterPlan }) };
  });

  const second = (secondFile: string) => {
    const reading = parseSecond(fs.readFileSync(secondFile, 'utf8'), secondFile);
    const key = (ep: string, lp: string, later: string | null) => [ep, lp, later].join('\u0000');
    const read = new Set([...reading.read].map((r) => r.split('\u0000')).map(([ep, lp, c]) => key(ep, lp, asCommitment(lp, c))));
    const unread = [...new Set(gold.filter((g) => !read.has(key(g.earlierPlan, g.laterPlan, g.later))).map((g) => `${g.earlierPlan} → ${g.laterPlan} ${g.later}`))];
    if (unread.length) throw new Error(`${secondFile}: later clauses the gold file labels and the second reading does not read: ${unread.join(', ')}`);
    return secondPairs(reading, (plan) => units.plans[plan]?.map((u) => u.id) ?? [], asCommitment, secondFile);
  };
  return { gold, pairings, second };
}

/** A pairing's scores and the parameters chosen without it: leave one pairing out, fit on the others, score it. */
export interface HeldOut {
  pairing: Pairing;
  chosen: AlignParams;
  /** Scores it against its own gold pairs, or against `gold` (another reading) when given. */
  score: (gold?: readonly GoldPair[]) => AlignScore;
}

/** Every pairing held out in turn (the parameters and the confidence curve chosen on the other pairings). */
export function heldOut(pairings: readonly Pairing[]): HeldOut[] {
  return pairings.map((pairing) => {
    const train = pairings.filter((q) => q !== pairing);
    const chosen = fitParams(train, FIT_START);
    const fit = calibrate(train, chosen);
    return { pairing, chosen, score: (gold?: readonly GoldPair[]) => scorePairings([gold ? { ...pairing, gold: ofPairing(gold, pairing) } : pairing], chosen, fit) };
  });
}

/** Several pairings' scores as one: counts summed, precision and recall of the sums. */
export function pool(scores: readonly AlignScore[]): Pick<AlignScore, 'judged' | 'correct' | 'pairs' | 'found' | 'precision' | 'recall'> {
  const sum = (k: 'judged' | 'correct' | 'pairs' | 'found') => scores.reduce((n, s) => n + s[k], 0);
  const [judged, correct, pairs, found] = [sum('judged'), sum('correct'), sum('pairs'), sum('found')];
  return { judged, correct, pairs, found, precision: judged ? correct / judged : 0, recall: pairs ? found / pairs : 0 };
}
