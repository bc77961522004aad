/**
 * Quantitative targets, from sentences ("到2027年,全市算力规模突破20000P") and from target tables (盐城 2025–2027
 * 附件1: one column per year). Each target: {plan, clause, indicator, raw, value, valueMax, unit, year, annual,
 * comparator, text}. Values are scaled to the unit shown (万/亿 folded in: "1.2万个" → 12000 个, "3000亿元" stays
 * 3000 亿元, "5000万元" → 0.5 亿元). Indicator names are normalised by CANONICAL_INDICATORS so the same indicator
 * lines up across plans; anything else keeps its own (cleaned) wording.
 *
 * Comparators: "≥" (以上, 不少于, 不低于), ">" (超, 超过, 突破), "≈" (左右, 约), "≤" (以下, 不超过), "=" (达到,
 * 为, or nothing). A range "3~5家" is value 3, valueMax 5.
 */
import { foldForAnalysis } from './normalise';

export type Comparator = '≥' | '>' | '≈' | '≤' | '=';

export interface Target {
  plan: string;
  clause: string;
  /** Normalised indicator name (canonical where known). */
  indicator: string;
  /** The indicator as worded in the text (cleaned). */
  raw: string;
  value: number;
  /** Upper end of a range, else null. */
  valueMax: number | null;
  /** Unit after folding 万/亿 multipliers: "亿元", "个", "家", "%", "P", "架" …, "" for an index. */
  unit: string;
  /** Target year as stated in the sentence (到2027年 / 2024年), or the table column; null when not stated. */
  year: number | null;
  /** A per-year target ("每年新增…"). */
  annual: boolean;
  comparator: Comparator;
  /** The sentence (or table row) it comes from. */
  text: string;
}

/** Canonical indicators: name and the pattern (on the folded raw name + unit) that identifies it. */
export const CANONICAL_INDICATORS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: '数字经济核心产业增加值占GDP比重', pattern: /数字经济核心产业增加值占(?:地区生产总值|GDP)(?:的)?比重/ },
  { name: '数字经济核心产业增加值', pattern: /数字经济核心产业增加值/ },
  { name: '数字经济核心产业营业收入', pattern: /数字经济核心产业(?:规上)?营业收入/ },
  { name: '规上数字经济核心产业企业数', pattern: /数字经济核心产业(?:规上)?企业(?:数量|数)?|规上数字经济核心产业企业/ },
  { name: '5G基站', pattern: /5G基站/ },
  { name: '数据中心机架', pattern: /机架/ },
  { name: '算力规模', pattern: /算力规模/ },
  { name: '先进级智能工厂', pattern: /先进级(?:以上)?智能工厂/ },
  { name: '卓越级智能工厂', pattern: /卓越级智能工厂/ },
  { name: '智能工厂', pattern: /智能工厂/ },
  { name: '智能车间', pattern: /(?:智能|数字化)车间/ },
  { name: '关键工序数控化率', pattern: /数控化率/ },
  { name: '数字化研发设计工具普及率', pattern: /数字化研发设计工具普及率/ },
  { name: '两化融合发展水平指数', pattern: /两化融合发展水平/ },
  { name: '电子信息产业规模', pattern: /电子信息(?:制造业|产业)?(?:产业)?规模/ },
  { name: '光伏制造产业规模', pattern: /光伏制造产业规模/ },
  { name: '软件产业规模', pattern: /软件产业规模/ },
  { name: '跨境电商进出口额', pattern: /跨境电商进出口额/ },
  { name: '数据交易额', pattern: /数据交易额/ },
  { name: '高质量数据集', pattern: /高质量数据集/ },
  { name: '公共数据授权运营指数', pattern: /公共数据授权运营指数/ },
  { name: '高新技术企业', pattern: /高新技术企业/ },
  { name: '专精特新企业', pattern: /专精特新/ },
  { name: '省级以上研发机构', pattern: /研发机构/ },
  { name: '万兆园区', pattern: /万兆园区/ },
  { name: '智慧农场', pattern: /智慧农场/ },
  { name: '数字消费创新场景', pattern: /数字消费创新场景/ },
  { name: '数字化典型应用场景', pattern: /数字化典型应用场景/ },
  { name: '农业生产信息化率', pattern: /农业生产信息化率/ },
  { name: '上云企业', pattern: /上云企业/ },
  { name: '工业互联网标杆工厂', pattern: /工业互联网标杆工厂/ },
  { name: '数据中心PUE', pattern: /PUE/ },
  { name: '智慧校园覆盖率', pattern: /智慧校园/ },
];

/** Units recognised after a number (longest first). "年" is never a unit: "2027年" is a year. */
const UNITS = [
  '美元', '元', '公里', '个百分点', '%', 'P', '架', '家', '个', '项', '件', '条', '台', '场', '次', '份', '所', '人',
  '名', '户', '套', '座', '类', '种', '倍',
];
/** Money units: shown in 亿 (亿元 / 亿美元). */
const MONEY = new Set(['元', '美元']);
const UNIT_ALT = UNITS.join('|');
/** Comparator words before the number. */
const BEFORE_GT = ['突破', '超过', '超出', '超'];
const BEFORE_GE = ['不少于', '不低于', '力争达到'];
const BEFORE_EQ = ['达到', '达', '为', '增至', '升级至', '至'];
const BEFORE_APPROX = ['约'];
const BEFORE_LE = ['不超过', '低于'];
const BEFORE_WORDS = [...BEFORE_GE, ...BEFORE_GT, ...BEFORE_LE, ...BEFORE_EQ, ...BEFORE_APPROX].sort(
  (a, b) => b.length - a.length,
);
/** A number, an optional range end, an optional 万/亿 multiplier, a unit, an optional qualifier. */
const VALUE = new RegExp(
  `(\\d+(?:\\.\\d+)?)(?:\\s*[~~—\\-]\\s*(\\d+(?:\\.\\d+)?))?\\s*(万|亿)?\\s*(${UNIT_ALT})?\\s*(以上|左右|以下|以内)?`,
  'gu',
);
/** A stated target year: 到2027年 / 2024年 (not 2021—2023年 periods, which set no single year). */
const YEAR = /(?:到|至|在)?\s*(20\d{2})\s*年(?![\d—\-~])/u;
const ANNUAL = /每年|年均/u;
/** Words that mark a number as a target even without a comparator or a year. */
const TARGET_VERB = /建成|培育|打造|新增|引进|引培|引育|实施|建设|创建|创成|形成|实现|累计|争创|推广|发放|完成|落实|投资|集聚|孵化/u;
/** Sentence and clause delimiters. */
const SENTENCE_END = /[。;;]/u;
const PHRASE_END = /[,,、:]/u;
/** Words that start a "count of things" phrase: "建成1.2万个5G基站" — the indicator follows the unit. */
const LEADING_VERBS =
  /^(?:(?:到|至)?\d{4}年|全市|我市|全年|每年|年均|累计|力争|新增|新培育|培育|引进|引培|引育|建成|建设|打造|创建|创成|形成|实现|实施|推广|遴选|发布|组织|举办|支持|争创|招引|孵化|集聚|落实|新建|开展|推动|达到|完成|建立|提升|提供|输出|制定|投入|超|突破|超过|以上|不少于|的|,|、|\s)+/u;
const TRAILING_FILLER = /(?:的|达|到|为|实现|突破|超过|超|累计|力争|逐步|增长率)$/u;

const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Folds a value with its multiplier into the unit shown: 5000万元 → 0.5 亿元; 1.2万个 → 12000 个. */
export function scaleValue(n: number, mult: string | undefined, unit: string): { value: number; unit: string } {
  const m = mult ? MULTIPLIER[mult] : 1;
  if (MONEY.has(unit)) return { value: round((n * m) / 1e8), unit: `亿${unit}` };
  return { value: round(n * m), unit };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The canonical name of an indicator, or the cleaned raw name. */
export function normaliseIndicator(raw: string): string {
  const folded = foldForAnalysis(raw).replace(/\s/g, '');
  // "跨境电商进出口额增长20%" is a growth rate, not the amount: a separate indicator.
  const growth = GROWTH.exec(folded);
  if (growth) return `${normaliseIndicator(folded.slice(0, growth.index))}增长率`;
  for (const c of CANONICAL_INDICATORS) if (c.pattern.test(folded)) return c.name;
  return folded;
}

/** A growth phrase closing an indicator name. */
const GROWTH = /(?:年均)?增长(?:率)?$/u;

function comparatorFor(before: string, qualifier: string | undefined): Comparator {
  if (qualifier === '以上') return '≥';
  if (qualifier === '左右') return '≈';
  if (qualifier === '以下' || qualifier === '以内') return '≤';
  if (BEFORE_GE.some((w) => before.endsWith(w))) return '≥';
  if (BEFORE_GT.some((w) => before.endsWith(w))) return '>';
  if (BEFORE_LE.some((w) => before.endsWith(w))) return '≤';
  if (BEFORE_APPROX.some((w) => before.endsWith(w))) return '≈';
  return '=';
}

function stripComparator(s: string): string {
  let out = s;
  for (;;) {
    const w = BEFORE_WORDS.find((x) => out.endsWith(x));
    if (!w) return out;
    out = out.slice(0, -w.length);
  }
}

function cleanName(s: string): string {
  return s
    .replace(LEADING_VERBS, '')
    .replace(/^[“”"《》()()]+|[“”"《》()()]+$/gu, '')
    .replace(TRAILING_FILLER, '')
    .trim();
}

/** Targets stated in running text. `text` is the clause's display text. */
export function extractFromText(plan: string, clause: string, text: string): Target[] {
  const out: Target[] = [];
  const folded = foldForAnalysis(text);
  for (const paragraph of folded.split('\n')) {
    // "到2025年,…。培育…40家": a paragraph opened by a target year sets it for its later sentences too.
    const opening = /^[^。;;]{0,40}?到\s*(20\d{2})\s*年/u.exec(paragraph);
    const paragraphYear = opening ? Number(opening[1]) : null;
  for (const sentence of paragraph.split(SENTENCE_END)) {
    const yearMatch = YEAR.exec(sentence);
    const sentenceYear = yearMatch ? Number(yearMatch[1]) : paragraphYear;
    let phraseStart = 0;
    for (const m of sentence.matchAll(VALUE)) {
      const [whole, a, b, mult, unitRaw, qualifier] = m;
      const at = m.index!;
      const after = sentence.slice(at + whole.length);
      // Not a target value: no unit and no comparator verb, a year ("2027年"), part of a name ("5G", "IPV6", "12345").
      if (/^\s*年/.test(after) || /^[A-Z]/.test(after) || /[A-Z\d.]$/.test(sentence.slice(0, at))) continue;
      const prefix = sentence.slice(0, at);
      const lastBreak = Math.max(...[...prefix.matchAll(new RegExp(PHRASE_END, 'gu'))].map((x) => x.index! + 1), phraseStart, 0);
      const before = sentence.slice(lastBreak, at);
      const hasVerb = BEFORE_WORDS.some((w) => before.endsWith(w));
      const unit = unitRaw ?? '';
      if (!unit && !mult && !hasVerb) continue;
      if (!unit && !mult && !/(指数|值|率|PUE)/u.test(before)) continue;
      if (!hasVerb && !qualifier && !paragraphYear && !ANNUAL.test(sentence) && !TARGET_VERB.test(prefix)) continue;
      // Indicator: the noun phrase before the verb, or (for "建成N个X") the words after the unit.
      let raw = cleanName(stripComparator(before.replace(/[“”"]/g, '')));
      if (!raw || raw.length < 2) {
        const tail = after.split(new RegExp(`${PHRASE_END.source}|${SENTENCE_END.source}`, 'u'))[0] ?? '';
        raw = cleanName(tail.replace(/^(?:以上|左右|以下)/u, '').replace(/[“”"]/g, ''));
      }
      if (!raw || raw.length < 2) continue;
      const { value, unit: shownUnit } = scaleValue(Number(a), mult, unit);
      const valueMax = b ? scaleValue(Number(b), mult, unit).value : null;
      out.push({
        plan,
        clause,
        indicator: normaliseIndicator(raw),
        raw,
        value,
        valueMax,
        unit: shownUnit,
        year: sentenceYear,
        annual: ANNUAL.test(before) || (ANNUAL.test(sentence.slice(0, at)) && sentenceYear === null),
        comparator: comparatorFor(before, qualifier),
        text: sentence.trim(),
      });
      phraseStart = at + whole.length;
    }
  }
  }
  return out;
}

/** A year column header: "2025年". */
const YEAR_COLUMN = /^(20\d{2})年$/u;
/** Unit in an indicator name: "数字经济核心产业营业收入(亿元)". */
const NAME_UNIT = /[((]([^()()]+)[))]\s*$/u;

/**
 * Targets from a table row whose columns include years ("2025年", "2026年" …) and an indicator column
 * ("主要指标" or "指标"). Cells are the row's cells by column name.
 */
export function extractFromRow(
  plan: string,
  clause: string,
  cells: ReadonlyArray<{ column: string; text: string }>,
  rowText: string,
): Target[] {
  const nameCell = cells.find((c) => /指标/.test(c.column));
  const yearCells = cells.filter((c) => YEAR_COLUMN.test(c.column.trim()));
  if (!nameCell || yearCells.length === 0) return [];
  const name = foldForAnalysis(nameCell.text).replace(/\s/g, '');
  const unitMatch = NAME_UNIT.exec(name);
  const raw = unitMatch ? name.slice(0, unitMatch.index) : name;
  const nameUnit = unitMatch ? unitMatch[1] : '';
  const out: Target[] = [];
  for (const c of yearCells) {
    const v = foldForAnalysis(c.text).replace(/\s/g, '');
    const m = /^(\d+(?:\.\d+)?)(%)?$/u.exec(v);
    if (!m) continue;
    const unit = m[2] ?? (nameUnit === '个' || nameUnit === '家' || nameUnit === '亿元' ? nameUnit : nameUnit);
    out.push({
      plan,
      clause,
      indicator: normaliseIndicator(raw),
      raw,
      value: Number(m[1]),
      valueMax: null,
      unit,
      year: Number(YEAR_COLUMN.exec(c.column.trim())![1]),
      annual: false,
      comparator: '=',
      text: rowText,
    });
  }
  return out;
}

/** Deterministic order: plan, clause order is the caller's; here indicator, year, value. */
export function sortTargets(ts: Target[]): Target[] {
  return [...ts].sort(
    (a, b) =>
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0) ||
      (a.clause < b.clause ? -1 : a.clause > b.clause ? 1 : 0) ||
      a.value - b.value,
  );
}
