/**
 * Stage 2 — normalise. Removes extraction artifacts only, each by a named rule tested in normalize.test.ts:
 *  - INDENTATION: leading/trailing white space (incl. NBSP and U+3000 used as indentation by web pages);
 *  - CJK_SPACES: white space inside CJK runs ("数 字产业化", "党中央 、 国务院") and between CJK and Latin/digits
 *    ("到 2023 年"), except a space separating two organ names in a list ("市工信局 市商务局"), kept as one space;
 *  - SMALL_FULL_STOP: "﹒" (U+FE52, a PDF artifact) → ".";
 *  - GLYPH_ALIASES: a CJK radical that a PDF font's Unicode map gives for the ideograph sharing its glyph
 *    ("⼈⺠政府" → "人民政府"; measured on every GB2312 character printed by chromium in Noto CJK), → the ideograph;
 *  - ITEM_LABEL_SPACES: spaces between an item number and its separator ("2 ﹒ 培育" → "2.培育");
 *  - BROKEN_LINES: a line broken mid-sentence is joined to the next ("…发展导" + "向,以23条…").
 * Wording, order and punctuation are otherwise kept.
 */
import { ANNEX_HEADING, CJK_CHAR, ITEM_LABEL_SPACES, LINE_END, ORGAN_PREFIX, ORGAN_SUFFIX } from './patterns';

/** A logical line of the seed: its normalised text and the source lines it came from. */
export interface Line {
  /** 1-based number of the first source line. */
  n: number;
  /** Normalised text. */
  text: string;
  /** Number of source lines joined into this one (1 unless BROKEN_LINES joined some). */
  span: number;
}

const SPACE_RUN = /[\s\u00a0\u3000\u2000-\u200b\ufeff]+/g;
const SMALL_FULL_STOP = /\ufe52/g;

/**
 * GLYPH_ALIASES. A PDF maps each glyph back to one code point; where a font draws an ideograph and a radical with the
 * same glyph, the map may name the radical: 人 comes out as ⼈ (U+2F08, Kangxi Radicals), 民 as ⺠ (U+2EA0, CJK
 * Radicals Supplement). Kangxi radicals are folded by NFKC; the supplement's radicals by this table — each radical's
 * equivalent unified ideograph (Unicode's EquivalentUnifiedIdeograph.txt) for the radicals that stand for a whole
 * character or a component written alone. Three more were measured with Noto CJK: 胶 as 㬵 (U+3B35), ～ as 〜
 * (U+301C) and, in bold type, the dash — (U+2014) as ― (U+2015), which is also how one of the two GB2312 mapping
 * tables (CP936) names 破折号. Policy text has no use for radical code points, so no real text is changed.
 */
export const GLYPH_ALIASES: Record<string, string> = Object.fromEntries(
  (
    '⺁厂 ⺅亻 ⺆冂 ⺉刂 ⺊卜 ⺌小 ⺎兀 ⺐尢 ⺒巳 ⺓幺 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪疋 ' +
    '⺫罒 ⺬示 ⺭礻 ⺮竹 ⺯糹 ⺰纟 ⺱罓 ⺶羊 ⺹耂 ⺺肀 ⺻聿 ⺾艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻊足 ⻋车 ⻌辶 ⻍辶 ⻏阝 ⻐钅 ⻑長 ⻒镸 ⻓长 ' +
    '⻔门 ⻕阜 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻟飠 ⻠饣 ⻡首 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻬齐 ⻮齿 ⻰龙 ⻳龟 㬵胶 〜～ ―—'
  )
    .split(' ')
    .map((pair) => [...pair] as [string, string]),
);

/** Applies GLYPH_ALIASES: Kangxi radicals (U+2F00–U+2FD5) by NFKC, the others by the table. */
export function unaliasGlyphs(text: string): string {
  return text.replace(/[\u2e80-\u2fdf\u3b35\u301c\u2015]/g, (ch) => (ch >= '\u2f00' && ch <= '\u2fd5' ? ch.normalize('NFKC') : (GLYPH_ALIASES[ch] ?? ch)));
}

/** Applies the character-level rules to one line. */
export function normalizeLine(raw: string): string {
  const s = unaliasGlyphs(raw).replace(SMALL_FULL_STOP, '.').replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
  return s.replace(ITEM_LABEL_SPACES, '$1').replace(SPACE_RUN, (_space, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + _space.length);
    const a = before.at(-1) ?? '';
    const b = after[0] ?? '';
    if (!a || !b) return '';
    if (CJK_CHAR.test(a) || CJK_CHAR.test(b)) {
      return ORGAN_SUFFIX.test(before) && ORGAN_PREFIX.test(after) && isOrganList(before, after) ? ' ' : '';
    }
    return ' ';
  });
}

/**
 * A space between two organ names is a list separator, not an artifact: the text before it ends an organ name
 * (…局, …委, …办) and the text after starts one (市…, 县…) and itself ends like an organ name before the next
 * separator.
 */
function isOrganList(before: string, after: string): boolean {
  const next = after.split(/[\s、,，;；。]/)[0];
  return ORGAN_SUFFIX.test(next) && next.length <= 16 && /[\u4e00-\u9fff]{2,}$/.test(before);
}

/**
 * BROKEN_LINES: joins a line to the next when it stops mid-sentence — it ends in a Han character, digit, Latin
 * letter, "、" or "," rather than closing punctuation —, it is not itself a heading line ("(一)发展思路", an attachment's
 * title under its "附件1"), and the next
 * line does not open a new block (a heading, an item, a topic-led paragraph, a table row, a notice signature…, as
 * `opensBlock` decides). Blank lines are dropped.
 */
export function joinBrokenLines(lines: Line[], opensBlock: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    const prev = out.at(-1);
    // An attachment's title — the line right under "附件" / "附件1" — is a heading too: what follows it (a table a
    // PDF's positions did not settle, one line per row) is never glued onto it.
    const prevIsHeading = prev && ((opensBlock(prev.text) && !/[。;；]/.test(prev.text)) || (out.length >= 2 && ANNEX_HEADING.test(out[out.length - 2].text)));
    if (prev && !prevIsHeading && endsMidSentence(prev.text) && !opensBlock(line.text) && line.n === prev.n + prev.span) {
      prev.text += line.text;
      prev.span += line.span;
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/** True when a line ends without closing punctuation, i.e. mid-sentence. */
export function endsMidSentence(text: string): boolean {
  return !LINE_END.test(text) && /[\u4e00-\u9fff0-9A-Za-z、,，]$/.test(text);
}

/** Splits seed text lines into normalised Lines (blank lines kept as empty text, for structure to skip). */
export function normalizeLines(raw: string[]): Line[] {
  return raw.map((text, i) => ({ n: i + 1, text: normalizeLine(text), span: 1 }));
}
