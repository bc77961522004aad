/**
 * `npm run ingest` — regenerates content/ from seeds/. Bad input stops it with messages naming each file and
 * line, a non-zero exit, and content/ left as it was.
 *   usage: tsx scripts/ingest.ts [--seeds DIR] [--content DIR]
 */
import { resolve } from 'node:path';
import { run } from './lib/ingest/pipeline';
import { IngestError, IngestErrors } from './lib/ingest/errors';
import { PROGRESS_FROM_PLANS, progress, type Progress } from './lib/progress';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(opt('--root', '.'));

const bar: { shown: Progress | null } = { shown: null };
try {
  const summary = await run(root, opt('--seeds', 'seeds'), opt('--content', 'content'), (done, total) => {
    if (total < PROGRESS_FROM_PLANS) return;
    bar.shown ??= progress('ingest', total, 'plans');
    if (done > 0) bar.shown.tick();
  });
  bar.shown?.done();
  console.log(summary);
} catch (e) {
  if (e instanceof IngestErrors || e instanceof IngestError) {
    const list = e instanceof IngestErrors ? e.errors : [e];
    console.error(`ingest failed: ${list.length} problem${list.length > 1 ? 's' : ''}; content/ was not changed.`);
    for (const err of list) console.error(`  ✗ ${err.message}`);
  } else {
    console.error(`ingest failed unexpectedly: ${(e as Error).stack ?? e}`);
  }
  process.exit(1);
}
