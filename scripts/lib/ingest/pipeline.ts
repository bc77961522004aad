/**
 * The ingest pipeline, stage by stage: read/decode (or extract a PDF, Word or HTML file) → normalise → structure
 * (masthead, body) → identify → verify → tag → emit.
 * Each stage is one module of this folder; this file only strings them together and checks the corpus as a whole
 * (the same document twice, two plans with one slug).
 */
import { join } from 'node:path';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { clauseSchema, policyDocSchema } from '~/schemas/policy';
import { IngestError, IngestErrors } from './errors';
import { listSeedFiles, readSeed, type Seed } from './read';
import { normalizeLines } from './normalize';
import { masthead } from './masthead';
import { body } from './body';
import { planMeta } from './meta';
import { identify } from './identify';
import { verify, skeleton } from './verify';
import { tagCorpus } from '../analyse/model/combine';
import { loadLabels } from '../analyse/model/labels';
import { emit } from './emit';

export interface IngestedPlan {
  doc: PolicyDoc;
  clauses: Clause[];
  /** Where the seed's YAML overrides what the document states (reported, not an error). */
  overrides: string[];
}

/** Runs every stage but emit on one seed file (path relative to `root`); tags it on its own. */
export async function ingestSeed(root: string, file: string): Promise<IngestedPlan & { seed: Seed }> {
  return tag([await untagged(root, file)])[0];
}

/** Every stage before tag on one seed file. */
async function untagged(root: string, file: string): Promise<IngestedPlan & { seed: Seed }> {
  const seed = await readSeed(root, file); // read/decode, or extract
  const lines = normalizeLines(seed.lines); // normalise
  const head = masthead(lines); // structure: the front matter (page header, issuing notice, title)
  const struct = body(head, file); // structure: the body (parts, sections, items, annexes, tables)
  const { meta, overrides } = planMeta(seed, struct);
  const { doc, clauses } = identify(meta, struct); // identify
  verify(file, seed.lines, doc, clauses); // nothing lost, reordered or reworded
  const r = policyDocSchema.safeParse(doc);
  if (!r.success) throw new IngestError(file, `plan does not fit the model: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
  return { seed, doc, clauses, overrides: overrides.map((o) => `${seed.yamlFile}: ${o}`) };
}

/**
 * tag: the one taxonomy (src/data/themes.ts) through the analysis tagger — rules and a model trained on the committed
 * labels of the plans being ingested (scripts/lib/analyse/model/combine.ts), so every plan is tagged at once.
 */
function tag<P extends IngestedPlan & { seed: Seed }>(plans: P[]): P[] {
  const tags = tagCorpus(plans.flatMap((p) => p.clauses), loadLabels());
  let at = 0;
  return plans.map((p) => {
    const clauses = p.clauses.map((c) => ({ ...c, ...tags[at++] }));
    for (const c of clauses) {
      const r = clauseSchema.safeParse(c);
      if (!r.success) throw new IngestError(p.seed.file, `clause ${c.id} does not fit the model: ${r.error.issues[0].message}`, c.line);
    }
    return { ...p, clauses };
  });
}

/** Ingests every seed of `seedsDir` (relative to root); all errors are collected and reported together. `onSeed` is told of each seed done (build progress). */
export async function ingestAll(root: string, seedsDir = 'seeds', onSeed: (done: number, total: number) => void = () => {}): Promise<IngestedPlan[]> {
  const errors: IngestError[] = [];
  const plans: (IngestedPlan & { seed: Seed })[] = [];
  const files = listSeedFiles(join(root, seedsDir));
  if (!files.length) throw new IngestErrors([new IngestError(seedsDir, 'holds no seed files (*.txt, *.pdf, *.docx, *.html)')]);
  // Two files of one name (x.txt and x.pdf) would share one x.yaml.
  const byName = new Map<string, string>();
  for (const f of files) {
    const name = f.slice(0, f.lastIndexOf('.'));
    const other = byName.get(name);
    if (other) errors.push(new IngestError(`${seedsDir}/${f}`, `has the same name as ${seedsDir}/${other} (they would share ${seedsDir}/${name}.yaml); keep one of them`));
    else byName.set(name, f);
  }
  for (const [i, f] of files.entries()) {
    onSeed(i, files.length);
    if (errors.some((e) => e.file === `${seedsDir}/${f}`)) continue;
    try {
      plans.push(await untagged(root, `${seedsDir}/${f}`));
    } catch (e) {
      if (e instanceof IngestError) errors.push(e);
      else if (e instanceof IngestErrors) errors.push(...e.errors);
      else errors.push(new IngestError(`${seedsDir}/${f}`, `unexpected failure: ${(e as Error).message}`));
    }
  }
  onSeed(files.length, files.length);
  // The same document twice (byte-identical, or the same text once normalised).
  const seen = new Map<string, string>();
  for (const p of plans) {
    const key = skeleton(p.seed.lines.join('\n'));
    const other = seen.get(key);
    if (other) errors.push(new IngestError(p.seed.file, `is the same document as ${other}; remove one of them`));
    else seen.set(key, p.seed.file);
  }
  // Slug collisions (e.g. 泰州 and 台州 are both "taizhou"): never resolved by order, always reported.
  const slugs = new Map<string, string>();
  for (const p of plans) {
    const other = slugs.get(p.doc.slug);
    if (other) {
      errors.push(
        new IngestError(p.seed.yamlFile, `plan slug "${p.doc.slug}" is already taken by ${other}; set a distinct \`slug:\` in this YAML (e.g. with the province: "${p.doc.slug}-zj")`),
      );
    } else slugs.set(p.doc.slug, p.seed.file);
  }
  if (errors.length) throw new IngestErrors(errors);
  let tagged: typeof plans;
  try {
    tagged = tag(plans);
  } catch (e) {
    if (e instanceof IngestError) throw new IngestErrors([e]);
    throw e;
  }
  return tagged.map(({ doc, clauses, overrides }) => ({ doc, clauses, overrides })).sort((a, b) => (a.doc.slug < b.doc.slug ? -1 : 1));
}

/** Ingests and writes content/. Returns a summary: the YAML overrides, then one line of counts. */
export async function run(root: string, seedsDir = 'seeds', contentDir = 'content', onSeed?: (done: number, total: number) => void): Promise<string> {
  const plans = await ingestAll(root, seedsDir, onSeed);
  const { files } = emit(join(root, contentDir), plans);
  const clauses = plans.reduce((n, p) => n + p.clauses.length, 0);
  const overrides = plans.flatMap((p) => p.overrides.map((o) => `  note: ${o}`));
  return [...overrides, `ingest: ${plans.length} plans, ${clauses} clauses → ${contentDir}/ (${files} files)`].join('\n');
}
