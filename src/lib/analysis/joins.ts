/**
 * The department analysis joined with the corpus: every department split by city with its page slug (the
 * /departments/ pages), and a clause's departments linked to those pages (clause facts). Build-time only (reads the
 * collections through lib/corpus); the joins themselves are pure, tested functions in departments.ts.
 */
import { corpus } from '~/lib/corpus';
import { cityDepartments, departmentLookup, loadDepartments, pinyinSlug, type CityDepartment } from './departments';

let depts: Promise<CityDepartment[]> | null = null;

/** Every department of the corpus, per city, with its page slug. */
export function corpusDepartments(): Promise<CityDepartment[]> {
  depts ??= (async () => {
    const c = await corpus();
    const citySlug = new Map(c.cities.map((g) => [g.city, g.slug]));
    return cityDepartments(
      loadDepartments(),
      (slug) => {
        const plan = c.planBySlug.get(slug);
        return plan ? { city: plan.city, slug: citySlug.get(plan.city)! } : undefined;
      },
      c.plans.map((p) => p.slug),
      pinyinSlug,
    );
  })();
  return depts;
}

/** A department named in a clause, with its page when the analysis knows it (null: shown as plain text). */
export interface NamedDepartment {
  name: string;
  url: string | null;
}

/** The lead / responsible departments of a clause of `plan`, each linked to its /departments/<slug>/ page. */
export async function clauseDepartmentLinks(
  plan: string,
  departments: { lead: readonly string[]; responsible: readonly string[] },
): Promise<{ lead: NamedDepartment[]; responsible: NamedDepartment[] }> {
  const c = await corpus();
  const city = c.planBySlug.get(plan)?.city;
  const find = departmentLookup(await corpusDepartments());
  const link = (name: string): NamedDepartment => ({ name, url: (city && find(city, name)?.url) || null });
  return { lead: departments.lead.map(link), responsible: departments.responsible.map(link) };
}
