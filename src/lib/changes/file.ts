/**
 * The changes as the pages read them: content/analysis/changes.json and units.json, through the one reader of the
 * analysis files (src/lib/analysis/file.ts: checked against src/schemas/changes.ts, read once per build). Absent
 * (the analysis has not run) → no city changes and no units: the pages show nothing rather than failing.
 */
import { readAnalysisFile } from '~/lib/analysis/file';
import type { ChangesFile, UnitsFile } from '~/schemas/changes';

/** content/analysis/changes.json. */
export function loadChanges(contentDir = 'content'): Pick<ChangesFile, 'method' | 'cities'> {
  return readAnalysisFile('changes', contentDir) ?? { method: '', cities: [] };
}

/** content/analysis/units.json. */
export function loadUnits(contentDir = 'content'): Pick<UnitsFile, 'plans'> {
  return readAnalysisFile('units', contentDir) ?? { plans: {} };
}
