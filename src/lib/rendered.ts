/**
 * Render a component once per distinct input and reuse its HTML. Compare pages repeat the same clause cards on every
 * pair a plan is in (at 100 plans, each card on 99 pages); rendering each card once turns that quadratic cost into a
 * linear one. The HTML is Astro's own rendering of the component — document text in it went through Astro's {expr}
 * escaping like anywhere else — so inserting it again with set:html interprets nothing new (tests/inert.test.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

/**
 * Renders per container. Astro's container keeps a route for every render it has done (renderToResponse appends to
 * its manifest's routes and never removes one) and looks each new render's route up in that list from the start, so
 * one container for the whole build was quadratic: at 1,000 plans 39 s of the astro build in that look-up alone,
 * and the list held on to every card's route. A fresh container every so many renders keeps the list short.
 */
export const RENDERS_PER_CONTAINER = 500;

let container: Promise<AstroContainer> | null = null;
let renders = 0;
const cache = new Map<string, Promise<string>>();
/** In `astro dev` content changes under a running server, and keys do not say what a card says: render afresh there. */
const REUSE = !import.meta.env?.DEV;

/** The HTML of `component` with `props`, rendered on the first call for `key` and reused afterwards. */
export function renderOnce(key: string, component: Component, props: Record<string, unknown>, site?: URL): Promise<string> {
  let html = cache.get(key);
  if (!html) {
    if (renders++ % RENDERS_PER_CONTAINER === 0) container = null;
    container ??= AstroContainer.create({ astroConfig: { site: site?.href } });
    html = container.then((c) => c.renderToString(component, { props }));
    if (REUSE) cache.set(key, html);
  }
  return html;
}

/** A clause as the card cache needs it: its URL, its identity. */
interface Card {
  url: string;
}

/**
 * The HTML of a list of clause cards, each rendered once per (clause, highlighted terms) and reused on every page
 * that lists it — compare pages and theme pages show the same cards.
 */
export async function cardsHtml<C extends Card>(
  card: Component,
  clauses: readonly C[],
  terms: readonly string[],
  site?: URL,
  /** Further props of every card (part of the cache key). */
  options: Record<string, string | boolean> = {},
): Promise<string> {
  const termsKey = `${terms.join('\u0001')}\u0000${JSON.stringify(options)}`;
  const key = `cards\u0000${termsKey}\u0000${clauses.map((c) => c.url).join(' ')}`;
  let html = cache.get(key);
  if (!html) {
    html = Promise.all(clauses.map((clause) => renderOnce(`card\u0000${termsKey}\u0000${clause.url}`, card, { clause, terms, ...options }, site))).then((parts) => parts.join(''));
    if (REUSE) cache.set(key, html);
  }
  return html;
}
