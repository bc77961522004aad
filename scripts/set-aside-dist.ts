/**
 * First step of `npm run build`: sets the previous dist/ aside and deletes it in the background, so that
 * `astro build` finds no old output to empty (scripts/lib/set-aside.ts says why).
 *   usage: tsx scripts/set-aside-dist.ts [--wait]   (--wait: delete it before exiting)
 */
import { removeInBackground, removeNow, setAside } from './lib/set-aside';

const paths = setAside('.');
if (process.argv.includes('--wait')) removeNow(paths);
else removeInBackground(paths);
