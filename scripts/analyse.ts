/**
 * `npm run analyse` (run by the build after ingest): reads the generated collections (content/clauses, content/plans)
 * and writes content/analysis/{keywords,similar,targets,departments,citations,decomposition,units,changes}.json, each checked against its schema
 * (src/schemas/, listed in src/lib/analysis/file.ts) — deterministic, first key "generated". Written to a temporary
 * directory first and swapped in, so a failure leaves no half-written output.
 *
 * From PROGRESS_FROM_PLANS plans on, the long stages show their progress on stderr (scripts/lib/progress.ts: one
 * line rewritten on a terminal, plain lines in CI and logs).
 *
 * Options: --content <dir> (default content).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ANALYSIS_FILES, analysisPath, analysisText, type AnalysisName } from '~/lib/analysis/file';
import { analyseCorpus } from './lib/analyse/analyse';
import { loadClauses, loadPlans } from './lib/analyse/content';
import { PROGRESS_FROM_PLANS, progress, silent } from './lib/progress';

const i = process.argv.indexOf('--content');
const contentDir = i >= 0 ? process.argv[i + 1] : 'content';
try {
  const clauses = loadClauses(contentDir);
  const plans = loadPlans(contentDir);
  if (clauses.length === 0) throw new Error(`no clauses under ${path.join(contentDir, 'clauses')} — run \`npm run ingest\` first`);
  const analysis = analyseCorpus(clauses, plans, plans.length >= PROGRESS_FROM_PLANS ? progress : silent);
  const outDir = path.join(contentDir, 'analysis');
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.mkdirSync(tmpDir, { recursive: true });
  try {
    for (const name of Object.keys(ANALYSIS_FILES) as AnalysisName[]) {
      // Exactly what the schema allows, in its key order; an error names the file and the field.
      fs.writeFileSync(path.join(tmpDir, `${name}.json`), analysisText(name, analysis[name], analysisPath(name, contentDir)));
    }
  } catch (err) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw err;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(tmpDir, outDir);
  console.log(`analyse: ${clauses.length} clauses, ${plans.length} plans → ${outDir}/ (${analysis.targets.targets.length} targets)`);
} catch (err) {
  console.error(`analyse: ${(err as Error).message}`);
  process.exit(1);
}
