/**
 * Where a plan is: its city (as the seed's YAML names it) and optional `province:` resolved through the GB/T 2260
 * division table (src/lib/divisions.ts) to the province and the division's code. A city the table lacks is an error
 * naming the YAML file, with a hint — unless the YAML names the province (an override for a division newer than
 * the table), when the province stands and the code is unknown (null).
 */
import { DivisionError, divisionSlug, resolveCity } from '~/lib/divisions';
import { IngestError } from './errors';
import type { Seed } from './read';

/** A plan's place, as recorded on the plan. */
export interface Place {
  /** Province short name ("江苏"). */
  province: string;
  /** The province's GB/T 2260 code ("320000"). */
  provinceCode: string;
  /** The city's GB/T 2260 code ("320900"), null when the table lacks it (the YAML's province stood in). */
  divisionCode: string | null;
  /** The city's part of the plan slug: the division's slug ("taizhou-zhejiang"), null when the table lacks it. */
  citySlug: string | null;
  /** Where the province came from: the YAML, or the division table. */
  provenance: 'yaml' | 'division';
}

export function placeOf(seed: Pick<Seed, 'yaml' | 'yamlFile'>): Place {
  try {
    const { division, province } = resolveCity(seed.yaml.city, seed.yaml.province);
    return {
      province: province.short,
      provinceCode: province.code,
      divisionCode: division?.code ?? null,
      citySlug: division ? divisionSlug(division.code) : null,
      provenance: seed.yaml.province ? 'yaml' : 'division',
    };
  } catch (e) {
    if (e instanceof DivisionError) throw new IngestError(seed.yamlFile, e.message);
    throw e;
  }
}
