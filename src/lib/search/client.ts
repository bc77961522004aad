/**
 * The search page's script (bundled by Astro from src/pages/search/index.astro). Reads ?q= (and facet
 * parameters), runs the engine, renders results with safe DOM text nodes (document text never becomes HTML),
 * and keeps the URL in step with the query (history.replaceState).
 *
 * Contract for tests: `[data-search-results]` has aria-busy="true" while searching and "false" when complete,
 * plus data-search-query (the query it shows) and data-search-total (exact matches after filters); each result
 * is an <a> to the clause's permalink.
 */
import type { PlanDetails } from './build';
import { SearchEngine, type Hit, type SearchOutcome } from './engine';
import { excerpt } from './excerpt';
import {
  applySelection,
  emptySelection,
  FACET_KEYS,
  FACET_LABELS,
  facetCounts,
  type FacetContext,
  type FacetKey,
  type Selection,
} from './facets';

/** Results shown at once; "显示更多" adds this many more. */
export const PAGE_SIZE = 50;
/** Wait this long after typing stops before searching (submit searches at once). */
const TYPING_DELAY_MS = 200;
const QUERY_PARAM = 'q';
/** Screens narrow enough that facets are folded by default. */
const NARROW = window.matchMedia('(max-width: 48rem)');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.append(document.createTextNode(text));
  return node;
}

function need<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: missing ${selector}`);
  return node;
}

const quote = (terms: readonly string[]) => terms.map((t) => `「${t}」`).join('');
/** The query's terms as the reader typed them (echoed back unfolded: "5G" stays "5G"). */
const typedTerms = (q: string) => q.trim().split(/\s+/u).filter(Boolean);

function start(root: HTMLElement): void {
  const indexBase = root.dataset.searchIndex ?? '/search/idx/';
  const form = need<HTMLFormElement>(root, '[data-search-form]');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const status = need<HTMLElement>(root, '[data-search-status]');
  const list = need<HTMLOListElement>(root, '[data-search-results]');
  const more = need<HTMLButtonElement>(root, '[data-search-more]');
  const facetsBox = need<HTMLElement>(root, '[data-search-facets]');
  const partialBox = need<HTMLDetailsElement>(root, '[data-search-partial]');
  const partialSummary = need<HTMLElement>(partialBox, 'summary');
  const partialList = need<HTMLOListElement>(partialBox, 'ol');
  const planBox = need<HTMLElement>(root, '[data-search-plans]');
  const planList = need<HTMLOListElement>(planBox, 'ol');
  const planHeading = need<HTMLElement>(planBox, 'h2');
  const planMore = need<HTMLButtonElement>(planBox, '[data-search-plans-more]');
  const adviceBox = need<HTMLElement>(root, '[data-search-advice]');
  const examplesBox = root.querySelector<HTMLElement>('[data-search-examples]');

  let engine: Promise<SearchEngine> | null = null;
  const open = () =>
    (engine ??= SearchEngine.open(async (path) => {
      const res = await fetch(indexBase + path);
      if (!res.ok) throw new Error(`${res.status} ${path}`);
      return new Uint8Array(await res.arrayBuffer());
    }).catch((e: unknown) => {
      engine = null;
      throw e;
    }));

  let generation = 0;
  let outcome: SearchOutcome | null = null;
  let ctx: FacetContext | null = null;
  let filtered: Hit[] = [];
  let shown = 0;
  let selection: Selection = emptySelection();
  let query = '';
  let started = 0;
  /** Whether the reader opened or closed the facet panel (null: not yet, use the screen width). */
  let facetsOpen: boolean | null = null;
  /** Plans found by their metadata for the current query. */
  let planHits = 0;

  const params = new URLSearchParams(location.search);
  for (const key of FACET_KEYS) selection[key] = new Set(params.getAll(key));

  function syncUrl(): void {
    const next = new URLSearchParams();
    if (query.trim()) next.set(QUERY_PARAM, query);
    for (const key of FACET_KEYS) for (const v of selection[key]) next.append(key, v);
    const search = next.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  function busy(on: boolean): void {
    list.setAttribute('aria-busy', on ? 'true' : 'false');
    if (on) root.dataset.searchState = 'busy';
  }

  function done(): void {
    list.dataset.searchQuery = query;
    list.dataset.searchTotal = String(filtered.length);
    list.dataset.searchMs = (performance.now() - started).toFixed(1);
    root.dataset.searchState = 'done';
    busy(false);
  }

  async function renderHits(target: HTMLOListElement, hits: readonly Hit[], gen: number): Promise<boolean> {
    const eng = await open();
    const data = await eng.clauseData(hits.map((h) => h.clause));
    if (gen !== generation || !outcome) return false;
    const terms = outcome.terms;
    const frag = document.createDocumentFragment();
    for (const hit of hits) {
      const c = data.get(hit.clause);
      const plan = eng.plans[hit.plan];
      if (!c || !plan) continue;
      const li = el('li', { class: 'hit' });
      const a = el('a', { href: c.url, class: 'hit-link' });
      a.append(el('span', { class: 'hit-city' }, plan.city), ' ', el('span', { class: 'hit-plan' }, plan.label), ' · ', el('span', { class: 'hit-pinpoint' }, c.pinpoint));
      li.append(a, el('p', { class: 'hit-title' }, c.planTitle));
      const p = el('p', { class: 'hit-excerpt' });
      for (const seg of excerpt(c.text, terms)) p.append(seg.mark ? el('mark', {}, seg.text) : document.createTextNode(seg.text));
      li.append(p);
      frag.append(li);
    }
    target.append(frag);
    return true;
  }

  async function showMore(gen: number): Promise<void> {
    const next = filtered.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    more.hidden = true;
    if (!(await renderHits(list, next, gen))) return;
    more.hidden = shown >= filtered.length;
    more.textContent = `显示更多（还有 ${filtered.length - shown} 条）`;
  }

  function renderFacets(): void {
    facetsBox.replaceChildren();
    if (!outcome || !ctx || outcome.exact.length === 0) {
      facetsBox.hidden = true;
      return;
    }
    facetsBox.hidden = false;
    // A disclosure, open on wide screens and folded on phones (so results come first), kept as the reader left it.
    const panel = el('details', { class: 'facets-panel' });
    panel.open = facetsOpen ?? !NARROW.matches;
    panel.addEventListener('toggle', () => (facetsOpen = panel.open));
    panel.append(el('summary', { class: 'facets-title' }, '筛选'));
    facetsBox.append(panel);
    const counts = facetCounts(outcome.exact, selection, ctx);
    for (const key of FACET_KEYS) {
      if (counts[key].length === 0) continue;
      const fs = el('fieldset', { class: 'facet', 'data-facet': key });
      fs.append(el('legend', {}, FACET_LABELS[key]));
      for (const v of counts[key]) {
        const id = `facet-${key}-${v.value}`;
        const box = el('input', { type: 'checkbox', id, name: key, value: v.value });
        box.checked = v.selected;
        const label = el('label', { for: id });
        label.append(box, ` ${v.label} `, el('span', { class: 'facet-count' }, `(${v.count})`));
        fs.append(label);
      }
      panel.append(fs);
    }
  }

  async function applyFilters(gen: number): Promise<void> {
    if (!outcome || !ctx) return;
    filtered = applySelection(outcome.exact, selection, ctx);
    shown = 0;
    list.replaceChildren();
    renderFacets();
    const terms = quote(typedTerms(query));
    const filteredNote = filtered.length !== outcome.exact.length ? `（筛选后 ${filtered.length} 条）` : '';
    if (outcome.exact.length === 0 && planHits > 0) {
      status.textContent = `条款正文中没有${terms}；下列规划的标题、文号或发文机关中有。`;
    } else if (outcome.exact.length === 0) {
      status.textContent =
        outcome.terms.length > 1 ? `没有条款同时包含${terms}。` : `没有条款包含${terms}：全部规划中均未出现这一表述。`;
    } else {
      const cities = new Set(outcome.exact.map((h) => ctx!.plans[h.plan]!.city)).size;
      const plans = new Set(outcome.exact.map((h) => h.plan)).size;
      status.textContent = `${outcome.terms.length > 1 ? '同时包含' : '包含'}${terms}的条款共 ${outcome.exact.length} 条${filteredNote}，见于 ${cities} 个城市的 ${plans} 份规划；按规划由新到旧、条款先后排列。`;
    }
    await showMore(gen);
  }

  /** Plans found by the current query; the first `plansShown` are listed. */
  let foundPlans: readonly number[] = [];
  let plansShown = 0;

  /** Plans found by their own metadata (title, 文号, issuer …), shown as a group above the clauses, PAGE_SIZE at a time. */
  function renderPlans(eng: SearchEngine, found: readonly number[], details: ReadonlyMap<number, PlanDetails>): void {
    planList.replaceChildren();
    foundPlans = found;
    plansShown = 0;
    planHits = found.length;
    planBox.hidden = found.length === 0;
    planHeading.textContent = `规划（${found.length} 份）`;
    appendPlans(eng, details);
  }

  /** List the next page of found plans (their details already fetched). */
  function appendPlans(eng: SearchEngine, details: ReadonlyMap<number, PlanDetails>): void {
    const next = foundPlans.slice(plansShown, plansShown + PAGE_SIZE);
    plansShown += next.length;
    planMore.hidden = plansShown >= foundPlans.length;
    planMore.textContent = `显示更多规划（还有 ${foundPlans.length - plansShown} 份）`;
    for (const i of next) {
      const p = details.get(i)!;
      const li = el('li', { class: 'hit' });
      li.append(el('a', { href: p.url, class: 'hit-link' }, p.title));
      const facts = [eng.plans[i]!.city, p.docNumber ?? '文号未知', p.issuer ?? '发文机关未知'];
      li.append(el('p', { class: 'hit-title' }, facts.join(' · ')));
      planList.append(li);
    }
  }

  /** When nothing matched: the pieces of each term the plans do use, and the themes to browse instead. */
  async function renderAdvice(eng: SearchEngine, gen: number): Promise<void> {
    adviceBox.replaceChildren();
    adviceBox.hidden = true;
    if (!outcome || outcome.exact.length > 0 || !planBox.hidden) return;
    const pieces = (await Promise.all(eng.terms(query).map((t) => eng.suggest(t)))).flat();
    if (gen !== generation) return;
    if (pieces.length > 0) {
      const p = el('p', {}, '原文中出现的相近表述：');
      pieces.forEach((piece, i) => {
        if (i > 0) p.append('、');
        const a = el('a', { href: `?${QUERY_PARAM}=${encodeURIComponent(piece.term)}` }, piece.term);
        p.append(a, el('span', { class: 'facet-count' }, `（${piece.count} 条）`));
      });
      adviceBox.append(p);
    }
    const themes = el('p', {}, '或按主题浏览：');
    eng.manifest.themes.forEach((t, i) => {
      if (i > 0) themes.append('、');
      themes.append(el('a', { href: `/themes/${t.slug}/` }, t.label));
    });
    adviceBox.append(themes);
    adviceBox.hidden = false;
  }

  function renderPartial(): void {
    partialList.replaceChildren();
    partialBox.open = false;
    const n = outcome?.partial.length ?? 0;
    partialBox.hidden = n === 0;
    partialSummary.textContent = `部分匹配：只含部分检索词的条款 ${n} 条（不计入上面的结果）`;
  }

  partialBox.addEventListener('toggle', () => {
    if (!partialBox.open || partialList.childElementCount > 0 || !outcome) return;
    void renderHits(partialList, outcome.partial.slice(0, PAGE_SIZE), generation);
  });

  async function run(q: string): Promise<void> {
    const gen = ++generation;
    query = q;
    started = performance.now();
    busy(true);
    syncUrl();
    try {
      const eng = await open();
      if (!q.trim()) {
        outcome = null;
        list.replaceChildren();
        status.textContent = '';
        more.hidden = true;
        facetsBox.hidden = true;
        partialBox.hidden = true;
        planBox.hidden = true;
        planHits = 0;
        adviceBox.hidden = true;
        if (examplesBox) examplesBox.hidden = false;
        document.documentElement.classList.remove('search-has-query');
        filtered = [];
        done();
        return;
      }
      const [result, plansFound] = await Promise.all([eng.search(q), eng.searchPlans(q)]);
      const details = await eng.planDetails(plansFound.slice(0, PAGE_SIZE));
      if (gen !== generation) return;
      outcome = result;
      ctx = { plans: eng.plans, themes: eng.manifest.themes, themesOf: (clause) => eng.themesOf(clause) };
      if (examplesBox) examplesBox.hidden = true;
      renderPlans(eng, plansFound, details);
      renderPartial();
      await applyFilters(gen);
      await renderAdvice(eng, gen);
      if (gen === generation) done();
    } catch (e) {
      if (gen !== generation) return;
      status.textContent = `检索索引加载失败（${e instanceof Error ? e.message : String(e)}），请刷新重试。`;
      done();
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A new query starts unfiltered; facet choices belong to the query they were made on. */
  const runTyped = (q: string) => {
    if (q !== query) selection = emptySelection();
    void run(q);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => runTyped(input.value), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(timer);
    runTyped(input.value);
  });
  facetsBox.addEventListener('change', (ev) => {
    const box = ev.target;
    if (!(box instanceof HTMLInputElement) || !outcome) return;
    const key = box.name as FacetKey;
    const next = new Set(selection[key]);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    selection = { ...selection, [key]: next };
    syncUrl();
    const gen = ++generation;
    started = performance.now();
    busy(true);
    void applyFilters(gen).then(() => {
      if (gen !== generation) return;
      done();
      facetsBox.querySelector<HTMLInputElement>(`#${CSS.escape(box.id)}`)?.focus();
    });
  });
  planMore.addEventListener('click', () => {
    const gen = generation;
    const firstNew = plansShown;
    busy(true);
    void open().then(async (eng) => {
      const details = await eng.planDetails(foundPlans.slice(plansShown, plansShown + PAGE_SIZE));
      if (gen !== generation) return;
      appendPlans(eng, details);
      done();
      planList.children[firstNew]?.querySelector('a')?.focus();
    });
  });
  more.addEventListener('click', () => {
    const gen = generation;
    const firstNew = shown;
    busy(true);
    void showMore(gen).then(() => {
      if (gen !== generation) return;
      done();
      list.children[firstNew]?.querySelector('a')?.focus();
    });
  });

  const initial = params.get(QUERY_PARAM) ?? '';
  input.value = initial;
  if (initial.trim()) void run(initial);
  else done();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
