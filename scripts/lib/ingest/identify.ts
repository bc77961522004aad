/**
 * Stage 4 — identify. Gives every clause its permanent id, URL and citation pinpoint, derived only from the
 * document's own numbering (never from order of ingest, other plans, or wording):
 *   二(三)1 → "2-3-1"    二(三) own text → "2-3"    三、25 (no section) → "3-25"    一、 own text → "1"
 *   专栏2 in 二(一) → "2-1-box2"    notice → "notice"    preamble → "preamble"
 *   附件: list → "annexes"    附件1 → "annex-1", its table rows → "annex-1-r3"    an unlabelled table → "table-1"
 *   第三条 → "art-3" wherever it stands (articles are numbered through the document)    第二章 own text → "ch-2"
 * A number the document repeats by mistake gets a letter ("2-3-1b"), so ids stay unique and stable.
 */
import type { Clause, Part, PlanMeta, PolicyDoc, Section } from '~/schemas/policy';
import { findTrailer, parseTrailer, rowFields } from './trailer';
import type { Block, StructPart, Structure } from './structure';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → "一", 12 → "十二", 25 → "二十五". */
export function toChinese(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return `十${CN[n % 10] === '〇' ? '' : CN[n % 10]}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  return String(n);
}

type Draft = Omit<Clause, 'themes' | 'possibleThemes' | 'order'>;

/** Builds the PolicyDoc and its clauses (themes still empty) from a structure and its metadata. */
export function identify(meta: PlanMeta, s: Structure): { doc: PolicyDoc; clauses: Clause[] } {
  const drafts: Draft[] = [];
  const used = new Set<string>();
  const uniqueId = (id: string): string => {
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
    for (const suffix of 'bcdefghijklmnopqrstuvwxyz') {
      if (!used.has(id + suffix)) {
        used.add(id + suffix);
        return id + suffix;
      }
    }
    throw new Error(`too many clauses numbered ${id}`);
  };

  const add = (
    d: Omit<Draft, 'url' | 'plan' | 'text' | 'trailer' | 'departments' | 'deadline' | 'cells' | 'titles'> & Partial<Pick<Draft, 'cells' | 'departments' | 'deadline'>> & { titles: string[] },
  ): string => {
    const id = uniqueId(d.id);
    const text = [...(d.heading && !d.headingInline ? [d.heading] : []), ...d.paragraphs].join('\n');
    const last = d.paragraphs.at(-1) ?? '';
    const trailer = d.kind === 'row' ? null : findTrailer(last);
    const parsed = trailer ? parseTrailer(trailer) : null;
    drafts.push({
      ...d,
      id,
      plan: meta.slug,
      url: `${meta.url}${id}/`,
      text,
      trailer,
      cells: d.cells ?? null,
      departments: d.departments ?? parsed?.departments ?? { lead: [], responsible: [] },
      deadline: d.deadline ?? parsed?.deadline ?? null,
    });
    return id;
  };

  const blockClause = (b: Block, prefix: string, pathPrefix: string[], pinPrefix: string, context: string[], titles: string[]): string => {
    const isItem = b.kind === 'item';
    const article = `第${toChinese(b.num)}条`;
    const seg = isItem ? (b.box ? `box${b.num}` : String(b.num)) : '';
    const id = b.article ? `art-${b.num}` : isItem ? (prefix ? `${prefix}-${seg}` : seg) : prefix || b.kind;
    const printed = b.article ? article : isItem ? (b.box ? `专栏${b.num}` : String(b.num)) : '';
    const pinpoint = b.article
      ? article
      : isItem
        ? `${pinPrefix}${b.box ? `专栏${b.num}` : `第${b.num}条`}`
        : pinPrefix || (b.kind === 'notice' ? '印发通知' : '序言');
    return add({
      id,
      kind: b.kind,
      label: b.label,
      path: isItem ? [...pathPrefix, printed] : pathPrefix,
      pinpoint,
      heading: b.heading,
      headingInline: b.headingInline,
      context,
      titles,
      paragraphs: b.paragraphs,
      line: b.line,
    });
  };

  const parts: Part[] = s.parts.map((p: StructPart): Part => {
    const partId =
      p.kind === 'notice' ? 'notice' : p.kind === 'preamble' ? 'preamble' : p.chapter ? `ch-${p.num}` : p.kind === 'part' ? String(p.num) : p.annex === 'list' ? 'annexes' : p.annex === 'table' ? `table-${p.num}` : `annex-${p.num}`;
    const partPath = p.chapter ? [`第${toChinese(p.num)}章`] : p.kind === 'part' ? [toChinese(p.num)] : p.kind === 'annex' && p.annex === 'numbered' ? [`附件${p.num}`] : [];
    const partPin =
      p.chapter ? `第${toChinese(p.num)}章` : p.kind === 'part' ? `第${toChinese(p.num)}部分` : p.kind === 'annex' ? (p.annex === 'numbered' ? `附件${p.num}` : p.annex === 'list' ? '附件目录' : p.title) : '';
    const partContext = p.kind === 'part' || p.kind === 'annex' ? [p.title] : [];
    const partClauses = p.blocks.map((b) => blockClause(b, partId === 'preamble' || partId === 'notice' ? '' : partId, partPath, partPin, partContext, partContext));
    const sections: Section[] = p.sections.map((sec) => {
      const inAnnex = sec.annexPath;
      const secId = inAnnex ? `${partId}-${inAnnex.nums.join('-')}` : p.kind === 'part' ? `${partId}-${sec.num}` : String(sec.num);
      const secPath = inAnnex ? [...partPath, ...inAnnex.printed] : [...partPath, `(${toChinese(sec.num)})`];
      const secPin = inAnnex ? `${partPin} ${inAnnex.printed.join('')}` : `${partPin}(${toChinese(sec.num)})`;
      // Inside an attachment, a (二) under its 一、 also stands under that heading's title.
      const parent = inAnnex && inAnnex.nums.length > 1 ? p.sections.find((q) => q.annexPath?.nums.length === 1 && q.annexPath.nums[0] === inAnnex.nums[0]) : undefined;
      const ctx = [...partContext, ...(parent ? [parent.title] : []), sec.title].filter(Boolean);
      return {
        id: secId,
        label: sec.label,
        title: sec.title,
        titleInline: sec.titleInline,
        line: sec.line,
        clauses: sec.blocks.map((b) => blockClause(b, secId, secPath, secPin, b.kind === 'section' && b.headingInline ? partContext : ctx, ctx)),
      };
    });
    const tables = p.tables.map(({ caption, table }) => {
      let group: string | null = null;
      let r = 0;
      return {
        caption,
        header: table.header,
        rows: table.rows.map((row) => {
          const cells = row.cells.map((c) => ({ text: c.text, rowspan: c.rowspan, colspan: c.colspan }));
          if (row.group) {
            group = row.cells[0].text;
            return { clause: null, cells };
          }
          r++;
          const fields = rowFields(table.header, row.resolved);
          const clause = add({
            id: `${partId}-r${r}`,
            kind: 'row',
            label: '',
            path: [...partPath, `第${r}行`],
            pinpoint: `${partPin} 第${r}行`,
            heading: null,
            headingInline: false,
            context: [p.title, ...(group ? [group] : [])],
            titles: [p.title, ...(group ? [group] : [])],
            paragraphs: [row.cells.filter((c) => c.text).map((c) => c.text).join(' | ')],
            line: row.n,
            cells: table.header.map((column, i) => ({ column, text: row.resolved[i] })),
            departments: fields.departments,
            deadline: fields.deadline,
          });
          return { clause, cells };
        }),
      };
    });
    return {
      id: partId,
      kind: p.kind,
      label: p.label,
      title: p.title,
      titleInline: p.titleInline,
      line: p.line,
      clauses: partClauses,
      sections,
      tables,
    };
  });

  const clauses: Clause[] = drafts.map((d, order) => ({ ...d, order, themes: [], possibleThemes: [] }));
  return { doc: { ...meta, parts, clauseCount: clauses.length }, clauses };
}
