/**
 * Renames the clause aligner reads as one word (src/lib/changes/renames.ts): reviewed data, like themes.ts and
 * department-aliases.ts. Successive plans carry a commitment forward under a new name that shares no word, and often
 * no characters, with the old one — the earlier plan's 领导小组 becomes the later plan's 联席会议, its 超算 its
 * 智算 — so nothing in the words says the later clause continues the earlier one.
 *
 * An entry says: these names stand for the same kind of thing in a plan's commitments, each with the reason. The
 * aligner replaces every name of an entry, inside the content words of both plans, by its `as`. Nothing else reads
 * the table; the text shown and published never changes.
 *
 * Keep an entry to names that denote the same object (a body, a facility, a trade), not a theme: 数据 and 数据要素
 * would merge everything. Each entry has a test (renames.test.ts).
 */

export interface AlignRename {
  /** The name the aligner reads for all of them (itself one of the names, or a plain name for the object). */
  readonly as: string;
  /** The names read as `as`, inside words (超算 in 超算应用, 智算 in 智算中心). */
  readonly names: readonly string[];
  /** Why these names are one object, with where the plans use them. */
  readonly why: string;
}

export const ALIGN_RENAMES: readonly AlignRename[] = [
  {
    as: '统筹协调机制',
    names: ['领导小组', '联席会议'],
    why: '城市统筹数字化工作的议事协调机构：盐城 2022—2024 行动计划“成立数字经济工作领导小组”，2024 工作要点“建立‘数字盐城’联席会议工作机制”，2025—2027 行动计划“发挥……数字盐城建设联席会议协调机制作用”。',
  },
  {
    as: '算力',
    names: ['超算', '智算'],
    why: '计算能力的设施和产业：超算（超级计算）和智算（智能计算）都是算力，盐城 2022—2024“超算应用产业”“国家超算无锡中心盐城分中心”到 2025—2027“海洋智算中心”“算力规模”。',
  },
  {
    as: '电商',
    names: ['电子商务'],
    why: '“电商”是“电子商务”的通行简称：盐城 2022—2024“跨境电子商务综合试验区”，2024、2025—2027“跨境电商”。',
  },
];
