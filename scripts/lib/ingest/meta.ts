/**
 * Plan metadata: facts only. A value comes from the seed's YAML where it sets one (the YAML overrides, and the
 * ingest reports where it differs from the document), else from the document, else it is unknown (null).
 * The plan slug is derived from the city (pinyin, via pinyin-pro) and the document's own period, year or kind —
 * never from ingest order or from the other plans.
 */
import { pinyin } from 'pinyin-pro';
import type { PlanMeta } from '~/schemas/policy';
import { IngestError } from './errors';
import type { Seed } from './read';
import type { Structure } from './structure';
import { TITLE_FIVE_YEAR, TITLE_KIND, TITLE_PERIOD, TITLE_YEAR } from './patterns';
import { placeOf } from './place';

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

/** Derives the plan slug from metadata alone (period; else a five-year plan period's name; else kind; else the title's
 * initials); `citySlug` is the division's slug when the division table has the city. */
export function planSlug(city: string, period: PlanMeta['period'], kind: string | null, file: string, title = '', citySlug: string | null = null): string {
  const c = citySlug ?? toPinyin(city.replace(/市$/, ''));
  if (!c) throw new IngestError(file, `cannot derive a slug from city "${city}"; set \`slug:\` in the YAML`);
  if (period) return period.start === period.end ? `${c}-${period.start}` : `${c}-${period.start}-${period.end}`;
  // A five-year plan period named, not dated ("“十四五”规划" → "shisiwu"): a city's 十三五 and 十四五 plans of one kind
  // must not share the kind's slug.
  const fiveYear = TITLE_FIVE_YEAR.exec(title)?.[1];
  if (fiveYear) return `${c}-${toPinyin(fiveYear)}`;
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
  if (y && title.match(/\d{4}/g)!.length === 1) return { start: Number(y[1]), end: Number(y[1]) };
  return null;
}

/** Plan metadata, and what the YAML overrode (to be reported, since the document says otherwise). */
export interface MetaResult {
  meta: PlanMeta;
  /** "`date: 2024-08-01` overrides the document's "2024-08-22"" for each YAML value that differs from the document's. */
  overrides: string[];
}

/**
 * Merges the document's facts (its text's front matter, then what its file states outside the text: a page's
 * canonical link and meta tags) and the YAML's into PlanMeta (without structure). The YAML overrides; a fact neither
 * states is null.
 */
export function planMeta(seed: Seed, s: Structure): MetaResult {
  const y = seed.yaml;
  const doc = { ...seed.stated, ...definedOnly(s.stated) };
  const provenance: PlanMeta['provenance'] = {};
  const overrides: string[] = [];
  const pick = <T>(key: string, fromDoc: T | null | undefined, fromYaml: T | null | undefined, yamlKey = key): T | null => {
    if (fromYaml != null) {
      if (fromDoc != null && String(fromDoc) !== String(fromYaml)) overrides.push(`\`${yamlKey}: ${fromYaml}\` overrides the document's "${fromDoc}"`);
      provenance[key] = 'yaml';
      return fromYaml;
    }
    if (fromDoc != null) {
      provenance[key] = 'document';
      return fromDoc;
    }
    return null;
  };
  const title = pick('title', s.title, y.title);
  if (!title) throw new IngestError(seed.file, 'no title found in the document (a title line, a page header or an issuing notice) and none in the YAML (`title:`)');
  const yamlPeriod = y.period ? { start: Number(y.period.slice(0, 4)), end: Number(y.period.slice(-4)) } : null;
  const titlePeriod = periodOf(title);
  const period = yamlPeriod ?? titlePeriod;
  const show = (p: PlanMeta['period']) => p && (p.start === p.end ? String(p.start) : `${p.start}-${p.end}`);
  if (yamlPeriod && titlePeriod && show(yamlPeriod) !== show(titlePeriod)) overrides.push(`\`period: ${y.period}\` overrides the document's "${show(titlePeriod)}"`);
  if (period) provenance.period = yamlPeriod || provenance.title === 'yaml' ? 'yaml' : 'document';
  const city = y.city;
  provenance.city = 'yaml';
  const place = placeOf(seed);
  // The YAML may name the kind more precisely than the title ("年度工作要点" for a title ending "工作要点").
  const kind = y.kind ?? kindOf(title);
  if (kind) provenance.kind = y.kind || provenance.title === 'yaml' ? 'yaml' : 'document';
  const slug = y.slug ?? planSlug(city, period, kind, seed.yamlFile, title, place.citySlug);
  const notes = [...(y.notes ?? [])];
  for (const t of s.truncated) notes.push(`来源文本第 ${t.line} 行在句中结束(“…${t.text}”),疑在来源中被截断;本站按原样收录。`);
  const meta: PlanMeta = {
    slug,
    url: `/plans/${slug}/`,
    city,
    province: place.province,
    provinceCode: place.provinceCode,
    divisionCode: place.divisionCode,
    title,
    noticeTitle: pick('noticeTitle', doc.noticeTitle, y.noticeTitle),
    printedTitle: s.titleLine !== null && s.title !== null ? { line: s.titleLine, text: s.title } : null,
    // A 落款 after the text states issuer and date where no notice or header does.
    issuer: pick('issuer', doc.issuer ?? s.signature?.issuer, y.issuer),
    docNumber: pick('docNumber', doc.docNumber, y.docNumber),
    date: pick('date', doc.date ?? s.signature?.date, y.date),
    publishedDate: pick('publishedDate', doc.publishedDate, y.publishedDate),
    period,
    kind,
    sourceUrl: pick('sourceUrl', doc.sourceUrl, y.source, 'source'),
    pkulawCode: pick('pkulawCode', doc.pkulawCode, y.pkulawCode),
    status: pick('status', doc.status, y.status),
    source: seed.file,
    format: seed.format,
    sha256: seed.sha256,
    provenance,
    furniture: s.furniture,
    notes,
    signature: s.signature,
  };
  provenance.province = place.provenance;
  return { meta, overrides };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
