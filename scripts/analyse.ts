/**
 * `npm run analyse` (run by the build after ingest): reads the generated collections (content/clauses, content/plans)
 * and writes content/analysis/{keywords,similar,targets,departments,citations}.json — deterministic, first key
 * "generated". Written to a temporary directory first and swapped in, so a failure leaves no half-written output.
 *
 * Options: --content <dir> (default content).
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyseCorpus } from './lib/analyse/analyse';
import { loadClauses, loadPlans } from './lib/analyse/content';

const i = process.argv.indexOf('--content');
const contentDir = i >= 0 ? process.argv[i + 1] : 'content';
try {
  const clauses = loadClauses(contentDir);
  const plans = loadPlans(contentDir);
  if (clauses.length === 0) throw new Error(`no clauses under ${path.join(contentDir, 'clauses')} — run \`npm run ingest\` first`);
  const analysis = analyseCorpus(clauses, plans);
  const outDir = path.join(contentDir, 'analysis');
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.mkdirSync(tmpDir, { recursive: true });
  for (const [name, data] of Object.entries(analysis)) {
    // The "generated" key opens every file, so its first line says the file is generated.
    fs.writeFileSync(path.join(tmpDir, `${name}.json`), `${JSON.stringify(data, null, 1).replace(/^\{\n /, '{')}\n`);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(tmpDir, outDir);
  const t = (analysis.targets as { targets: unknown[] }).targets.length;
  console.log(`analyse: ${clauses.length} clauses, ${plans.length} plans → ${outDir}/ (${t} targets)`);
} catch (err) {
  console.error(`analyse: ${(err as Error).message}`);
  process.exit(1);
}
