/**
 * Display formatting for plan metadata. Unknown facts are shown as unknown (未知), never guessed.
 */
import type { PlanMeta, SourceFormat } from '~/schemas/policy';

/** What readers see where a fact is unknown. */
export const UNKNOWN = '未知';

/** Readers' names of the seed formats (plan page, method page). */
export const SOURCE_FORMAT_LABELS: Readonly<Record<SourceFormat, string>> = { txt: '文本', pdf: 'PDF', docx: 'Word', html: '网页' };

/** The value itself, or 未知 when it is null/empty. */
export function orUnknown(value: string | null | undefined): string {
  return value == null || value.trim() === '' ? UNKNOWN : value;
}

/** ISO date shapes the model allows: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** "2025-09-09" → "2025年9月9日"; "2025-09" → "2025年9月"; "2025" → "2025年"; anything else unchanged; null → null. */
export function formatDateZh(date: string | null): string | null {
  if (date == null) return null;
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return `${y}年${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** The year of an ISO date, or null. */
export function yearOf(date: string | null): number | null {
  const m = date == null ? null : ISO_DATE.exec(date);
  return m ? Number(m[1]) : null;
}

/** "2025–2027", or "2024" for a one-year period; null when the document states none. */
export function formatPeriod(period: PlanMeta['period']): string | null {
  if (!period) return null;
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}

/**
 * A short label that tells plans of one city apart: its period, else the year of its date, else its kind,
 * e.g. "2025–2027", "2024", "指导意见".
 */
export function planShortLabel(plan: Pick<PlanMeta, 'period' | 'date' | 'kind' | 'title'>): string {
  const period = formatPeriod(plan.period);
  if (period) return period;
  const year = yearOf(plan.date);
  if (year != null) return String(year);
  return plan.kind ?? plan.title;
}

/** City plus short label, e.g. "盐城 2025–2027", "泰州 指导意见". */
export function planLabel(plan: Pick<PlanMeta, 'city' | 'period' | 'date' | 'kind' | 'title'>): string {
  return `${plan.city} ${planShortLabel(plan)}`;
}

/** Join a list with the Chinese enumeration comma, or null for an empty list. */
export function joinZh(items: readonly string[]): string | null {
  return items.length ? items.join('、') : null;
}
