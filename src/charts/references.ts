/**
 * The reference graph (/references/) as a pure function (data, {width}) → SVG string, rendered at build time (no JS
 * in the page): plans of the corpus in a column on the left, the documents they cite on the right, one curve per
 * "plan cites document". Documents cited by several plans are drawn bold. Every node links (plan → its page,
 * document → its row in the references table); every text is escaped; long titles are shortened on screen and given
 * in full in <title>. Plans take their city's colour from cityStyles (indicators.ts), as in the indicator charts.
 */
import { cityStyles } from './indicators';
import { esc, r1, textWidth } from './svg';

export interface GraphPlan {
  slug: string;
  /** Short label, e.g. "盐城 2025–2027". */
  label: string;
  /** Full name for the tooltip. */
  title: string;
  url: string;
  city: string;
}

export interface GraphDocument {
  /** Label on screen (shortened to fit). */
  label: string;
  /** Full name for the tooltip / accessible name. */
  title: string;
  href: string;
  /** Slugs of the plans citing it. */
  citers: string[];
}

export interface GraphOptions {
  width: number;
  /** Accessible title of the graph. */
  title: string;
  /** Id of the <title>, unique on the page. */
  id: string;
}

const ROW = 26;
const TOP = 30;
const BOTTOM = 10;
const FONT = 12;
const NODE = 5;
const ELLIPSIS = '…';
const EDGE_OPACITY = 0.75;

/** A coordinate as written: rounded to one decimal. */
const fmt = (x: number) => String(r1(x));

/** Text shortened with "…" to fit `max` px at `size`. */
export function fitText(text: string, max: number, size = FONT): string {
  if (textWidth(text, size) <= max) return text;
  const chars = [...text];
  let out = '';
  for (const ch of chars) {
    if (textWidth(out + ch + ELLIPSIS, size) > max) break;
    out += ch;
  }
  return out + ELLIPSIS;
}

/** The graph; '' when there is nothing cited. */
export function referenceGraph(plans: readonly GraphPlan[], docs: readonly GraphDocument[], opts: GraphOptions): string {
  if (docs.length === 0) return '';
  const citing = plans.filter((p) => docs.some((d) => d.citers.includes(p.slug)));
  const width = Math.max(280, Math.round(opts.width));
  const rows = Math.max(docs.length, citing.length);
  const height = TOP + rows * ROW + BOTTOM;
  const labelW = Math.max(...citing.map((p) => textWidth(p.label, FONT)));
  const planX = 8 + labelW + 10;
  const gap = Math.min(200, Math.max(56, width * 0.22));
  const docX = planX + gap;
  const docLabelMax = width - docX - NODE - 10;
  const styles = cityStyles(plans.map((p) => p.city));
  const docY = (i: number) => TOP + (i + 0.5) * ROW;
  const span = rows * ROW;
  const planY = new Map(citing.map((p, i) => [p.slug, TOP + (i + 0.5) * (span / citing.length)]));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" aria-labelledby="${esc(opts.id)}" class="reference-graph">`,
    `<title id="${esc(opts.id)}">${esc(opts.title)}</title>`,
    `<text x="${fmt(planX)}" y="16" text-anchor="end" font-size="${FONT}" fill="#575e66">规划</text>`,
    `<text x="${fmt(docX + NODE + 6)}" y="16" font-size="${FONT}" fill="#575e66">被引文件</text>`,
  ];
  // Edges first, under the nodes.
  docs.forEach((d, i) => {
    const y2 = docY(i);
    for (const slug of d.citers) {
      const y1 = planY.get(slug);
      const plan = citing.find((p) => p.slug === slug);
      if (y1 == null || !plan) continue;
      const mx = (planX + docX) / 2;
      const color = styles.get(plan.city)?.color ?? '#1f5fa8';
      out.push(
        `<path d="M${fmt(planX + NODE)} ${fmt(y1)}C${fmt(mx)} ${fmt(y1)} ${fmt(mx)} ${fmt(y2)} ${fmt(docX - NODE)} ${fmt(y2)}" fill="none" stroke="${color}" stroke-opacity="${EDGE_OPACITY}" stroke-width="${d.citers.length > 1 ? 2.5 : 1.5}"/>`,
      );
    }
  });
  for (const p of citing) {
    const y = planY.get(p.slug)!;
    const color = styles.get(p.city)?.color ?? '#1f5fa8';
    out.push(
      `<a href="${esc(p.url)}" aria-label="${esc(p.title)}"><title>${esc(p.title)}</title>` +
        `<rect x="${fmt(planX - NODE)}" y="${fmt(y - NODE)}" width="${2 * NODE}" height="${2 * NODE}" fill="${color}"/>` +
        `<text x="${fmt(planX - NODE - 5)}" y="${fmt(y)}" text-anchor="end" dominant-baseline="middle" font-size="${FONT}" fill="#1f2328">${esc(p.label)}</text></a>`,
    );
  }
  docs.forEach((d, i) => {
    const y = docY(i);
    const shared = d.citers.length > 1;
    const shown = fitText(d.label, docLabelMax);
    // The accessible name starts with what is shown (WCAG 2.5.3), then gives the full name when the label is cut.
    const name = d.title.includes(shown) ? d.title : `${shown}（全称：${d.title}）`;
    out.push(
      `<a href="${esc(d.href)}" aria-label="${esc(name)}"><title>${esc(d.title)}</title>` +
        `<circle cx="${fmt(docX)}" cy="${fmt(y)}" r="${NODE}" fill="#1f2328"/>` +
        `<text x="${fmt(docX + NODE + 6)}" y="${fmt(y)}" dominant-baseline="middle" font-size="${FONT}" fill="#1f2328"${shared ? ' font-weight="700"' : ''}>${esc(shown)}</text></a>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}
