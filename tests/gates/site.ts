/** The built site every gate reads (dist/, built by tests/setup/build.ts). */
import { loadSite, type Site } from '../../scripts/lib/checks/site';

let site: Site | undefined;
export function builtSite(): Site {
  return (site ??= loadSite(process.env.DIST_DIR ?? 'dist'));
}

export function clausesJson(): { id: string; plan: string; url: string; text: string; themes: string[] }[] {
  return JSON.parse(builtSite().text('data/clauses.json'));
}
