/**
 * Where the site is deployed: its origin is configuration, not code. `SITE_URL` (environment) sets it — e.g.
 * `SITE_URL=https://policy.example.org npm run build` — and every absolute URL the build writes (citations,
 * BibTeX/RIS/CSL-JSON, canonical links, open data) uses it. Without it the build uses a placeholder that resolves
 * nowhere, and says so loudly: the pages still work (links are relative; copy buttons use the page's own origin at
 * run time), but the files readers download would cite an address that does not exist.
 */

/** The origin used when SITE_URL is not set: reserved (.example, RFC 2606), so it can never resolve. */
export const PLACEHOLDER_ORIGIN = 'https://policy-compare.example';

/**
 * The deployment origin from the environment: { site, placeholder }. Throws on a SITE_URL that is not an
 * http(s) origin (a path or query would make every permalink wrong).
 * @param {Record<string, string | undefined>} env
 */
export function siteOrigin(env) {
  const raw = env.SITE_URL?.trim();
  if (!raw) return { site: PLACEHOLDER_ORIGIN, placeholder: true };
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a URL: give the site's origin, e.g. SITE_URL=https://policy.example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL="${raw}" must be an http(s) origin with no path, e.g. https://policy.example.org`);
  return { site: url.origin, placeholder: url.origin === PLACEHOLDER_ORIGIN };
}

/** The warning printed at the end of a build that used the placeholder. */
export const PLACEHOLDER_WARNING = [
  '',
  '!'.repeat(78),
  `!! SITE_URL is not set: citations, BibTeX/RIS/CSL-JSON and open data cite ${PLACEHOLDER_ORIGIN},`,
  '!! an address that resolves nowhere. Fine for a local preview; for a deployment build with',
  '!!   SITE_URL=https://<your host> npm run build      (README, "Deploy")',
  '!'.repeat(78),
  '',
].join('\n');
