/**
 * Named patterns of Chinese policy documents. Each shape a line can take is one named constant, tested on its own
 * in patterns.test.ts. Patterns are matched against lines that have already been normalised (normalize.ts):
 * indentation removed, spaces inside CJK runs removed, "﹒" turned into ".".
 */

/** Chinese numerals used in part and section numbers. */
const CN_NUM = '[一二三四五六七八九十百零〇]+';

/**
 * Chapter heading of a document in articles (管理办法, 若干政策): "第一章 总则". A chapter is a part. Groups: numeral,
 * rest of line.
 */
export const CHAPTER_HEADING = new RegExp(`^第(${CN_NUM}|[0-9０-９]{1,3})章\\s*(.*)$`);

/**
 * Article: "第三条 强化普惠算力供给。…". Articles are numbered through the whole document (chapters do not restart
 * them), so each is cited by its number alone. Groups: numeral, rest of line.
 */
export const ARTICLE_HEADING = new RegExp(`^第(${CN_NUM}|[0-9０-９]{1,3})条\\s*(.*)$`);

/** Part heading: "一、总体要求". Groups: numeral, rest of line. */
export const PART_HEADING = new RegExp(`^(${CN_NUM})、\\s*(.*)$`);

/** Section heading: "(一)发展思路", "（二）…" (half- or full-width parentheses). Groups: numeral, rest. */
export const SECTION_HEADING = new RegExp(`^[(（]\\s*(${CN_NUM})\\s*[)）]\\s*(.*)$`);

/**
 * Item number: "1.…", "1﹒…" (normalised to "."), "1、…", "１．…" (full-width). Groups: number, rest.
 * A "." followed by a digit is a decimal ("1.2万个"), not an item number.
 */
export const ITEM_NUMBER = /^([0-9０-９]{1,3})\s*(?:[、]|[.．](?![0-9０-９]))\s*(.+)$/;

/** Attachment list head: "附件:", "附件:重点任务分工", "附件:1.2025-2027年…". Group: rest after the colon. */
export const ANNEX_LIST = /^附件\s*[:：]\s*(.*)$/;

/** Attachment heading on its own line: "附件1", "附件 2", "附件一", or a bare "附件". Group: number (absent when bare). */
export const ANNEX_HEADING = new RegExp(`^附件\\s*([0-9０-９]+|${CN_NUM})?\\s*$`);

/** Box (专栏) heading: "专栏1 重点工程", "专栏一:…". Groups: number, title. */
export const BOX_HEADING = new RegExp(`^专栏\\s*([0-9０-９]+|${CN_NUM})\\s*[:：、.]?\\s*(.*)$`);

/**
 * Topic-led paragraph: a short topic phrase closed by "。" that opens the paragraph ("5G产业。依托…",
 * "数字产业化水平不断提升。巩固…"). Text must follow the "。": a lone "光网覆盖。" is the end of a broken sentence.
 * Group: the topic phrase.
 */
export const TOPIC_LED = /^([^。，,；;：:！!？?\s]{2,24})。(?=.)/;

/** Date line of an issuing notice: "2024年8月22日". Groups: year, month, day. */
export const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** Public-release note of an issuing notice: "(此件公开发布)", "(此件主动公开)". */
export const PUBLIC_RELEASE = /^[(（]此件(?:公开发布|主动公开|依申请公开|不公开)[)）]$/;

/** Addressee line opening an issuing notice: "各县(市、区)人民政府,…,市各直属单位:". */
export const ADDRESSEE_LINE = /^(?:各|市各|省各|全市各).*[:：]$/;

/**
 * A line shaped like addressees — names, no sentence, closed by a colon ("市直有关单位,各县市区…管理部门:",
 * "数字强省建设领导小组成员单位、省直有关部门(单位):"). It opens a notice only when NOTICE_BODY follows it.
 */
export const ADDRESSEE_SHAPE = /^[^。;；:：]{2,160}[:：]$/;

/**
 * The sentence that makes a notice an issuing notice: "…现印发给你们", "现将《…》印发给你们", or its request to the
 * addressees "特制定《…》,请认真组织实施".
 */
export const NOTICE_BODY = /印发给你们|请(?:结合实际)?认真(?:组织实施|贯彻落实|贯彻执行|抓好)/;

/** Signature line of an issuing body: "盐城市人民政府办公室", "苏州市人民政府". Short, ends with an organ name. */
export const ISSUER_LINE = /^[\u4e00-\u9fa5（）()]{2,30}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|厅|委)$/;

/** 文号: "苏委发〔2021〕1号", "苏政办发〔2022〕52号". Groups: whole number. */
export const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}〔\d{4}〕\d{1,4}号/;

/** A line that is only a 文号. */
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);

/** Period in a title: "(2025-2027年)", "(2022—2024年)", "（2021—2023年）", "（2022―2024年）". Groups: start, end. */
export const TITLE_PERIOD = /[(（]\s*(\d{4})\s*年?\s*[-—–―~～至到]+\s*(\d{4})\s*年?\s*[)）]/;

/**
 * The name of a national five-year plan period in a title: "鄂州市数字经济发展“十四五”规划", "…十三五…". It names
 * the plan's period when no years are printed; its years are not read from it (a plan may cover part of the period:
 * 规划期为2022—2025年), only its name, for the slug. Group: the name.
 */
export const TITLE_FIVE_YEAR = /[“"]?(十[一二三四五六七八九]五)[”"]?/;

/**
 * The one year a title names, opening it or before its kind: "2024年数字盐城工作要点", "数字威海建设2023年工作要点",
 * "…2025年度工作计划". Not a target year ("到2025年…", "至2025年…"), and no year at all when the title prints two
 * (meta.ts: periodOf). Group: year.
 */
export const TITLE_YEAR = /(?:^|[^\d到至])(\d{4})年/;

/** Kinds of policy documents, as their titles end: "…三年行动计划(2025-2027年)" → 三年行动计划. Longest first. */
export const TITLE_KIND = /(三年行动计划|行动计划|行动方案|实施方案|实施意见|指导意见|工作要点|发展规划|若干措施|若干政策|管理办法|实施细则|规划|意见|办法|方案|计划|要点|通知|条例)(?:[(（][^()（）]*[)）])?$/;

/** A title wrapped in guillemets on its own line, as policy portals print it: "《…》". Group: title. */
export const GUILLEMET_TITLE = /^《(.+)》$/;

/**
 * Names of the metadata fields a policy portal prints above a document (政府信息公开 pages: 索引号 / 发布机构 /
 * 成文日期 / 文号 / 主题分类 …; the Suzhou seed's 级别 / 状态 / 分类 / 支持方式). Longest names first, so that
 * "发文机关" is not read as "发文".
 */
export const PAGE_FIELD_NAMES = [
  '发文单位', '发布单位', '发文机关', '发布机构', '发文字号', '文号', '级别', '状态', '分类', '支持方式', '支持产业', '发布日期',
  '成文日期', '索引号', '主题分类', '时效性', '有效性', '公文种类', '主题词', '体裁分类', '组配分类', '信息来源', '发布时间',
].sort((a, b) => b.length - a.length);

/**
 * A metadata line of a portal page's header: one or more "name:value" fields of PAGE_FIELD_NAMES, e.g.
 * "发文单位:苏州市人民政府", "级别:苏州市级状态: 有效" (two fields on one line). Groups: first field name, rest.
 */
export const WEB_HEADER_FIELD = new RegExp(`^(${PAGE_FIELD_NAMES.join('|')})\\s*[:：]\\s*(.*)$`);

/** Where a further field starts inside a header line ("…市级状态: 有效"). Group: field name. */
export const WEB_HEADER_NEXT_FIELD = new RegExp(`(${PAGE_FIELD_NAMES.join('|')})\\s*[:：]`, 'g');

/**
 * A field of a 北大法宝 (PKULaw) export or page: "【发布部门】 某市人民政府办公室", "【时效性】 现行有效",
 * "【法宝引证码】CLI.12.5115678". Groups: field name, value.
 */
export const PKULAW_FIELD = /^【(法宝引证码|发布部门|制定机关|发文字号|发布日期|公布日期|实施日期|施行日期|时效性|效力级别|法规类别|批准日期)】\s*(.*)$/;

/** A 法宝引证码 value: "CLI.12.5115678". */
export const PKULAW_CODE = /^CLI\.[0-9A-Z]+\.[0-9A-Za-z.]+$/;

/** The source link line of an export: "原文链接：https://www.pkulaw.com/lar/….html". Group: the URL. */
export const SOURCE_LINK = /^(?:原文链接|原文地址|原文网址|来源链接|链接地址)\s*[:：]?\s*(https?:\/\/\S+)$/;

/**
 * 发文机关标志 of a 红头 document, on its own line above the 文号: "某市人民政府办公室文件", "中共某市委 某市人民政府
 * 文件". Group: the organ(s).
 */
export const RED_HEAD = /^([\u4e00-\u9fa5（）() ]{2,40}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|厅|委))\s*文件$/;

/**
 * Title of an issuing notice: "某市人民政府办公室关于印发《某市…行动计划》的通知", "…关于印发某市…方案的通知".
 * Groups: issuing organ (may be empty), the title of the document it issues (with or without 《》).
 */
export const NOTICE_TITLE = /^([^。；;:：]{0,60}?)关于(?:印发|转发|发布|公布)(.+)的通知$/;

/** A date as metadata fields give it: "2022-06-01", "2022年6月1日", "2022.06.01", "2022/6/1". Groups: y, m, d. */
export const FIELD_DATE = /^(\d{4})\s*(?:[-./年])\s*(\d{1,2})\s*(?:[-./月])\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Page furniture lines of scraped policy portals, kept as metadata, never as policy text. */
export const WEB_FURNITURE = /^(?:政策详情|图解政策|延伸阅读|政策解读|相关解读|相关文件|根据标签自动聚合以下内容|打印本页|关闭窗口|【打印】|【关闭】)$/;

/**
 * A page number as printed in a PDF's header or footer: "— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3 / 12",
 * a bare "3". Only lines in a page's top or bottom margin are tested against it.
 */
export const PAGE_NUMBER = /^(?:[-—–－―]\s*\d{1,4}\s*[-—–－―]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})$/;

/** A pipe-table line: two or more "|" cell separators, or one closing the line ("序号 | 主要工作 |"). */
export const TABLE_LINE = /\|.*\||\|\s*$/;

/** Trailer keywords: a bracketed group at the end of an item naming departments or deadlines. */
export const TRAILER_KEYWORDS = /牵头|负责|责任部门|责任单位|完成时间|配合/;

/** Lead departments inside a trailer: "市工信局牵头", "市商务局、市科技局牵头". Group: the list. */
export const TRAILER_LEAD = /^(.*?)牵头$/;

/** Labelled fields inside a trailer: "责任部门:…", "完成时间:…". Groups: label, value. */
export const TRAILER_FIELD = /^(责任部门|责任单位|牵头部门|牵头单位|配合部门|完成时间|完成时限)\s*[:：]\s*(.*)$/;

/** Deadline phrases: "2024年12月底前", "2025年3月", "持续推进", "长期坚持". */
export const DEADLINE = /^(?:\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:前)?|持续推进|长期坚持|持续实施|长期)$/;

/** Characters that end a sentence or a complete line. */
export const LINE_END = /[。；;！!？?：:…）)〕】》」』”"]$/;

/** Han characters and CJK punctuation / full-width forms: the characters a CJK run is made of. */
export const CJK_CHAR = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/;

/** Last character of an organ name (for "市工信局 市商务局" lists, where the space is a real separator). */
export const ORGAN_SUFFIX = /[局委办部院厅区县府所室处站会司团行心校馆]$/;

/** Space-separated label and separator of an item number as PDF extraction leaves it: "2 .培育…" → "2.培育…". */
export const ITEM_LABEL_SPACES = /^([0-9０-９]{1,3})\s+(?=[.．、])/;

/** First character of an organ name that follows a list-separating space. */
export const ORGAN_PREFIX = /^(?:[市省县区各]|[\u4e00-\u9fff]{2,10}(?:集团|公司)(?:$|[\s、,，]))/;

/** Han numerals → numbers, for part/section/annex numbering. */
export function cnToNumber(s: string): number {
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^[0-9０-９]+$/.test(s)) return Number(s.normalize('NFKC'));
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch in digits) {
      current = digits[ch];
    } else {
      return NaN;
    }
  }
  return total + current;
}
