/**
 * The changes as the pages read them: content/analysis/changes.json and units.json (scripts/analyse.ts), validated
 * against src/schemas/changes.ts and read once per build. Absent (the analysis has not run) → no city changes and
 * no units, and the pages show nothing rather than failing.
 */
import { changesFileSchema, unitsFileSchema, type ChangesFile, type UnitsFile } from '~/schemas/changes';
import { readAnalysisFile } from '~/lib/analysis/file';

let changes: ChangesFile | null = null;
let units: UnitsFile | null = null;

/** content/analysis/changes.json. */
export function loadChanges(contentDir = 'content'): ChangesFile {
  if (changes) return changes;
  const json = readAnalysisFile('changes.json', contentDir);
  changes = json === null ? { generated: '', method: '', cities: [] } : changesFileSchema.parse(JSON.parse(json));
  return changes;
}

/** content/analysis/units.json. */
export function loadUnits(contentDir = 'content'): UnitsFile {
  if (units) return units;
  const json = readAnalysisFile('units.json', contentDir);
  units = json === null ? { generated: '', plans: {} } : unitsFileSchema.parse(JSON.parse(json));
  return units;
}
