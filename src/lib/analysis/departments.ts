/**
 * Page-side view of content/analysis/departments.json (schema: src/schemas/departments.ts; written by
 * scripts/lib/analyse/analyse.ts): which department is charged with which clauses, across plans, as lead (牵头) or
 * responsible (负责/参与) — split by city, with a page slug each, for /departments/ and the clause pages.
 */
import { pinyin } from 'pinyin-pro';
import { DEPARTMENT_ALIASES, type DepartmentAlias } from '~/data/department-aliases';
import { compareStrings } from '~/lib/order';
import type { Department, DepartmentClause } from '~/schemas/departments';
import { readAnalysisFile } from './file';
import { uniqueIds } from './ids';

/** ASCII pinyin of a name, syllables run together, ü written v: 市文广旅局 → "shiwenguanglvju". */
export function pinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Reads content/analysis/departments.json ([] when the analysis has not run; a malformed file stops the build). */
export function loadDepartments(contentDir = 'content'): Department[] {
  return readAnalysisFile('departments', contentDir)?.departments ?? [];
}

/** An ASCII anchor for a department (position in the sorted list), stable for a given corpus. */
export const departmentAnchor = (index: number) => `dept-${index + 1}`;

/** Theme slug → number of the department's clauses carrying it, most frequent first. */
export function themeProfile(d: Department): Array<[string, number]> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const c of [...d.lead, ...d.responsible]) {
    const key = `${c.plan}/${c.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const t of c.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

/** A role a department has for a clause. */
export type Role = 'lead' | 'responsible';
export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', responsible: '负责' };

/**
 * A department of one city. The analysis keys departments by name only, but "市工信局" of 盐城 and of 苏州 are
 * different bodies, so the pages split each name by the city of the plans that name it; and one body printed under
 * two names ("黄海金控" / "黄海金控集团") is one department only where the reviewed alias table
 * (src/data/department-aliases.ts) says so.
 */
export interface CityDepartment {
  /** ASCII slug: city pinyin slug + name pinyin, e.g. "yancheng-shigongxinju" (collisions get a hash suffix). */
  slug: string;
  url: string;
  /** The name shown: the alias table's name for the body, else the name as printed. */
  name: string;
  /** Every name the plans print for it (white space removed): `name` first when printed, the others in code-unit order. */
  printed: string[];
  /** Why its printed names are one body (the alias table's reason), when a name of it was printed as an alias; else null. */
  why: string | null;
  city: string;
  /** Plans naming it, in the corpus order given. */
  plans: string[];
  lead: DepartmentClause[];
  responsible: DepartmentClause[];
}

/** Canonical URL of a department page. */
export const departmentUrl = (slug: string) => `/departments/${slug}/`;

/** Key of a (city, department) pair. */
const pairKey = (city: string, name: string) => `${city}\u0000${name}`;

/**
 * The alias entry that lists `printed` as another name of a body of `city`, if any (its `name` is the name to show).
 * Throws when the table lists a name twice for one city (two bodies cannot both own it).
 */
export function aliasResolver(table: readonly DepartmentAlias[]): (city: string, printed: string) => DepartmentAlias | undefined {
  const to = new Map<string, DepartmentAlias>();
  for (const entry of table) {
    for (const alias of entry.aliases) {
      const key = pairKey(entry.city, alias);
      const other = to.get(key);
      if (other !== undefined && other !== entry) throw new Error(`部门别名表：${entry.city}“${alias}”同时归于“${other.name}”和“${entry.name}”`);
      to.set(key, entry);
    }
  }
  return (city, printed) => to.get(pairKey(city, printed));
}

/**
 * Departments per city, with collision-safe slugs. `cityOf(plan)` gives a plan's city and its URL slug; `planOrder`
 * (corpus order) orders each department's plans; `pinyinSlug` turns Chinese into ASCII (toPinyinSlug of lib/cities);
 * `aliases` (the reviewed table by default) joins the names it lists for a city into one department, under its name —
 * a clause naming the body twice, once by each name, counts once.
 * Result order: the analysis order (most clauses first) within each city, cities in the order of planOrder.
 */
export function cityDepartments(
  depts: readonly Department[],
  cityOf: (plan: string) => { city: string; slug: string } | undefined,
  planOrder: readonly string[],
  pinyinSlug: (text: string) => string,
  aliases: readonly DepartmentAlias[] = DEPARTMENT_ALIASES,
): CityDepartment[] {
  const rank = new Map(planOrder.map((p, i) => [p, i]));
  const byPlanRank = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || compareStrings(a, b);
  const aliasOf = aliasResolver(aliases);
  type Entry = Omit<CityDepartment, 'slug' | 'url'> & { citySlug: string; seen: Set<string> };
  const split = new Map<string, Entry>();
  for (const d of depts) {
    for (const role of ['lead', 'responsible'] as const) {
      for (const c of d[role]) {
        const where = cityOf(c.plan) ?? { city: '未知', slug: 'unknown' };
        const alias = aliasOf(where.city, d.name);
        const name = alias?.name ?? d.name;
        const key = pairKey(where.city, name);
        const entry = split.get(key) ?? { name, printed: [], why: null, city: where.city, citySlug: where.slug, plans: [], lead: [], responsible: [], seen: new Set() };
        if (!entry.printed.includes(d.name)) entry.printed.push(d.name);
        if (alias) entry.why = alias.why;
        // The same clause under two printed names of one body is one charge.
        const charge = `${role}\u0000${c.plan}\u0000${c.id}`;
        if (!entry.seen.has(charge)) {
          entry.seen.add(charge);
          entry[role].push(c);
        }
        if (!entry.plans.includes(c.plan)) entry.plans.push(c.plan);
        split.set(key, entry);
      }
    }
  }
  const entries = [...split.values()];
  const slugs = uniqueIds(
    entries.map((e) => pairKey(e.city, e.name)),
    (key) => {
      const e = split.get(key)!;
      const name = pinyinSlug(e.name);
      return `${e.citySlug}-${name || 'bumen'}`;
    },
  );
  const cityRank = new Map<string, number>();
  for (const e of entries) for (const p of e.plans) cityRank.set(e.city, Math.min(cityRank.get(e.city) ?? Infinity, rank.get(p) ?? Infinity));
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.city === b.e.city ? a.i - b.i : cityRank.get(a.e.city)! - cityRank.get(b.e.city)! || compareStrings(a.e.city, b.e.city)))
    .map(({ e }) => {
      const slug = slugs.get(pairKey(e.city, e.name))!;
      const printed = [...e.printed].sort((a, b) => Number(b === e.name) - Number(a === e.name) || compareStrings(a, b));
      return { slug, url: departmentUrl(slug), name: e.name, printed, why: e.why, city: e.city, plans: [...e.plans].sort(byPlanRank), lead: e.lead, responsible: e.responsible };
    });
}

/** Distinct clauses a department leads / is responsible for in each of its plans. */
export function countsByPlan(d: Pick<CityDepartment, 'lead' | 'responsible'>): Map<string, Record<Role, number>> {
  const out = new Map<string, Record<Role, number>>();
  for (const role of ['lead', 'responsible'] as const) {
    const seen = new Set<string>();
    for (const c of d[role]) {
      if (seen.has(`${c.plan}/${c.id}`)) continue;
      seen.add(`${c.plan}/${c.id}`);
      const n = out.get(c.plan) ?? { lead: 0, responsible: 0 };
      n[role] += 1;
      out.set(c.plan, n);
    }
  }
  return out;
}

/** One clause a department is charged with, with its role(s). */
export interface Charge {
  clause: DepartmentClause;
  roles: Role[];
}

/**
 * What a department is charged with, grouped by plan in the given plan order (time order), clauses in document order
 * (`orderOf` gives a clause's position in its plan; unknown ones last, by id).
 */
export function chargesByPlan(
  d: Pick<CityDepartment, 'lead' | 'responsible'>,
  planOrder: readonly string[],
  orderOf: (plan: string, id: string) => number | undefined,
): { plan: string; charges: Charge[] }[] {
  const byKey = new Map<string, Charge>();
  for (const role of ['lead', 'responsible'] as const) {
    for (const c of d[role]) {
      const key = `${c.plan}/${c.id}`;
      const charge = byKey.get(key) ?? { clause: c, roles: [] };
      if (!charge.roles.includes(role)) charge.roles.push(role);
      byKey.set(key, charge);
    }
  }
  const plans = new Map<string, Charge[]>();
  for (const ch of byKey.values()) plans.set(ch.clause.plan, [...(plans.get(ch.clause.plan) ?? []), ch]);
  const rank = new Map(planOrder.map((p, i) => [p, i]));
  const pos = (c: DepartmentClause) => orderOf(c.plan, c.id) ?? Infinity;
  return [...plans]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || compareStrings(a, b))
    .map(([plan, charges]) => ({
      plan,
      charges: charges.sort((x, y) => pos(x.clause) - pos(y.clause) || compareStrings(x.clause.id, y.clause.id)),
    }));
}

/** A department name as the analysis keys it (whitespace from the source text removed). */
export const departmentName = (raw: string) => raw.replace(/\s+/g, '');

/** Look-ups already built, by their department list (every clause and department page asks with the same list). */
const lookups = new WeakMap<readonly CityDepartment[], (city: string, rawName: string) => CityDepartment | undefined>();

/**
 * Look-up of a department page by city and (raw) name, e.g. to link the departments named in a clause: any name
 * printed for it (an alias too) finds it. Built once per list (lists are not changed once built).
 */
export function departmentLookup(ds: readonly CityDepartment[]): (city: string, rawName: string) => CityDepartment | undefined {
  const known = lookups.get(ds);
  if (known) return known;
  const m = new Map(ds.flatMap((d) => [d.name, ...d.printed].map((n) => [pairKey(d.city, n), d] as const)));
  const find = (city: string, rawName: string) => m.get(pairKey(city, departmentName(rawName)));
  lookups.set(ds, find);
  return find;
}
