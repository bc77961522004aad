/**
 * The analysis joined with the corpus, for the analysis pages (indicators, departments, references). Build-time
 * only (reads astro:content through lib/corpus); every join itself is a pure, tested function in this folder.
 */
import { corpus } from '../corpus';
import { cityDepartments, loadDepartments, pinyinSlug, type CityDepartment } from './departments';

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
