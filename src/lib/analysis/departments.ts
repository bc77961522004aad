/**
 * Page-side view of content/analysis/departments.json (scripts/analyse.ts): which department is charged with which
 * clauses, across plans, as lead (牵头) or responsible (负责/参与).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DeptClause {
  plan: string;
  id: string;
  url: string;
  themes: string[];
}

export interface Department {
  name: string;
  plans: string[];
  lead: DeptClause[];
  responsible: DeptClause[];
}

export function loadDepartments(contentDir = 'content'): Department[] {
  const file = path.join(contentDir, 'analysis', 'departments.json');
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { departments: Department[] }).departments;
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
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
