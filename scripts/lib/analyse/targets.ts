/**
 * Quantitative targets, from sentences ("到2027年,全市算力规模突破20000P") and from target tables (盐城 2025–2027
 * 附件1: one column per year). Each target: {plan, clause, indicator, scope, measure, raw, value, valueMax, unit, year,
 * comparator, text}. Values are scaled to the unit shown (万/亿 folded in: "1.2万个" → 12000 个, "3000亿元" stays
 * 3000 亿元, "5000万元" → 0.5 亿元). Indicator names are normalised by CANONICAL_INDICATORS so the same indicator
 * lines up across plans; anything else keeps its own (cleaned) wording.
 *
 * What makes two targets like with like is more than the name (src/lib/analysis/indicators.ts: indicatorKey): the
 * scope the name is qualified by (SCOPE_QUALIFIERS: 国家高新技术企业 is not 数字经济相关高新技术企业), and what the
 * number counts (measureOf: 累计 a running total, 新增 what is added, 每年/全年 a year's amount, or none of these said).
 *
 * Comparators: "≥" (以上, 不少于, 不低于), ">" (超, 超过, 突破), "≈" (左右, 约), "≤" (以下, 不超过), "=" (达到,
 * 为, or nothing). A range "3~5家" is value 3, valueMax 5.
 */
import { compareStrings } from '~/lib/order';
import type { Comparator, Measure, Target } from '~/schemas/targets';
import { foldForAnalysis } from './fold';

/** Canonical indicators: name and the pattern (on the folded raw name + unit) that identifies it. */
export const CANONICAL_INDICATORS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: '数字经济核心产业增加值占GDP比重', pattern: /数字经济核心产业增加值占(?:地区生产总值|GDP)(?:的)?比重/ },
  { name: '数字经济核心产业增加值', pattern: /数字经济核心产业增加值/ },
  { name: '数字经济核心产业营业收入', pattern: /数字经济核心产业营业收入/ },
  // 规上 is a scope (SCOPE_QUALIFIERS), taken off before matching.
  { name: '数字经济核心产业企业数', pattern: /数字经济核心产业企业(?:数量|数)?/ },
  { name: '5G基站', pattern: /5G基站/ },
  { name: '数据中心机架', pattern: /机架/ },
  { name: '算力规模', pattern: /算力规模/ },
  // "先进级以上" also counts 卓越级 and 领航级 factories: another indicator than 先进级 alone.
  { name: '先进级以上智能工厂', pattern: /先进级以上智能工厂/ },
  { name: '先进级智能工厂', pattern: /先进级智能工厂/ },
  { name: '卓越级智能工厂', pattern: /卓越级智能工厂/ },
  { name: '智能工厂', pattern: /智能工厂/ },
  { name: '智能车间', pattern: /(?:智能|数字化)车间/ },
  { name: '关键工序数控化率', pattern: /数控化率/ },
  { name: '数字化研发设计工具普及率', pattern: /数字化研发设计工具普及率/ },
  { name: '两化融合发展水平指数', pattern: /两化融合发展水平/ },
  { name: '电子信息产业规模', pattern: /电子信息(?:制造业|产业)?(?:产业)?规模/ },
  { name: '光伏制造产业规模', pattern: /光伏制造产业规模/ },
  // Only the whole software industry: 工业软件 / 通用软件 are other indicators.
  { name: '软件产业规模', pattern: /^(?:全市)?软件产业规模$/ },
  { name: '跨境电商进出口额', pattern: /跨境电商进出口额/ },
  { name: '数据交易额', pattern: /数据交易额/ },
  { name: '高质量数据集', pattern: /高质量数据集/ },
  { name: '公共数据授权运营指数', pattern: /公共数据授权运营指数/ },
  { name: '高新技术企业', pattern: /高新技术企业/ },
  { name: '专精特新企业', pattern: /专精特新/ },
  // The level (省级以上 …) is a scope (SCOPE_QUALIFIERS).
  { name: '研发机构', pattern: /研发机构/ },
  { name: '万兆园区', pattern: /万兆园区/ },
  { name: '智慧农场', pattern: /智慧农场/ },
  { name: '数字消费创新场景', pattern: /数字消费创新场景/ },
  { name: '数字化典型应用场景', pattern: /数字化典型应用场景/ },
  { name: '农业生产信息化率', pattern: /农业生产信息化率/ },
  { name: '工业互联网标杆工厂', pattern: /工业互联网标杆工厂/ },
  { name: '数据中心PUE', pattern: /PUE/ },
  { name: '智慧校园覆盖率', pattern: /智慧校园/ },
];

/**
 * Qualifiers of an indicator's scope: a name carrying one counts another set of things than the bare name
 * ("国家高新技术企业" is not "数字经济相关高新技术企业", "规模以上…营业收入" not "…营业收入"). Taken off a name before it
 * is matched to CANONICAL_INDICATORS and kept as the target's `scope` (labels in this order); a name that is not
 * canonical keeps its qualifiers in its own wording. At most one label per `group` (the first that matches).
 */
export const SCOPE_QUALIFIERS: ReadonlyArray<{ label: string; group: string; pattern: RegExp }> = [
  /** 国家 / 国家级: "国家高新技术企业", "国家卓越级智能工厂". */
  { label: '国家级', group: 'level', pattern: /国家级?/u },
  /** 省级以上 / 省级及以上: "省级以上专精特新企业". */
  { label: '省级以上', group: 'level', pattern: /省级及?以上/u },
  /** 省级: "省级工业互联网标杆工厂". */
  { label: '省级', group: 'level', pattern: /省级/u },
  /** 市级: "市级数字消费创新场景". */
  { label: '市级', group: 'level', pattern: /市级/u },
  /** 数字经济 / 数字经济相关 / 数字经济领域, not the 数字经济核心产业 of a canonical name: "数字经济相关高新技术企业". */
  { label: '数字经济领域', group: 'sector', pattern: /数字经济(?:相关|领域)?(?!核心产业)/u },
  /** 规上 / 规模以上: "规模以上数字经济核心产业营业收入", "数字经济核心产业规上企业数". */
  { label: '规上', group: 'size', pattern: /规上|规模以上/u },
  /** 重点企业 / 重点工业企业: "重点企业关键工序数控化率". */
  { label: '重点企业', group: 'firms', pattern: /重点(?:工业)?企业/u },
  /** 中小企业: "专精特新中小企业" (中小 taken off; 企业 stays part of the name). */
  { label: '中小企业', group: 'firms', pattern: /中小(?=企业)/u },
];

/** An indicator as named: the canonical (or cleaned) name and the scope qualifiers taken off it. */
export interface IndicatorIdentity {
  indicator: string;
  scope: string[];
}

/** A year's amount: "每年新增…", "年均增长…", "全年培育…", "年内…" (not "三年内", a span). */
export const PER_YEAR_CUE = /每年|年均|全年|(?<![一二两三四五六七八九十\d])年内/u;
/** A running total: "累计建成…", "三年内累计形成…", "…累计拥有量". */
export const CUMULATIVE_CUE = /累计/u;
/** What is added: "新增…", "新培育…", "新建…" (not the 新 of "创新", "更新", "革新", "重新"). */
export const NEW_CUE = /(?<![创更革重刷])新(?:增|培育|建|引进|引育|认定|创建|打造|招引|落地)/u;

/**
 * Units of values that do not add up — a rate, an index, a ratio: a running total or "what is added" makes no sense for
 * them ("新建数据中心PUE值达到1.3以下": 新建 says which data centres, not that 1.3 is added).
 */
export const NON_ADDITIVE_UNITS: ReadonlySet<string> = new Set(['%', '', '倍', '个百分点']);

/**
 * The measure a target's words give it: a year's amount when they say so (or, `yearless`, when the sentence states no
 * year and says 每年 before the number), else — for a value that adds up (`unit` not in NON_ADDITIVE_UNITS) — a
 * running total when they say 累计, what is added when they say 新增 / 新培育 …, else "unmarked": the text says none
 * of these, and nothing is guessed.
 */
export function measureOf(words: string, unit: string, sentencePrefix = '', yearless = false): Measure {
  if (PER_YEAR_CUE.test(words) || (yearless && PER_YEAR_CUE.test(sentencePrefix))) return 'per-year';
  if (NON_ADDITIVE_UNITS.has(unit)) return 'unmarked';
  if (CUMULATIVE_CUE.test(words)) return 'cumulative';
  if (NEW_CUE.test(words)) return 'new';
  return 'unmarked';
}

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
const BEFORE_EQ = ['达到', '达', '为', '增至', '升级至', '拓展至', '至'];
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
/** A stated year: 到2027年 / 2024年 — not the end of a period "2021—2023年", which sets no single year. */
const YEAR = /(?<![\d—\-~~至])(20\d{2})\s*年(?![\d—\-~])/u;
/** A deadline year ("到2027年"): numbers in its sentence are targets. */
const TARGET_YEAR = /(?:到|至)\s*20\d{2}\s*年/u;
const ANNUAL = /每年|年均/u;
/** Words that mark a number as a target even without a comparator or a year. */
const TARGET_VERB = /建成|培育|打造|新增|引进|引培|引育|实施|建设|创建|创成|形成|实现|累计|争创|推广|发放|完成|落实|投资|集聚|孵化/u;
/** Sentence and phrase delimiters. */
const SENTENCE_END = /[。;;]/u;
const PHRASE_END = /[,,、:]/u;
/** Opening and closing brackets / quotes: delimiters inside them ("智慧农场(牧场、渔场)") do not end a phrase. */
const OPENERS = '(([“《〔';
const CLOSERS = ')))]”》〕';
/** "省、市级": the 、 of a list of government levels does not end a phrase. */
const LEVEL_LIST_COMMA = /(?<=国家|省|市|县|区)、(?=(?:省|市|县|区)级)/gu;
/** A masked delimiter (same length as the one it hides, so indices stay valid). */
const MASK = '\u0001';

/**
 * Words that open a phrase before the indicator and are not part of it: time, place, adverbs and the verbs of
 * "建成N个X" / "培育X N家". Stripped repeatedly from the front, longest first.
 */
const LEADING_WORDS = [
  '全市', '我市', '全年', '年内', '三年内', '每年', '年均', '累计', '力争', '逐步', '持续',
  '新培育', '培育出', '培育', '培养', '引进', '引培', '引育', '招引', '孵化', '集聚', '建成', '建设', '新建', '打造',
  '创建', '创成', '创争', '争创', '形成', '实现', '实施', '推广', '遴选', '发布', '组织', '举办', '支持', '落实',
  '开展', '推动', '达到', '完成', '建立', '提升', '提供', '输出', '制定', '投入', '投资', '新增', '超过', '突破',
  '超', '以上', '不少于', '的',
].sort((a, b) => b.length - a.length);
/** A stated target year at the front ("到2027年"). */
const LEADING_YEAR = /^(?:到|至|在)?20\d{2}年/u;
/** Manner phrases at the front: "分行业、分领域组织…". */
const LEADING_MANNER = /^分(?:行业|领域|层次|类|批)/u;
/** Connectors between two leading verbs: "引进和培育". Stripped only when a leading verb follows. */
const CONNECTORS = ['和', '及', '并', '与'];
/** Words closing the phrase before a number that are not part of the indicator. */
const TRAILING_FILLER = /(?:的|达|到|为|实现|突破|超过|超|累计|力争|逐步|保持)$/u;
/** Growth phrasing: "年均增长约5%", "增长20%以上", "数量保持10%左右增长". */
const GROWTH_WORDS = /(?:年均)?增长(?:率)?$/u;
const GROWTH_TAIL = /^(?:增长|增速)$/u;
/** Verbs in a phrase after the unit: the words after the number are then a predicate, not the thing counted. */
const TAIL_VERB = /通过|提供|实现|核验|开展|推出|推荐|汇聚|上图|运作|运行|覆盖/u;
/** A number that is a value, not part of a name ("5G基站", "IPV6"). */
const NUMBER_VALUE = /(?<![A-Z\d.])\d+(?:\.\d+)?(?![\d.A-Z])/u;
/** Longest noun phrase after the unit accepted as an indicator name. */
const TAIL_MAX = 24;
/** Names too vague to compare ("产业规模" of which industry?): dropped rather than guessed. */
const VAGUE_NAMES = new Set(['产业规模', '产值规模', '规模', '产值', '产业', '项目', '企业', '试点', '省级试点', '国家试点']);
/** Names that start by pointing back at earlier text ("相关产业规模"). */
const ANAPHORIC = /^(?:相关|其|该|上述)/u;
/** An "等" closing a list of examples ("智慧零售等"), not "等级". */
const ETC = /等(?!级)/gu;

const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Folds a value with its multiplier into the unit shown: 5000万元 → 0.5 亿元; 1.2万个 → 12000 个. */
export function scaleValue(n: number, mult: string | undefined, unit: string): { value: number; unit: string } {
  const m = mult ? MULTIPLIER[mult] : 1;
  if (MONEY.has(unit)) return { value: round((n * m) / 1e8), unit: `亿${unit}` };
  return { value: round(n * m), unit };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Bracketed parts removed ("智慧农场(牧场、渔场)" → "智慧农场"), for tests on the bare name. */
const withoutBrackets = (s: string) => s.replace(/[((][^()()]*[))]/gu, '');
/** Two things counted together ("标杆工厂和示范智能车间"): never mapped to a canonical single indicator ("普及率" is one). */
const COMPOUND = /和|与|、|(?<!普)及/u;

/** The canonical name of an indicator, or the cleaned raw name (its scope: identifyIndicator). */
export function normaliseIndicator(raw: string): string {
  return identifyIndicator(raw).indicator;
}

/** The scope qualifiers of a name (SCOPE_QUALIFIERS, one per group, in their order) and the name without them. */
export function scopeOf(name: string): { rest: string; scope: string[] } {
  let rest = name;
  const scope: string[] = [];
  const groups = new Set<string>();
  for (const q of SCOPE_QUALIFIERS) {
    if (groups.has(q.group) || !q.pattern.test(rest)) continue;
    groups.add(q.group);
    scope.push(q.label);
    rest = rest.replace(new RegExp(q.pattern.source, 'gu'), '');
  }
  return { rest, scope };
}

/**
 * An indicator's canonical name and scope: the name without its scope qualifiers matched to CANONICAL_INDICATORS; a
 * name that matches none keeps its own (cleaned) wording, qualifiers and all, and no separate scope.
 */
export function identifyIndicator(raw: string): IndicatorIdentity {
  const folded = foldForAnalysis(raw).replace(/\s/g, '');
  // "跨境电商进出口额增长20%" is a growth rate, not the amount: a separate indicator.
  const growth = GROWTH.exec(folded);
  if (growth) {
    const of = identifyIndicator(folded.slice(0, growth.index));
    return { indicator: `${of.indicator}增长率`, scope: of.scope };
  }
  const bare = withoutBrackets(folded).replace(/[“”"]/gu, '');
  // A compound or a flow ("新增机架数") is not the stock the canonical name stands for.
  if (COMPOUND.test(bare) || bare.includes('新增')) return { indicator: folded, scope: [] };
  const { rest, scope } = scopeOf(bare);
  for (const c of CANONICAL_INDICATORS) if (c.pattern.test(rest)) return { indicator: c.name, scope };
  return { indicator: folded, scope: [] };
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

/** The phrase before the number without its comparator word(s); `had` tells whether there was one. */
function stripComparator(s: string): { rest: string; had: boolean } {
  let out = s;
  let had = false;
  for (;;) {
    const w = BEFORE_WORDS.find((x) => out.endsWith(x));
    if (!w) return { rest: out, had };
    out = out.slice(0, -w.length);
    had = true;
  }
}

/** Removes leading time/place words, adverbs and verbs (with "和" between verbs). */
function stripLeading(s: string): string {
  let out = s.trim();
  for (;;) {
    const before = out;
    out = out.replace(LEADING_YEAR, '').replace(LEADING_MANNER, '').replace(/^[,,、\s]+/u, '');
    const w = LEADING_WORDS.find((x) => out.startsWith(x));
    if (w) out = out.slice(w.length);
    const c = CONNECTORS.find((x) => out.startsWith(x) && LEADING_WORDS.some((v) => out.slice(x.length).startsWith(v)));
    if (c) out = out.slice(c.length);
    if (out === before) return out;
  }
}

/** Unbalanced brackets / quotes at either end removed; balanced ones ("智慧农场(牧场、渔场)") kept. */
function trimUnbalanced(s: string): string {
  let out = s.trim();
  for (;;) {
    const before = out;
    const first = out[0];
    const last = out[out.length - 1];
    if (first && CLOSERS.includes(first)) out = out.slice(1);
    else if (last && OPENERS.includes(last)) out = out.slice(0, -1);
    else if (first === '“' && !out.slice(1).includes('”')) out = out.slice(1);
    else if (last === '”' && !out.slice(0, -1).includes('“')) out = out.slice(0, -1);
    else if (first && '((['.includes(first) && !/[))\]]/u.test(out)) out = out.slice(1);
    else if (last && ')))]'.includes(last) && !/[((\[]/u.test(out)) out = out.slice(0, -1);
    if (out === before) return out.trim();
  }
}

/** The sentence with delimiters inside brackets/quotes and in "省、市级" masked, same length. */
function maskNested(s: string): string {
  let depth = 0;
  let out = '';
  for (const ch of s) {
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    out += depth > 0 && (PHRASE_END.test(ch) || SENTENCE_END.test(ch)) ? MASK.repeat(ch.length) : ch;
  }
  return out.replace(LEVEL_LIST_COMMA, MASK);
}

/** Is `name` usable as an indicator name? */
function nameable(name: string): boolean {
  const bare = name.replace(/[“”"]/gu, '');
  return bare.length >= 2 && !VAGUE_NAMES.has(bare) && !ANAPHORIC.test(bare) && /\p{Script=Han}|[A-Z]/u.test(bare);
}

/**
 * Targets stated in running text. `text` is the clause's display text (or one table cell).
 *
 * The indicator is the noun phrase the number measures: the subject before a comparator ("数据交易额超20亿元"), the
 * noun right before the number ("专精特新中小企业60家"), or — after a verb — the noun after the unit ("建成1.2万个5G
 * 基站"). A number with words on both sides ("数字视听4个数字技术应用产业", "为全市2000家左右企业提供…") cannot be
 * named reliably and is dropped, as is a number qualifying a later one ("招引10亿元以上项目不少于10个": 10亿元 is a
 * threshold, not a target).
 *
 * `headingYear` is the one year the heading of the text's table states (see headingYear): a target whose sentence
 * states no year of its own gets it. It never makes a number a target — only dates one.
 */
export function extractFromText(plan: string, clause: string, text: string, headingYear: number | null = null): Target[] {
  const out: Target[] = [];
  const folded = foldForAnalysis(text);
  for (const paragraph of folded.split('\n')) {
    // "到2025年,…。培育…40家": a paragraph opened by a target year sets it for its later sentences too.
    const opening = /^[^。;;]{0,40}?到\s*(20\d{2})\s*年/u.exec(paragraph);
    const paragraphYear = opening ? Number(opening[1]) : null;
    const maskedParagraph = maskNested(paragraph);
    let offset = 0;
    for (const maskedSentence of maskedParagraph.split(SENTENCE_END)) {
      const sentence = paragraph.slice(offset, offset + maskedSentence.length);
      offset += maskedSentence.length + 1;
      out.push(...fromSentence(plan, clause, sentence, maskedSentence, paragraphYear, headingYear));
    }
  }
  return out;
}

/** What follows a number that makes it a year ("2027年"), not a value. */
const YEAR_AFTER = /^\s*年/u;
/** A Latin letter right after a number: the number is part of a name ("5G", "3D打印"). */
const NAME_AFTER = /^[A-Z]/u;
/** A Latin letter, digit or point right before a number: part of a name or of a longer number ("IPV6", "12345"). */
const NAME_BEFORE = /[A-Z\d.]$/u;
/** A number without a unit is a target only when it measures one of these: an index, a value, a rate, PUE ("指数达72"). */
const UNITLESS_MEASURE = /(指数|值|率|PUE)/u;
/** The qualifier after a number, when it opens the words after it ("以上数字贸易龙头企业"): not part of the name. */
const LEADING_QUALIFIER = /^(?:以上|左右|以下|以内)/u;
/** The words after a number up to a connector before the next number: "10家以上数字贸易龙头企业及5个…". */
const JOINED_NEXT = /^(.*?[^\d.])(?:及|和|与|、)(?=\d)/u;
/** Where the phrase after a counted noun ends, to see whether an enumeration goes on after it. */
const CONTINUATION_END = /[,,:]/u;

/** A number in a sentence (a match of VALUE) and where it stands. */
export interface NumberMatch {
  /** Start and end of the match in the sentence. */
  at: number;
  end: number;
  /** The number, and the end of its range ("3~5家": "5"), as written. */
  value: string;
  valueMax: string | undefined;
  /** 万 / 亿, when given. */
  mult: string | undefined;
  /** The unit after the number, "" when none. */
  unit: string;
  /** 以上 / 左右 / 以下 / 以内, when given. */
  qualifier: string | undefined;
}

/** Every number of a sentence, with its range, multiplier, unit and qualifier (VALUE). */
export function numbersIn(sentence: string): NumberMatch[] {
  return [...sentence.matchAll(VALUE)].map((m) => {
    const [whole, value, valueMax, mult, unit, qualifier] = m;
    return { at: m.index!, end: m.index! + whole.length, value, valueMax, mult, unit: unit ?? '', qualifier };
  });
}

/** The year a sentence states for its targets (YEAR), else the one its paragraph opened with, else null. */
export function sentenceYear(sentence: string, paragraphYear: number | null): number | null {
  const m = YEAR.exec(sentence);
  return m ? Number(m[1]) : paragraphYear;
}

/** Whether the number at [at, end) is a year or part of a name ("5G", "IPV6", "12345") rather than a value. */
export function isYearOrName(sentence: string, at: number, end: number): boolean {
  const after = sentence.slice(end);
  return YEAR_AFTER.test(after) || NAME_AFTER.test(after) || NAME_BEFORE.test(sentence.slice(0, at));
}

/**
 * The words of the number's phrase before it: from the last phrase delimiter (PHRASE_END, not counting those masked
 * inside brackets) or from where the previous target's words ended (`consumed`), whichever is later.
 */
export function phraseBefore(sentence: string, masked: string, at: number, consumed: number): string {
  const breaks = [...masked.slice(0, at).matchAll(new RegExp(PHRASE_END, 'gu'))].map((x) => x.index! + 1);
  return sentence.slice(Math.max(consumed, ...breaks, 0), at);
}

/** What ends the words a measure cue may stand in: a phrase mark other than 、 (COMMA_PHRASE_END), unmasked. */
const COMMA_PHRASE_END = /[,,:]/gu;

/**
 * The words before the number at `at` back to the last , or : outside brackets — unlike phraseBefore, through a 、
 * list, whose cue word ("新增A 130家、B 3个") is the whole list's.
 */
export function commaPhrase(sentence: string, masked: string, at: number): string {
  const breaks = [...masked.slice(0, at).matchAll(COMMA_PHRASE_END)].map((x) => x.index! + 1);
  return sentence.slice(Math.max(0, ...breaks), at);
}

/** Whether the phrase before a number ends with a comparator word (BEFORE_WORDS: 达到, 突破, 不少于 …). */
const hasComparator = (before: string) => BEFORE_WORDS.some((w) => before.endsWith(w));

/**
 * Whether a number is stated as a target. It needs a unit or a multiplier — or a comparator before a measure without
 * a unit ("两化融合发展水平指数达72", UNITLESS_MEASURE) — and something that makes it a target: a comparator, a
 * qualifier (以上), a deadline year in the sentence or its paragraph (`targetSentence`), an annual phrase, or a target
 * verb before it (`prefix`: the sentence up to the number).
 */
export function isTargetNumber(
  n: NumberMatch,
  before: string,
  prefix: string,
  sentence: string,
  targetSentence: boolean,
): boolean {
  const comparator = hasComparator(before);
  if (!n.unit && !n.mult && (!comparator || !UNITLESS_MEASURE.test(before))) return false;
  return comparator || !!n.qualifier || targetSentence || ANNUAL.test(sentence) || TARGET_VERB.test(prefix);
}

/** The words after a number's unit, as far as they may name what it counts. */
export interface Tail {
  /** The words, without a leading qualifier and unbalanced brackets. */
  text: string;
  /** Where the phrase after the unit ends (the next delimiter). */
  end: number;
  /** Where the next number's phrase may start once these words are used (after a connector before it). */
  stop: number;
  /** The words end at a connector before the next number ("…龙头企业及5个…", JOINED_NEXT). */
  joined: boolean;
}

/**
 * The words after the number at `end`, up to the next delimiter (not counting those masked inside brackets) or to a
 * connector before the next number; null when another number follows in the same phrase without one ("招引10亿元以上
 * 数字经济产业项目不少于10个"): this number then only qualifies the next.
 */
export function tailAfter(sentence: string, masked: string, end: number): Tail | null {
  const rel = masked.slice(end).search(new RegExp(PHRASE_END, 'u'));
  const tailEnd = rel < 0 ? sentence.length : end + rel;
  let words = sentence.slice(end, tailEnd);
  let stop = tailEnd;
  const joined = JOINED_NEXT.exec(words);
  if (joined) {
    words = joined[1];
    stop = end + joined[0].length;
  } else if (NUMBER_VALUE.test(words)) {
    return null;
  }
  return { text: trimUnbalanced(words.replace(LEADING_QUALIFIER, '')), end: tailEnd, stop, joined: !!joined };
}

/**
 * The subject the phrase before a number names: without its comparator word(s), leading time/place words and verbs,
 * trailing filler, and the examples of a list closed by 等 ("打造数币智付、智慧零售等30个…" → "").
 */
export function subjectOf(before: string): string {
  const { rest } = stripComparator(before);
  const subject = trimUnbalanced(stripLeading(rest).replace(TRAILING_FILLER, ''));
  const etc = [...subject.matchAll(ETC)].pop();
  return etc ? trimUnbalanced(subject.slice(etc.index! + 1)) : subject;
}

/** An indicator's name as worded (null: none that can be named), and whether the words after the unit named it. */
export interface Naming {
  raw: string | null;
  usedTail: boolean;
}

/**
 * A growth rate's name: of the subject ("跨境电商进出口额增长20%") or, when the subject is only "年均增长", of the amount
 * just stated (`previousRaw`: "…1850亿元,年均增长约5%").
 */
function growthName(subject: string, tail: Tail, previousRaw: string | null): Naming {
  const base = trimUnbalanced(stripLeading(subject.replace(GROWTH_WORDS, '').replace(TRAILING_FILLER, '')));
  const of = base || previousRaw;
  return { raw: of && nameable(of) && !GROWTH_WORDS.test(of) ? `${of}增长率` : null, usedTail: GROWTH_TAIL.test(tail.text) };
}

/**
 * The name after the unit ("建成1.2万个5G基站"): not a predicate (TAIL_VERB), not too long (TAIL_MAX), and not the
 * first item of an enumeration that goes on without numbers (the count is then of the whole list).
 */
function tailName(sentence: string, tail: Tail): Naming {
  const continuation = sentence.slice(tail.end + 1).split(CONTINUATION_END)[0] ?? '';
  const listGoesOn = sentence[tail.end] === '、' && !tail.joined && !/\d/.test(continuation);
  const ok = tail.text.length <= TAIL_MAX && !TAIL_VERB.test(tail.text) && !listGoesOn;
  return { raw: ok ? tail.text : null, usedTail: true };
}

/**
 * What a number measures: a growth rate (GROWTH_TAIL after it, GROWTH_WORDS closing the subject), the subject before
 * it when nothing follows the unit, or the words after the unit when nothing precedes it. A number with words on both
 * sides cannot be named reliably: null.
 */
export function nameOf(subject: string, tail: Tail, sentence: string, previousRaw: string | null): Naming {
  if (GROWTH_TAIL.test(tail.text) || GROWTH_WORDS.test(subject)) return growthName(subject, tail, previousRaw);
  if (subject && !tail.text) return { raw: subject, usedTail: false };
  if (!subject && tail.text) return tailName(sentence, tail);
  return { raw: null, usedTail: false };
}

/** The targets of one sentence (`masked`: the same with delimiters inside brackets masked, see maskNested). */
function fromSentence(
  plan: string,
  clause: string,
  sentence: string,
  masked: string,
  paragraphYear: number | null,
  headingYear: number | null,
): Target[] {
  const out: Target[] = [];
  const year = sentenceYear(sentence, paragraphYear);
  const targetSentence = TARGET_YEAR.test(sentence) || paragraphYear !== null;
  /** Where the phrase of the next number may start at the earliest (after a tail already used). */
  let consumed = 0;
  let previousRaw: string | null = null;
  for (const n of numbersIn(sentence)) {
    if (isYearOrName(sentence, n.at, n.end)) continue;
    const prefix = sentence.slice(0, n.at);
    const before = phraseBefore(sentence, masked, n.at, consumed);
    if (!isTargetNumber(n, before, prefix, sentence, targetSentence)) continue;
    const tail = tailAfter(sentence, masked, n.end);
    if (!tail) continue;
    const { raw, usedTail } = nameOf(subjectOf(before), tail, sentence, previousRaw);
    if (usedTail || tail.joined) consumed = tail.stop;
    if (!raw || !nameable(raw)) continue;
    const { value, unit } = scaleValue(Number(n.value), n.mult, n.unit);
    out.push({
      plan,
      clause,
      ...identifyIndicator(raw),
      // The words of the number's phrase up to it, through a 、 list ("新增A 130家、B 3个": both are 新增).
      measure: measureOf(commaPhrase(sentence, masked, n.at), unit, prefix, year === null),
      raw,
      value,
      valueMax: n.valueMax ? scaleValue(Number(n.valueMax), n.mult, n.unit).value : null,
      unit,
      // The sentence's own year first; else the year its table's heading states (a one-year work-point table).
      year: year ?? headingYear,
      comparator: comparatorFor(before, n.qualifier),
      text: sentence.trim(),
    });
    previousRaw = raw;
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
      ...identifyIndicator(raw),
      // A table row's measure is in its indicator's name: "累计建成高新技术企业数量(个)".
      measure: measureOf(raw, unit),
      raw,
      value: Number(m[1]),
      valueMax: null,
      unit,
      year: Number(YEAR_COLUMN.exec(c.column.trim())![1]),
      comparator: '=',
      text: rowText,
    });
  }
  return out;
}

/** A year stated in a heading: "2025年…" — not either end of a span ("2025-2027年", "2021—2023年"). */
const HEADING_YEAR = new RegExp(YEAR.source, 'gu');
/** A span of years ("2025-2027年", "2025年至2027年"): a heading naming one sets no single year. */
const YEAR_SPAN = /20\d{2}\s*年?\s*(?:[—\-~~]|至|到)\s*20\d{2}/u;

/**
 * The one year a table's heading states ("2025年数字经济发展工作要点" → 2025, "2024年数字盐城重点工作任务分解表" →
 * 2024), or null: no year, a span of years ("2025-2027年数字经济发展主要目标") or two different years. Never guessed.
 */
export function headingYear(heading: string | null | undefined): number | null {
  if (!heading) return null;
  const folded = foldForAnalysis(heading);
  if (YEAR_SPAN.test(folded)) return null;
  const years = new Set([...folded.matchAll(HEADING_YEAR)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

/** Columns of a task table that hold no target text: numbering, departments, deadlines. */
const NON_TEXT_COLUMN = /序号|编号|部门|单位|牵头|责任|时间|时限|期限/u;

/**
 * Targets of one table row. A target table (year columns) gives one target per year column, named by the row's
 * indicator column; any other table (task tables) is read cell by cell, each text cell as running text — never the
 * pipe-joined row, whose numbering and neighbouring cells would leak into names ("11|引培…").
 *
 * `tableHeading` is the table's caption (or its attachment's title): when it states one year, the row's targets
 * that state none are targets of that year (headingYear) — a work-point table lists one year's work.
 */
export function extractFromCells(
  plan: string,
  clause: string,
  cells: ReadonlyArray<{ column: string; text: string }>,
  rowText: string,
  tableHeading: string | null = null,
  /** The year of what encloses the table (the plan's title, see analyse.ts), used when the table's heading states none. */
  enclosingYear: number | null = null,
): Target[] {
  if (cells.some((c) => YEAR_COLUMN.test(c.column.trim()))) return extractFromRow(plan, clause, cells, rowText);
  const year = headingYear(tableHeading) ?? enclosingYear;
  return cells
    .filter((c) => !NON_TEXT_COLUMN.test(c.column))
    .flatMap((c) => extractFromText(plan, clause, c.text, year));
}

/** Deterministic order: indicator, year (undated first), plan, clause, value. Gives back the records it is given. */
export function sortTargets<T extends Target>(ts: readonly T[]): T[] {
  return [...ts].sort(
    (a, b) =>
      compareStrings(a.indicator, b.indicator) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      compareStrings(a.plan, b.plan) ||
      compareStrings(a.clause, b.clause) ||
      a.value - b.value,
  );
}
