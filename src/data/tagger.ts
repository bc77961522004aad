/**
 * The theme tagger's rules as reviewed data: its weights and thresholds, the vocabularies and the cue patterns by
 * which it tells a commitment from a passing mention, and what makes a clause commit to nothing. Beside the taxonomy
 * (themes.ts: which words name which theme), this file says how a mention of those words is read; the scoring that
 * applies it is code (scripts/lib/analyse/tag*.ts). Each constant follows the labelling policy written at the top of
 * scripts/data/theme-labels*.tsv; each has its own test (tagger.test.ts). After changing one, run `npm run
 * eval:themes` and the tagger's tests, and update the README's "Themes" figures.
 *
 * The tagger reads folded text (scripts/lib/analyse/fold.ts): half-width punctuation (",", ";", ":", "(", ")"),
 * upper-case ASCII, no extraction spaces inside CJK runs; the patterns below are written for that text.
 */

// ── Weights and thresholds ───────────────────────────────────────────────────────────────────────────────────────

/** Score of a real mention of a term or synonym. */
export const STRONG = 2;
/** Score of each further real mention of the same term (emphasis), for up to REPEAT_CAP of them. */
export const REPEAT = 1;
/** Most further mentions of one term that add REPEAT. */
export const REPEAT_CAP = 2;
/** Score of a cue, or of a term only mentioned in passing (a list item, inside a frame, a qualitative aim …). */
export const WEAK = 1;
/** Most that weak evidence (cues, passing mentions) can add together: it never decides a long clause alone. */
export const WEAK_CAP = 2;
/** Score at which a theme is assigned to a short clause (a table row, a one-line target). */
export const THRESHOLD_SHORT = 2;
/** Score at which a theme is assigned to a longer clause, where one passing word proves little. */
export const THRESHOLD_LONG = 4;
/** Clauses up to this many characters (folded, trailer removed) are short. */
export const SHORT_CLAUSE = 80;
/** Decisive evidence: a key term really mentioned, or any term with a quantified target of its own. */
export const KEY = THRESHOLD_LONG;
/** Decisive evidence: the clause's own heading contains a term, synonym or heading term of the theme. */
export const HEADING = THRESHOLD_LONG;
/** Decisive evidence: an enclosing heading contains a part term (everything under 保障措施 is 组织保障). */
export const PART = THRESHOLD_LONG;
/** Score of an enclosing heading or table group containing a heading term: context, never decisive alone. */
export const CONTEXT = 1;
/** Terms this short (characters) must start on a jieba token boundary, so "算力" is not found inside "计算力". */
export const SHORT_TERM = 2;

// ── Clauses that commit to nothing ───────────────────────────────────────────────────────────────────────────────

/**
 * An issuing notice ("…现印发给你们,请认真贯彻落实。" with its issuer and date): it passes the document on and commits
 * to nothing of its own, whatever its issuer's name (领导小组, 网络安全和信息化委员会) or the document's title says.
 * The clause takes no theme.
 */
export const ISSUING_NOTICE = /印发给你们/u;
/**
 * A call for comments on a draft ("…起草了《…(征求意见稿)》,现公开向社会征求意见。", "现征求社会公众意见", "本次征求
 * 意见时间为…"): like an issuing notice it passes a document on and commits to nothing of its own; a task to consult
 * ("广泛征求社会公众意见") is not one (no 现). The clause takes no theme.
 */
export const CONSULTATION_NOTICE = /现(?:公开)?(?:向社会(?:公开)?)?征求(?:社会公众)?意见|征求意见时间/u;
/**
 * The scope article of a 管理办法 or 条例 ("本市行政区域内公共数据的开放…,适用本办法。"): it says where the rules apply,
 * not what is to be done. The clause takes no theme.
 */
export const SCOPE_ARTICLE = /适用本(?:办法|条例|规定|细则|措施|政策|意见)/u;
/**
 * Definitions of a 管理办法 or 若干政策 ("本办法下列用语的含义:…", "〔名称解释〕", "公共数据,是指…", "本办法所称公共数据是指…",
 * "本办法所称开放主体(以下简称…),是指…"): they say what a word means and commit to nothing. The clause takes no theme.
 */
export const DEFINITION = /下列用语的含义|名称解释|所称[^。]{1,30}?是指|^[^。,]{2,20},是指/u;
/**
 * Sections that look back — 发展基础, 发展成就, 发展现状, 面临形势, 总体形势, 基本态势, 发展背景 …: their paragraphs report what was done or what the
 * situation is, and commit to nothing, whatever their figures. Clauses under such a heading take no theme.
 */
export const RETROSPECT_HEADING = /^(?:发展基础|发展成就|发展现状|现实基础|面临形势|发展形势|总体形势|基本态势|发展背景|机遇(?:与|和)挑战)/u;
/**
 * Sections of guidance — 指导思想, 基本原则, an article headed 原则: by the labelling policy a direction is not a commitment, so in them only a
 * mention with a quantified target of its own counts ("guidance"); a heading naming the theme still does. The
 * section may be an enclosing heading, the clause's heading, or a first line of its own ("指导思想。").
 */
export const GUIDANCE_HEADING = /^(?:指导思想|基本原则|原则$)/u;
/**
 * A principle a 管理办法 or 实施细则 sets ("公共数据开放应当遵循“统筹部署、需求导向…”的原则。", "…的申领、使用及管理
 * 遵循公平公正…的原则"): a direction, not a commitment, so the clause is read as a section of guidance.
 */
export const PRINCIPLE_SENTENCE = /遵循[^。]{0,60}的?原则/u;
/** A first line that only names the paragraph's section ("指导思想。", "发展思路:"): read like a heading. */
export const LEADING_LABEL = /^\s*([^\n。::]{2,8})[。::]?\s*\n/u;
/**
 * A sentence that says why and on what basis the document was written — "为规范公共数据授权运营管理,…,根据…,结合我市
 * 实际,制定本方案。", "…,特制订本年度重点工作安排。", "…,现提出如下意见。": it commits to nothing itself, so a
 * mention in it is shown but scores nothing, even in a short clause ("purpose"). Matched against each sentence (up to
 * its SENTENCE_END): the verb is followed by 本 / 如下 / 以下 or preceded by 特 / 现 ("特制定重庆市数字经济创新发展行动
 * 计划。", "现制定…工作要点如下。", "特编制本规划。"), so a task to draw up a document ("研究制定公共数据授权运营管理办法。")
 * is not one. A clause whose LAST sentence is one is a preamble that says why the document was written (the background
 * and basis before it included: "算力是…新型生产力。近年来,…。为加快…,特制订本方案。") and takes no theme.
 */
export const PURPOSE_SENTENCE = /(?:(?:制定|制订|编制|提出)(?:本|如下|以下)|[特现](?:制定|制订|编制|提出))[^。]{0,30}。?$/u;
/** Where a sentence ends (for PURPOSE_SENTENCE). */
export const SENTENCE_END = '。';
/**
 * A document's name in book-title marks: "现将《杭州市公共数据授权运营实施方案(试行)》印发给你们", "落实《上海市数据
 * 条例》". A mention inside one cites a document; it is not the clause's own commitment (passing, "cited").
 * Global: read with matchAll only (a global pattern's .test() would keep state between calls).
 */
export const CITED_TITLE = /《[^《》]*》/gu;
/**
 * A department trailer closing an item: 〔市工信局牵头,…按职责分工负责〕, (责任部门:…,完成时间:…). Department
 * names (市农业农村局, 市大数据集团 …) are not evidence of what the clause is about, so the trailer is not read.
 */
export const TRAILER = /[〔(]\s*[^〔(〕)]*(?:负责|牵头|责任部门|完成时间)[^〔(〕)]*[〕)]\s*$/u;

// ── Passing mentions: list items, leading frames of means, qualitative aims ──────────────────────────────────────

/** Characters that delimit a phrase (a comma-separated segment of a sentence): list items and frames live inside one. */
export const PHRASE_DELIMITERS: ReadonlySet<string> = new Set([',', ';', '。', ':', '\n']);
/** Characters that delimit list items / clauses when finding a mention's list item. */
export const ITEM_DELIMITERS: ReadonlySet<string> = new Set(['、', ',', ';', '。', ':', '(', ')', '“', '”', '\n']);
/** Enumeration separator: a mention in a short list item next to one is part of a list. */
export const LIST_SEPARATOR = '、';
/** Longest list item (characters) still read as an enumeration item rather than a phrase of its own. */
export const LIST_ITEM_MAX = 16;
/** How far (characters) a listed mention may sit from the "、" that makes it a list item ("光伏组件、"). */
export const ITEM_SLACK = 3;
/**
 * A list closed by "等" just after the mention: "…、人工智能等领域", "工业互联网平台等软件…". Matched against the rest of
 * the mention's list item; the mention is then one example of a list, whatever the item's length.
 */
export const LIST_END_NEAR = /^[^,。;]{0,3}等/u;
/** The word that closes an enumeration ("…、人工智能等领域"): a quantity after it counts the whole list. */
export const LIST_CLOSER = '等';
/** Conjunctions that join the last items of an enumeration ("…、数字化治理和数据要素化") or two items of one. */
export const LIST_CONJUNCTIONS = ['和', '及', '与'] as const;
/**
 * Verbs that open a leading adverbial of means: "利用数据要素流通市场与信用体系,提高普惠金融服务数字化水平". When a
 * phrase starts with one and is closed by a comma (FRAME_CLOSE), the clause's action comes after it and what the frame
 * names is only the means it uses, so a mention inside it is weak evidence, never decisive. Frames of focus
 * (围绕/聚焦/面向 …) are not among them: they name the field the action works in ("聚焦柔性电子、量子科技、6G、元宇宙等
 * 数字产业新赛道,布局实施一批高成长性优质项目" commits to the digital industry).
 */
export const FRAME_OPENERS = ['利用', '依托', '借助', '基于', '通过', '凭借'] as const;
/** The same frame as "以…为…,": "以政务数据资产创新应用、…为重点发展方向,推动市大数据集团实体化运作". */
export const FRAME_YI = '以';
/** The "为" that closes the "以…" part of such a frame (what follows it, "重点发展方向", is the frame's own predicate). */
export const FRAME_YI_WEI = '为';
/** A frame ends with a comma: the sentence goes on with its action (a frame closed by "。" is the whole sentence). */
export const FRAME_CLOSE = ',';
/** Quotes/brackets that may open a phrase before its first word ("依托“公共数据平台”,"). */
export const PHRASE_OPENING = /^[“‘"(《]+/u;
/**
 * A qualitative aim: a phrase whose subject is the mention and whose predicate only says it will improve, with no
 * quantity ("智能制造水平明显增强", "制造业数字化转型取得显著成效", "数字产业加快发展"). By the labelling policy an
 * aim is not a commitment, so such a mention is only passing. Matched against the phrase after the mention.
 */
export const QUALITATIVE_AIM =
  /^[^,;。]{0,6}?(?:取得(?:明显|显著|积极|重大)?(?:成效|进展)|(?:明显|显著|大幅|进一步|持续|不断|稳步|加快|更加|基本)(?:增强|提升|提高|完善|优化|发展|壮大|浓厚|加强))$/u;
/** Most characters before the mention in its phrase for it to be the phrase's subject ("全市", "我市"). */
export const AIM_SUBJECT_SLACK = 2;

// ── Quantified targets: a commitment ─────────────────────────────────────────────────────────────────────────────

/**
 * A quantity that makes a phrase a target: a number with its unit or measure word ("达65%", "20项以上", "超5000万元",
 * "1.2万个"), "一批" (a commitment to several: "引育一批…高端人才"), or a value cell of an indicator row ("| 300").
 * Years and months ("2027年", "12月") and the item-number cell that opens a table row are not quantities.
 */
export const QUANTITY =
  /\d+(?:\.\d+)?\s*(?:%|‰|万|亿|千|个|家|项|件|座|架|台|套|条|所|人|名|次|款|户|P|余|多)|一批|\|\s*\d+(?:\.\d+)?%?\s*(?:\||$)/u;
/** What may follow a list item's own quantity before the item ends: a comparator word ("以上", "左右") or nothing. */
export const ITEM_TARGET_END = /^(?:以上|左右|以内)?$/u;

// ── Table rows ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Table columns that name departments (牵头责任单位, 责任部门 …): like the trailer, not evidence. */
export const DEPARTMENT_COLUMN = /牵头|责任|单位|部门/u;
/** Table columns that give deadlines (完成时间): not evidence of what the row is about. */
export const DEADLINE_COLUMN = /时间|期限/u;
/** A group cell must hold words (Han characters): repeated numbers are values, not a group. */
export const GROUP_CELL = /\p{Script=Han}/u;
/** A cell of a table's number column (序号). */
export const ITEM_NUMBER = /^\d+$/u;
/** Separator of row cells in a row's text (as the ingest writes it). */
export const CELL_SEPARATOR = ' | ';
