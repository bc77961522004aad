/**
 * Cities: their URL slugs (pinyin) and how a city's plans change theme by theme over time — measured as the number of
 * clauses tagged with each theme, and, where a theme loses all its tagged clauses, as how often its words still occur
 * in the text (themeMentions): a plan with no clause tagged 人工智能 may still say 人工智能.
 */
import { pinyin } from 'pinyin-pro';
import type { PlanMeta } from '~/schemas/policy';
import { divisionSlug } from './divisions';

/** A city as the corpus names it: Chinese name, (when known) province, and its GB/T 2260 code when the table has it. */
export interface CityName {
  city: string;
  province: string | null;
  divisionCode?: string | null;
}

/** Pinyin of Chinese text without tones or spaces, lower-case ASCII, ü written v: 盐城 → "yancheng", 吕梁 → "lvliang". */
export function toPinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Slugs for every city of the corpus, keyed by Chinese name. A city with a GB/T 2260 code takes its division's slug
 * (src/lib/divisions.ts: 泰州 "taizhou", 台州 "taizhou-zhejiang", whatever else the corpus holds). A city the table
 * lacks takes its pinyin, with its province's pinyin appended when that is taken; a collision that the province
 * cannot settle is an error naming both cities, never a silent guess.
 */
export function citySlugs(cities: readonly CityName[]): Map<string, string> {
  const byName = new Map<string, CityName>();
  for (const c of cities) if (!byName.has(c.city)) byName.set(c.city, c);
  const out = new Map<string, string>();
  const owner = new Map<string, string>();
  const claim = (c: CityName, slug: string) => {
    out.set(c.city, slug);
    owner.set(slug, c.city);
  };
  for (const c of byName.values()) if (c.divisionCode) claim(c, divisionSlug(c.divisionCode));
  for (const c of byName.values()) {
    if (c.divisionCode) continue;
    const base = toPinyinSlug(c.city);
    if (!owner.has(base)) {
      claim(c, base);
      continue;
    }
    if (!c.province) throw new Error(`城市 slug 冲突： ${owner.get(base)} / ${c.city} 都是 "${base}"，且 ${c.city} 未注明省份`);
    const slug = `${base}-${toPinyinSlug(c.province)}`;
    if (owner.has(slug)) throw new Error(`城市 slug 冲突： ${owner.get(slug)} 与 ${c.city} 都是 "${slug}"`);
    claim(c, slug);
  }
  return new Map([...byName.keys()].map((name) => [name, out.get(name)!]));
}

/** Canonical URL of a city page. */
export function cityUrl(slug: string): string {
  return `/cities/${slug}/`;
}

/** How one theme fares across a city's plans in time order. */
export interface ThemeTrend {
  theme: string;
  /** Clause count per plan, in the order of the plans given. */
  counts: number[];
  /** Change from each plan to the next (length = plans − 1). */
  steps: ThemeStep[];
}

/** What happened to a theme from one plan to the next. */
export type ThemeStep = 'new' | 'dropped' | 'more' | 'fewer' | 'same' | 'absent';

/** Classify the change of a theme's clause count between two consecutive plans. */
export function stepOf(before: number, after: number): ThemeStep {
  if (before === 0 && after === 0) return 'absent';
  if (before === 0) return 'new';
  if (after === 0) return 'dropped';
  if (after > before) return 'more';
  if (after < before) return 'fewer';
  return 'same';
}

/**
 * Readers' words for each step, saying what was measured: clauses tagged with the theme. "dropped" is not "no longer
 * mentioned" — the words may still occur in untagged clauses (themeMentions counts them).
 */
export const STEP_LABELS: Record<ThemeStep, string> = {
  new: '新有标注条款',
  dropped: '无标注条款',
  more: '增多',
  fewer: '减少',
  same: '持平',
  absent: '均无标注条款',
};

/** A theme word and how often it occurs. */
export interface Mention {
  word: string;
  count: number;
}

/** The matching form of a text and of a theme word: NFKC (full-width → half-width), Latin upper-cased. Never shown. */
const foldMention = (s: string) => s.normalize('NFKC').replace(/[a-z]/g, (c) => c.toUpperCase());

/**
 * How often a theme's words (the words its page highlights) occur in a plan's texts, as a reader searching the text
 * for each would find them: plain substring counts, passing mentions and lists included — what the text says, not
 * whether a clause is about the theme. Most frequent first, then in the order given; words that do not occur are left
 * out, and so is a word containing another that occurs ("人工智能+" when "人工智能" is counted: its occurrences are
 * already among those).
 */
export function themeMentions(texts: readonly string[], words: readonly string[]): Mention[] {
  const forms = [...new Set(words.filter((w) => w.length > 0))].map((word) => ({ word, form: foldMention(word) }));
  const folded = texts.map(foldMention);
  const count = (form: string) => {
    let n = 0;
    for (const text of folded) for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) n += 1;
    return n;
  };
  const found = forms.map((w) => ({ ...w, count: count(w.form) })).filter((w) => w.count > 0);
  return found
    .filter((w) => !found.some((o) => o.form !== w.form && w.form.includes(o.form)))
    .map(({ word, count: n }) => ({ word, count: n }))
    .sort((a, b) => b.count - a.count);
}

/** The mentions as read: "人工智能 2 次、机器人 1 次", or "" when none. */
export function formatMentions(mentions: readonly Mention[]): string {
  return mentions.map((m) => `“${m.word}”${m.count} 次`).join('、');
}

/**
 * Theme by theme, the clause counts across a city's plans (already in time order) and how they change.
 * `themesOf(plan)` gives the theme slugs of each clause of the plan.
 */
export function themeTrends(
  plans: readonly Pick<PlanMeta, 'slug'>[],
  themeSlugs: readonly string[],
  clauseThemes: (planSlug: string) => readonly (readonly string[])[],
): ThemeTrend[] {
  const perPlan = plans.map((p) => {
    const counts = new Map<string, number>();
    for (const themes of clauseThemes(p.slug)) for (const t of new Set(themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  return themeSlugs.map((theme) => {
    const counts = perPlan.map((m) => m.get(theme) ?? 0);
    const steps = counts.slice(1).map((after, i) => stepOf(counts[i], after));
    return { theme, counts, steps };
  });
}
