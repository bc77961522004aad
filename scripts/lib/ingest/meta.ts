/**
 * Plan metadata: facts only. A value comes from the text where the text states it, else from the seed's YAML,
 * else it is unknown (null). A YAML value that contradicts the text is an error, not a silent override.
 * The plan slug is derived from the city (pinyin, via pinyin-pro) and the document's own period, year or kind —
 * never from ingest order or from the other plans.
 */
import { pinyin } from 'pinyin-pro';
import type { PlanMeta } from '~/schemas/policy';
import { IngestError } from './errors';
import type { Seed } from './read';
import type { Structure } from './structure';
import { TITLE_KIND, TITLE_PERIOD, TITLE_YEAR } from './patterns';

/** ASCII pinyin of Chinese text, syllables joined ("盐城" → "yancheng", "指导意见" → "zhidao-yijian" with words). */
export function toPinyin(text: string, sep = ''): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join(sep);
}

/** Kind words whose pinyin forms the slug of a plan with neither period nor year: 指导意见 → "zhidao-yijian". */
function kindSlug(kind: string): string {
  const words = kind.match(/.{1,2}/gu) ?? [];
  return words.map((w) => toPinyin(w)).join('-');
}

/** Derives the plan slug from metadata alone. */
export function planSlug(city: string, period: PlanMeta['period'], kind: string | null, file: string, title = ''): string {
  const c = toPinyin(city.replace(/市$/, ''));
  if (!c) throw new IngestError(file, `cannot derive a slug from city "${city}"; set \`slug:\` in the YAML`);
  if (period) return period.start === period.end ? `${c}-${period.start}` : `${c}-${period.start}-${period.end}`;
  if (kind) return `${c}-${kindSlug(kind)}`;
  // Last resort: initials of the title's pinyin ("关于加快发展数字经济" → "gyjkfzszjj").
  const initials = pinyin(title, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12);
  if (initials) return `${c}-${initials}`;
  throw new IngestError(file, 'cannot derive a slug from the city, period, kind or title; set `slug:` in the YAML');
}

/** Reads the kind a title names at its end: "盐城市…三年行动计划(2025-2027年)" → "三年行动计划". */
export function kindOf(title: string | null): string | null {
  return (title && TITLE_KIND.exec(title)?.[1]) || null;
}

/** Reads the period from a title: "(2025-2027年)" → {2025, 2027}; "2024年…" → {2024, 2024}. */
export function periodOf(title: string | null): PlanMeta['period'] {
  if (!title) return null;
  const m = TITLE_PERIOD.exec(title);
  if (m) return { start: Number(m[1]), end: Number(m[2]) };
  const y = TITLE_YEAR.exec(title);
  if (y) return { start: Number(y[1]), end: Number(y[1]) };
  return null;
}

/** Merges text facts and YAML facts into PlanMeta (without structure). */
export function planMeta(seed: Seed, s: Structure): PlanMeta {
  const y = seed.yaml;
  const provenance: PlanMeta['provenance'] = {};
  const pick = <T>(key: string, fromText: T | null | undefined, fromYaml: T | null | undefined): T | null => {
    if (fromText != null && fromYaml != null && String(fromText) !== String(fromYaml)) {
      throw new IngestError(seed.yamlFile, `\`${key}: ${fromYaml}\` contradicts the text, which says "${fromText}"; remove it from the YAML`);
    }
    if (fromText != null) {
      provenance[key] = 'text';
      return fromText;
    }
    if (fromYaml != null) {
      provenance[key] = 'yaml';
      return fromYaml;
    }
    return null;
  };
  const title = pick('title', s.title, y.title);
  if (!title) throw new IngestError(seed.file, 'no title found in the text (first line) and none in the YAML (`title:`)');
  const textPeriod = periodOf(s.title);
  const yamlPeriod = y.period ? { start: Number(y.period.slice(0, 4)), end: Number(y.period.slice(-4)) } : null;
  const period = pick('period', textPeriod && `${textPeriod.start}-${textPeriod.end}`, yamlPeriod && `${yamlPeriod.start}-${yamlPeriod.end}`);
  const periodValue = textPeriod ?? yamlPeriod ?? (period ? null : periodOf(y.title ?? null));
  const city = y.city;
  provenance.city = 'yaml';
  // The YAML may name the kind more precisely than the title ("年度工作要点" for a title ending "工作要点").
  const kind = y.kind ?? kindOf(title);
  if (kind) provenance.kind = y.kind ? 'yaml' : 'text';
  const slug = y.slug ?? planSlug(city, periodValue, kind, seed.yamlFile, title);
  const notes = [...(y.notes ?? [])];
  for (const t of s.truncated) notes.push(`来源文本第 ${t.line} 行在句中结束(“…${t.text}”),疑在来源中被截断;本站按原样收录。`);
  return {
    slug,
    url: `/plans/${slug}/`,
    city,
    province: pick('province', null, y.province),
    title,
    issuer: pick('issuer', s.stated.issuer, y.issuer),
    docNumber: pick('docNumber', s.stated.docNumber, y.docNumber),
    date: pick('date', s.stated.date, y.date),
    period: periodValue,
    kind,
    sourceUrl: pick('sourceUrl', null, y.source),
    source: seed.file,
    sha256: seed.sha256,
    provenance,
    furniture: s.furniture,
    notes,
  };
}
