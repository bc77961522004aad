/**
 * The compare view (browser code of /compare/): any 2–4 plans side by side, theme by theme, read from their data
 * files (/data/plans/<slug>.json). The URL names the plans in canonical order (src/lib/compare.ts) so the view can
 * be shared and reloaded; a non-canonical one (other order, a form's repeated ?p=) is rewritten in place.
 * Two of the plans of one city are also aligned clause by clause: the comparison the build made for the city's
 * changes (/data/changes/pairs/<a>--<b>.json, src/lib/changes/data.ts), shaped by the same view code as a step page
 * (src/lib/changes/view.ts comparisonView) — no alignment runs here.
 * Every piece of document text goes into the page as a text node (textContent / createTextNode), never as HTML.
 */
import { compareByTheme, compareUrl, isSameCityPair, MAX_PLANS, MIN_PLANS, plansOfQuery, themeOfQuery } from '~/lib/compare';
import { CHANGE_KINDS, CHANGE_LABELS } from '~/lib/changes/summary';
import { comparisonOf, pairDataUrl } from '~/lib/changes/data';
import type { PairData } from '~/schemas/changes';
import { clauseAnchor, comparisonView, kindAnchor, type ClauseItem, type ComparisonView, type Lookups } from '~/lib/changes/view';
import { splitByTerms } from '~/lib/highlight';
import { formatDateZh, formatPeriod } from '~/lib/format';
import { planFileUrl, type PlanFile } from '~/lib/opendata';

interface ThemeConfig {
  slug: string;
  label: string;
  url: string;
  terms: string[];
}

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** Text with the theme's terms marked. */
function highlighted(text: string, terms: readonly string[]): Node[] {
  return splitByTerms(text, terms).map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

const UNKNOWN = '未知';
const planName = (p: PlanFile) => `${p.city} ${p.label}`;
const SIDE = ['甲', '乙', '丙', '丁'];

function planCard(p: PlanFile, i: number, others: readonly string[]): HTMLElement {
  const facts = [p.province && p.province !== p.city ? `${p.city}（${p.province}）` : p.city, p.kind ?? `类型${UNKNOWN}`, `规划期 ${formatPeriod(p.period) ?? UNKNOWN}`, `发文 ${p.issuer ?? UNKNOWN}`, formatDateZh(p.date) ?? '日期未知', `${p.clauseCount} 条`];
  return el(
    'div',
    { class: 'card' },
    el('p', { class: 'eyebrow' }, SIDE[i]),
    el('h2', {}, el('a', { href: p.url }, p.title)),
    el('p', {}, facts.join(' · ')),
    others.length >= MIN_PLANS ? el('p', { class: 'no-print' }, el('a', { href: compareUrl(others) }, '移出对比')) : null,
  );
}

function clauseCard(c: PlanFile['clauses'][number], terms: readonly string[]): HTMLElement {
  return el(
    'article',
    { class: 'clause-card' },
    el('p', { class: 'card-head' }, el('a', { href: c.url }, c.pinpoint)),
    el('div', { class: 'doc' }, ...c.text.split('\n').map((line) => el('p', {}, ...highlighted(line, terms)))),
    c.similar > 0 ? el('p', { class: 'similar no-print' }, el('a', { href: `${c.url}#similar-heading` }, `其他规划中的相近条款 ${c.similar} 条`)) : null,
  );
}

/** Two of the chosen plans of one city, earlier first as the build compared them, and their comparison. */
interface Aligned {
  data: PairData;
  view: ComparisonView;
}

/** The lookups comparisonView needs, from the plans' own data files. */
function lookupsOf(plans: readonly PlanFile[], themes: readonly ThemeConfig[]): Lookups {
  const byPlan = new Map(plans.map((p) => [p.slug, new Map(p.clauses.map((c) => [c.id, c]))]));
  return { clause: (plan, id) => byPlan.get(plan)?.get(id), themes: themes.map((t) => t.slug) };
}

/** Every pair of the chosen plans that shares a city, fetched; pairs without a file (none published) are skipped. */
async function alignedPairs(plans: readonly PlanFile[], themes: readonly ThemeConfig[]): Promise<Aligned[]> {
  const pairs = plans.flatMap((p, i) => plans.slice(i + 1).map((q) => [p, q] as const)).filter((pq) => isSameCityPair(pq));
  const lookups = lookupsOf(plans, themes);
  const found = await Promise.all(
    pairs.map(async ([p, q]) => {
      const response = await fetch(pairDataUrl(p.slug, q.slug)).catch(() => null);
      if (!response?.ok) return null;
      const data: PairData = await response.json();
      return { data, view: comparisonView(comparisonOf(data), lookups) };
    }),
  );
  return found.filter((x): x is Aligned => x !== null);
}

const clauseLink = (c: ClauseItem) => el('a', { href: c.url }, el('span', { class: 'pin' }, c.pinpoint), ' ', c.name);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const fmt = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** A word diff: kept words plain, removed struck through, added underlined, each marked for screen readers (comparison.css). */
function diffText(ops: ComparisonView['pairs'][number]['links'][number]['diff']): HTMLElement {
  return el(
    'p',
    { class: 'diff-text' },
    ...ops.map((o) => (o.op === '=' ? o.tokens.join('') : el(o.op === '-' ? 'del' : 'ins', {}, o.tokens.join('')))),
  );
}

/** Let the browser paint and take input before the next piece of the view is built. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Aligned pairs built per task: 48 pairs with their word diffs in one task held the main thread ≈ 0.3 s. */
const PAIRS_PER_TASK = 8;

/** One aligned pair: the later clause, and each earlier clause it continues with its word diff. */
function alignedPair(view: ComparisonView, p: ComparisonView['pairs'][number]): HTMLElement {
  return el(
    'li',
    { id: clauseAnchor(view.anchor, 'pair', p.later.id) },
    clauseLink(p.later),
    p.kind !== 'continued' ? el('span', { class: `flag kind-${p.kind}` }, CHANGE_LABELS[p.kind]) : null,
    el(
      'ul',
      {},
      ...p.links.map((l) =>
        el(
          'li',
          {},
          el('span', { class: 'muted' }, '延续 '),
          clauseLink(l.earlier),
          ' ',
          el('span', { class: 'confidence' }, `把握度 ${pct(l.confidence)}`),
          el('details', { class: 'diff' }, el('summary', {}, '逐词对照 ', el('span', { class: 'muted' }, `（用词保留 ${pct(l.kept)}）`)), diffText(l.diff)),
        ),
      ),
    ),
  );
}

/** Two plans of one city aligned clause by clause, as a step page of the city's changes shows them: the section
 * with its counts and lists at once, and `fill`, which adds the aligned pairs a few per task. */
function alignedSection({ data, view }: Aligned, nameOf: (slug: string) => string): { section: HTMLElement; fill: () => Promise<void> } {
  const from = nameOf(view.from);
  const to = nameOf(view.to);
  const count = (k: (typeof CHANGE_KINDS)[number]) => view.totals[k].length;
  const lists = (['new', 'raised', 'lowered', 'dropped'] as const).filter((k) => count(k) > 0);
  const pairs = view.pairs.length ? el('ol', { class: 'aligned-list' }) : null;
  const section = el(
    'section',
    { class: 'compare-changes', id: view.anchor, 'aria-labelledby': `${view.anchor}-h` },
    el('h2', { id: `${view.anchor}-h` }, `逐条对照：${to} 对比 ${from}`),
    el(
      'p',
      { class: 'muted' },
      '与城市“规划变化”页同一比对：后一份规划的条款有对应的为“延续”（量化目标调高或调低的为“目标提高”“目标降低”），无对应的为“新增”或“不再提及”；对应由程序判断，请点开条款核对。',
      ' ',
      data.page ? el('a', { href: data.page }, '打开对照页') : el('a', { href: data.changes }, '本市规划变化'),
    ),
    el(
      'ul',
      { class: 'change-counts' },
      ...CHANGE_KINDS.map((k) => el('li', { class: `kind-${k}` }, count(k) > 0 && (k !== 'continued' || view.pairs.length > 0) ? el('a', { href: `#${kindAnchor(view.anchor, k)}` }, `${CHANGE_LABELS[k]} `, el('strong', {}, String(count(k)))) : el('span', {}, `${CHANGE_LABELS[k]} `, el('strong', {}, String(count(k)))))),
    ),
    ...lists.map((k) =>
      el(
        'details',
        { class: `change-kind kind-${k}`, id: kindAnchor(view.anchor, k) },
        el('summary', {}, `${CHANGE_LABELS[k]} ${count(k)} 条`, el('span', { class: 'muted' }, k === 'dropped' ? `（${from} 中，${to} 未再提及）` : `（${to}）`)),
        k === 'raised' || k === 'lowered'
          ? el(
              'ul',
              { class: 'change-list' },
              ...view.moves
                .filter((m) => m.direction === k)
                .map((m) => el('li', {}, `${m.indicator}：`, el('a', { href: m.fromClause.url }, `${fmt(m.from.value)}${m.unit}`), ' → ', el('a', { href: m.toClause.url }, `${fmt(m.to.value)}${m.unit}`), ' · ', clauseLink(m.toClause))),
            )
          : el('ul', { class: 'change-list' }, ...view.totals[k].map((c) => el('li', { id: clauseAnchor(view.anchor, k === 'dropped' ? 'from' : 'to', c.id) }, clauseLink(c)))),
      ),
    ),
    pairs
      ? el(
          'details',
          { class: 'change-kind kind-continued', id: kindAnchor(view.anchor, 'continued'), open: '' },
          el('summary', {}, `逐条延续 ${view.pairs.length} 条`, el('span', { class: 'muted' }, `（每项为 ${to} 的条款，其下是它延续的 ${from} 条款；展开看逐词对照）`)),
          pairs,
        )
      : null,
  );
  const fill = async () => {
    for (let i = 0; pairs && i < view.pairs.length; i += PAIRS_PER_TASK) {
      pairs.append(...view.pairs.slice(i, i + PAIRS_PER_TASK).map((p) => alignedPair(view, p)));
      await nextTask();
    }
  };
  return { section, fill };
}

async function render(view: HTMLElement, plans: PlanFile[], themes: ThemeConfig[], aligned: readonly Aligned[] = []): Promise<void> {
  const { rows, silent } = compareByTheme(
    themes.map((t) => t.slug),
    plans.map((p) => p.clauses),
  );
  const theme = new Map(themes.map((t) => [t.slug, t]));
  const slugs = plans.map((p) => p.slug);
  const title = plans.map(planName).join(' 与 ');
  document.title = `对比：${title} · 政策对照`;
  const head = el('tr', {}, el('th', { scope: 'col' }, '主题'), ...plans.map((p, i) => el('th', { scope: 'col', class: 'num' }, `${SIDE[i]} ${planName(p)}`)));
  const overview = el(
    'table',
    { class: 'data-table compact' },
    el('thead', {}, head),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `#${r.theme}` }, theme.get(r.theme)!.label)), ...r.columns.map((col) => el('td', { class: 'num' }, col.length ? String(col.length) : '–'))),
      ),
    ),
  );
  const section = (r: (typeof rows)[number]) => {
    const t = theme.get(r.theme)!;
    return el(
      'section',
      { class: 'compare-row', id: r.theme, 'aria-labelledby': `h-${r.theme}` },
      el('h2', { id: `h-${r.theme}` }, el('a', { href: t.url }, t.label), ' ', el('span', { class: 'count' }, r.columns.map((col, i) => `${SIDE[i]} ${col.length}`).join(' · '))),
      el(
        'div',
        { class: 'compare-cols', style: `--cols:${plans.length}` },
        ...r.columns.map((col, i) =>
          el('div', {}, el('h3', {}, `${SIDE[i]} · ${planName(plans[i])}`), ...(col.length ? col.map((c) => clauseCard(c, t.terms)) : [el('p', { class: 'silent-note' }, '未涉及此主题。')])),
        ),
      ),
    );
  };
  const built = aligned.map((a) => alignedSection(a, (slug) => planName(plans.find((p) => p.slug === slug)!)));
  const parts: Child[] = [
    el('h2', { class: 'sr-only' }, `对比：${title}`),
    el('div', { class: 'compare-cols plan-cards', style: `--cols:${plans.length}` }, ...plans.map((p, i) => planCard(p, i, slugs.filter((s) => s !== p.slug)))),
    ...built.map((b) => b.section),
    el('h2', {}, '主题一览'),
    el('div', { class: 'scroll-x' }, overview),
    silent.length ? el('p', { class: 'muted' }, `均未涉及：${silent.map((s) => theme.get(s)!.label).join('、')}。`) : null,
  ];
  view.replaceChildren(...parts.filter((x): x is Node => x instanceof Node));
  // Aligned pairs a few per task and one theme's section per task, so the main thread is never held for the whole
  // comparison at once (Lighthouse's total blocking time was 0.4 s on two plans); the view stays aria-busy until the
  // last one is in.
  for (const b of built) await b.fill();
  for (const r of rows) {
    view.append(section(r));
    await nextTask();
  }
  const at = themeOfQuery(location.search) ?? (location.hash ? decodeURIComponent(location.hash.slice(1)) : '');
  if (at) document.getElementById(at)?.scrollIntoView();
}

async function load(slug: string): Promise<PlanFile> {
  const response = await fetch(planFileUrl(slug));
  if (!response.ok) throw new Error(slug);
  return response.json();
}

/** The picker: a checkbox beside each plan of the static list, the chosen plans, and the button that opens the view. */
function picker(form: HTMLFormElement, chosen: string[]): void {
  const status = form.querySelector<HTMLElement>('[data-chosen]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const boxes: HTMLInputElement[] = [];
  for (const link of form.querySelectorAll<HTMLAnchorElement>('a[data-p]')) {
    const box = el('input', { type: 'checkbox', name: 'p', value: link.dataset.p!, 'aria-label': `选择 ${link.dataset.name ?? link.textContent}` });
    box.checked = chosen.includes(box.value);
    link.before(box);
    boxes.push(box);
  }
  const update = () => {
    const on = boxes.filter((b) => b.checked);
    for (const b of boxes) b.disabled = !b.checked && on.length >= MAX_PLANS;
    submit.disabled = on.length < MIN_PLANS;
    status.textContent = on.length ? `已选 ${on.length} 份（${MIN_PLANS}–${MAX_PLANS} 份）：${on.map((b) => b.getAttribute('aria-label')!.replace(/^选择 /, '')).join('、')}` : `请选择 ${MIN_PLANS}–${MAX_PLANS} 份规划。`;
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.href = compareUrl(boxes.filter((b) => b.checked).map((b) => b.value));
  });
  const filter = form.querySelector<HTMLInputElement>('[data-plan-filter]');
  filter?.addEventListener('input', () => {
    const q = filter.value.trim();
    for (const group of form.querySelectorAll<HTMLDetailsElement>('details[data-province]')) {
      let shown = 0;
      for (const li of group.querySelectorAll<HTMLElement>('li')) {
        li.hidden = q !== '' && !(li.textContent ?? '').includes(q) && !(group.dataset.province ?? '').includes(q);
        if (!li.hidden) shown++;
      }
      group.hidden = shown === 0;
      group.open = q !== '' && shown > 0;
    }
  });
  const bar = form.querySelector<HTMLElement>('[data-picker-bar]');
  if (bar) bar.hidden = false;
  update();
}

async function main(): Promise<void> {
  const view = document.querySelector<HTMLElement>('[data-compare-view]');
  const form = document.querySelector<HTMLFormElement>('[data-compare-picker]');
  const config = document.getElementById('compare-themes');
  if (!view || !form || !config) return;
  for (const hint of document.querySelectorAll<HTMLElement>('[data-no-js]')) hint.hidden = true;
  const themes: ThemeConfig[] = JSON.parse(config.dataset.themes ?? '[]');
  const chosen = plansOfQuery(location.search);
  picker(form, chosen);
  const share = document.querySelector<HTMLElement>('[data-share]');
  /** The view keeps a screen's height only while it is to hold a comparison (see the page's first script). */
  const release = () => document.documentElement.classList.remove('compare-has-plans');
  if (chosen.length === 0) return release();
  const canonical = compareUrl(chosen, themeOfQuery(location.search)) + location.hash;
  if (location.pathname + location.search + location.hash !== canonical) history.replaceState(null, '', canonical);
  if (chosen.length < MIN_PLANS || chosen.length > MAX_PLANS) {
    release();
    view.replaceChildren(el('p', { class: 'note' }, `一次可对比 ${MIN_PLANS}–${MAX_PLANS} 份规划，链接中有 ${chosen.length} 份。请在下方重新选择。`));
    return;
  }
  view.replaceChildren(el('p', { class: 'muted' }, '正在载入……'));
  view.setAttribute('aria-busy', 'true');
  const results = await Promise.allSettled(chosen.map(load));
  const missing = chosen.filter((_, i) => results[i].status === 'rejected');
  if (missing.length) {
    view.removeAttribute('aria-busy');
    release();
    view.replaceChildren(el('p', { class: 'note' }, `找不到这些规划：${missing.join('、')}。链接可能有误，请在下方重新选择。`));
    return;
  }
  const loaded = results.map((r) => (r as PromiseFulfilledResult<PlanFile>).value);
  await render(view, loaded, themes, await alignedPairs(loaded, themes));
  view.removeAttribute('aria-busy');
  if (share) {
    const url = new URL(compareUrl(chosen), location.href).href;
    const input = el('input', { type: 'text', readonly: '', value: url, 'aria-label': '本对比的链接', class: 'share-url' });
    const copy = el('button', { type: 'button' }, '复制链接');
    const said = el('span', { role: 'status', class: 'muted' });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        said.textContent = '已复制。';
      } catch {
        input.select();
        said.textContent = '请按 Ctrl+C 复制。';
      }
    });
    share.replaceChildren(el('label', {}, '分享本对比：', input), ' ', copy, ' ', said);
    share.hidden = false;
  }
}

// Print every diff and list, not only the opened ones.
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('[data-compare-view] details')) d.open = true;
});

void main();
