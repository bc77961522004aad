/**
 * The one typed model of the corpus: PolicyDoc → parts → sections → clauses.
 *
 * Declared once, here, with `z` from `astro/zod`. The ingest pipeline (`scripts/`) builds values of these types,
 * `src/content.config.ts` validates the generated collections with them, and the site reads them. Types are
 * inferred from the schemas, never written twice.
 *
 * Unknown facts are `null`, never guessed (see seeds/CATALOG.md for what was verified).
 */
import { z } from 'astro/zod';

/** A department named in an item trailer, e.g. 〔市工信局牵头,市发改委…按职责分工负责〕. */
export const departmentsSchema = z.object({
  /** Departments said to lead (牵头). */
  lead: z.array(z.string()),
  /** Departments said to be responsible / take part (负责, 责任部门, 按职责分工负责). */
  responsible: z.array(z.string()),
});

/** One cell of a rebuilt table. Merged cells are stored once, with their span. */
export const cellSchema = z.object({
  /** Cell text, normalised like any other display text. */
  text: z.string(),
  /** Rows this cell spans (≥ 1). */
  rowspan: z.number().int().min(1),
  /** Columns this cell spans (≥ 1). */
  colspan: z.number().int().min(1),
});

/** A table rebuilt from pipe-delimited lines: a header row and body rows of cells (merged cells appear once). */
export const tableSchema = z.object({
  /** Caption / title of the table as printed above it, null when none. */
  caption: z.string().nullable(),
  /** Header cells (column names), e.g. ["序号","主要工作",…]. */
  header: z.array(z.string()),
  /** Body rows; each row lists only the cells that start in it (cells spanning from above are omitted). */
  rows: z.array(
    z.object({
      /** Clause id of this row when it is its own clause (data rows), null for group-heading rows. */
      clause: z.string().nullable(),
      /** The cells starting in this row. */
      cells: z.array(cellSchema),
    }),
  ),
});

/** What kind of unit a clause is; decides how it is numbered, cited and shown. */
export const clauseKindSchema = z.enum([
  'notice', // the issuing notice before the title (addressees, notice, issuer, date)
  'preamble', // text between the title and the first part
  'part', // text directly under a part heading 一、
  'section', // text directly under a section heading (一)
  'item', // a numbered item 1. / 1﹒ / 1、 (or a sub-heading on its own line with its paragraphs)
  'annex', // an attachment (附件): its title and any text that is not a table row
  'row', // one data row of an attachment table
]);

/** One clause: the smallest citable unit, with its permanent URL. One generated MDX file each. */
export const clauseSchema = z.object({
  /** Plan-scoped id, ASCII, derived from the document's own numbering: "2-3-1" for 二(三)1. Never changes. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Slug of the plan this clause belongs to. */
  plan: z.string(),
  /** Canonical permalink, e.g. "/plans/yancheng-2025-2027/2-3-1/"; exactly as linked everywhere. */
  url: z.string(),
  /** Position in document order (0-based), for sorting. */
  order: z.number().int().min(0),
  /** The document's numbering down to this clause, e.g. ["二","(三)","1"]; [] for notice and preamble. */
  path: z.array(z.string()),
  /** The clause's own number as printed (normalised), e.g. "1.", "(三)", "一、", "" when it has none. */
  label: z.string(),
  /** Human pinpoint for citations, e.g. "第二部分(三)第1条", "附件1 第3行", "印发通知". */
  pinpoint: z.string(),
  /** What this clause is. */
  kind: clauseKindSchema,
  /** The clause's own heading or topic phrase ("巩固提升优势数字产业"), null when it has none. */
  heading: z.string().nullable(),
  /** True when the heading opens the first paragraph ("1.标题。正文…"); false when it stood on its own line. */
  headingInline: z.boolean(),
  /** Headings of the enclosing part and section, outermost first, e.g. ["重点任务","数字产业升级行动"]. */
  context: z.array(z.string()),
  /** Titles of the part (or annex, or table caption) and section (or table group row) this clause stands in,
   * outermost first — the section's title even where it opens the clause's own text. [] for notice and preamble. */
  titles: z.array(z.string()),
  /** Paragraphs of display text, in order, exactly as the document has them (artifacts removed). */
  paragraphs: z.array(z.string()),
  /** All display text of the clause: heading line and paragraphs joined by "\n" (rows: cells joined by " | "). */
  text: z.string(),
  /** For table rows: the row's cells by column name (merged cells repeated), else null. */
  cells: z.array(z.object({ column: z.string(), text: z.string() })).nullable(),
  /** Theme slugs (see the taxonomy table); may be several. */
  themes: z.array(z.string()),
  /**
   * Theme slugs the tagger is less sure of ("可能相关"): the learned model gives them a probability below the one at
   * which a theme is assigned, but not negligible; never one of `themes`. Shown apart on the theme pages.
   */
  possibleThemes: z.array(z.string()),
  /** Departments named in the clause's trailer or table columns. */
  departments: departmentsSchema,
  /** Deadline as stated (完成时间 / "2025年3月底前" / "持续推进"), null when none is stated. */
  deadline: z.string().nullable(),
  /** The trailer text as it appears at the end of the item (kept in `text` too), null when none. */
  trailer: z.string().nullable(),
  /** 1-based line in the seed file where this clause starts. */
  line: z.number().int().min(1),
});

/** A section (一) inside a part: its heading and clause ids in order. */
export const sectionSchema = z.object({
  /** Clause-id prefix of this section, e.g. "2-3". */
  id: z.string(),
  /** The label as printed, e.g. "(三)". */
  label: z.string(),
  /** The heading text after the label. */
  title: z.string(),
  /** True when the heading opens the section's own text on the same line ("(一)加强组织协调。建立…"). */
  titleInline: z.boolean(),
  /** 1-based line of the heading in the seed. */
  line: z.number().int().min(1),
  /** Clause ids directly in this section, in order. */
  clauses: z.array(z.string()),
});

/** A top-level division: a part 一、, or the notice / preamble / an attachment. */
export const partSchema = z.object({
  /** Id prefix: "2" for 二、, "notice", "preamble", "annex-1". */
  id: z.string(),
  /** What this division is. */
  kind: z.enum(['notice', 'preamble', 'part', 'annex']),
  /** The label as printed ("二、", "附件1"), empty for notice/preamble. */
  label: z.string(),
  /** Heading text ("重点任务"), or a descriptive one ("印发通知") where the document has none. */
  title: z.string(),
  /** True when the title opens the part's own text on the same line, or is not printed in the document at all. */
  titleInline: z.boolean(),
  /** 1-based line of the heading in the seed (first line of the division when it has no heading). */
  line: z.number().int().min(1),
  /** Clause ids directly under this part (before or without sections), in order. */
  clauses: z.array(z.string()),
  /** Sections in order. */
  sections: z.array(sectionSchema),
  /** Attachment tables (annex parts only). */
  tables: z.array(tableSchema),
});

/**
 * Where a metadata value came from: stated by the document (its text, its page or export header), the YAML, or the
 * GB/T 2260 division table (src/lib/divisions.ts: a city's province).
 */
export const provenanceSchema = z.enum(['document', 'yaml', 'division']);

/** The format of a seed file; each is read by its own extractor into text before the common stages. */
export const sourceFormatSchema = z.enum(['txt', 'pdf', 'docx', 'html']);

/**
 * The 落款 printed after a document's text (or after its attachment list, before the attachments) when it came
 * without an issuing notice: organ line(s) then the full date line. Part of the document's text, published at its
 * place on the plan page, not a clause; its organ and date are the plan's issuer and 成文日期 where no notice or
 * header states them.
 */
export const signatureSchema = z.object({
  /** The organ as printed ("盐城市人民政府办公室"); the organs of a joint 落款 joined by a space. */
  issuer: z.string(),
  /** The date line, ISO "YYYY-MM-DD". */
  date: z.string(),
  /** Its source lines (organ(s), date, a public-release note if one follows), with their line numbers. */
  lines: z.array(z.object({ line: z.number().int().min(1), text: z.string() })),
});

/**
 * Plan metadata: facts only. Each is read from the document (its text, or the header of the page or export it came
 * in), unless the seed's YAML sets it (the YAML overrides); unknown facts are null, never guessed.
 */
export const planMetaSchema = z.object({
  /** ASCII slug, e.g. "yancheng-2025-2027"; the plan's URL is /plans/<slug>/. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Canonical URL of the plan page. */
  url: z.string(),
  /** City, Chinese name, e.g. "盐城". */
  city: z.string(),
  /** Province, short Chinese name ("江苏"), from the GB/T 2260 division table (src/lib/divisions.ts) or the YAML. */
  province: z.string().nullable(),
  /** The province's GB/T 2260 code ("320000"), null when the province is unknown. */
  provinceCode: z.string().regex(/^\d{6}$/).nullable(),
  /** The city's GB/T 2260 code ("320900"), null when the table lacks the city and the YAML's province stood in. */
  divisionCode: z.string().regex(/^\d{6}$/).nullable(),
  /** The policy's own title, e.g. "盐城市数字经济高质量发展三年行动计划(2025-2027年)". */
  title: z.string(),
  /** The title of the notice that issued it ("…关于印发《…》的通知"), null when it came without one. */
  noticeTitle: z.string().nullable(),
  /** The title as printed on a line of its own in the source, null when it is not (read from a page header, a
   * notice title or the YAML); `title` differs from its text only when the YAML overrides it. */
  printedTitle: z.object({ line: z.number().int().min(1), text: z.string() }).nullable(),
  /** Issuing body: the notice's signature (落款), the 红头's organ, a portal's 发布机构 or 发文单位; null when unknown. */
  issuer: z.string().nullable(),
  /** 文号, e.g. "苏委发〔2021〕1号", null when unknown. */
  docNumber: z.string().nullable(),
  /** 成文日期: the date the document (or its issuing notice) was signed, ISO "YYYY-MM-DD" (or "YYYY-MM" / "YYYY"
   * from the YAML), null when unknown. */
  date: z.string().nullable(),
  /** 发布日期: the date a portal or database says it was published, ISO "YYYY-MM-DD", null when none says. */
  publishedDate: z.string().nullable(),
  /** Plan period as stated, e.g. { start: 2025, end: 2027 }, null when the document states none. */
  period: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** Kind: 三年行动计划 / 指导意见 / 工作要点 …, null when unknown. */
  kind: z.string().nullable(),
  /** Where the text was published (URL): the YAML's `source`, a page's canonical link, an export's 原文链接. */
  sourceUrl: z.string().nullable(),
  /** 北大法宝引证码 of a PKULaw export, e.g. "CLI.12.5115678", null for other sources. */
  pkulawCode: z.string().nullable(),
  /** Validity as the source states it (状态 / 时效性: "有效", "现行有效", "失效"), null when it states none. */
  status: z.string().nullable(),
  /** Path of the source file under the repository, e.g. "seeds/yancheng-2025-2027.txt". */
  source: z.string(),
  /** Format of the source file. */
  format: sourceFormatSchema,
  /** SHA-256 of the seed bytes, to trace every page to its exact source. */
  sha256: z.string(),
  /** Where each known metadata value came from; a field without a key is unknown. */
  provenance: z.record(z.string(), provenanceSchema),
  /** Lines of the source that are not policy text — a page's or export's header and footer, a 红头 without a
   * notice — kept as metadata with their line numbers (lines of the extracted text for PDF, Word and HTML). */
  furniture: z.array(z.object({ line: z.number().int(), text: z.string() })),
  /** Notes on known defects of the source text (e.g. lines truncated in the source), shown to readers. */
  notes: z.array(z.string()),
  /** The 落款 after the text, null when the document prints none there (a notice's 落款 stays in the notice). */
  signature: signatureSchema.nullable(),
});

/** A whole plan: metadata plus its structure (clause bodies live in their own MDX files). */
export const policyDocSchema = planMetaSchema.extend({
  /** Divisions in document order. */
  parts: z.array(partSchema),
  /** Number of clauses. */
  clauseCount: z.number().int(),
});

/** A theme of the taxonomy, as published in /data/themes.json. */
export const themeSchema = z.object({
  /** ASCII slug, e.g. "computing-power". */
  slug: z.string(),
  /** Chinese label, e.g. "算力". */
  label: z.string(),
  /** Canonical URL of the theme page. */
  url: z.string(),
});

export type Departments = z.infer<typeof departmentsSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Table = z.infer<typeof tableSchema>;
export type ClauseKind = z.infer<typeof clauseKindSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Part = z.infer<typeof partSchema>;
export type PlanMeta = z.infer<typeof planMetaSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type SourceFormat = z.infer<typeof sourceFormatSchema>;
export type PolicyDoc = z.infer<typeof policyDocSchema>;
export type Theme = z.infer<typeof themeSchema>;
