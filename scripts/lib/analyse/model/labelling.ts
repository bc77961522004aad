/**
 * The labelling loop (`npm run label -- <plan>`, scripts/label.ts): which clauses of a plan to ask a reader about,
 * how to read the reader's answer, and the line it adds to the label file. Pure; the CLI does the terminal and files.
 *
 * The clauses asked about are those the model is least sure of (uncertainty sampling): for each clause not yet
 * labelled, the theme whose probability is nearest the CONFIDENT threshold (in log-odds) decides how unsure the
 * tagger is of it;
 * a clause that commits to nothing by the rules (no theme possible) is never asked. Ten of them take a reader about
 * ten minutes and teach the model most.
 */
import { themes } from '~/data/themes';
import { CONFIDENT } from './combine';

/** How many clauses a labelling session asks about unless told otherwise. */
export const DEFAULT_QUESTIONS = 10;
/** Longest snippet written to the label file (it must be a phrase of the clause; eval checks it). */
const SNIPPET_MAX = 16;
/** Where a snippet ends early: a sentence or phrase break, a cell separator, a line break. */
const SNIPPET_END = /[。,;:|\n\t]/u;
/** A snippet must hold words (a table row's number cell "7" names nothing). */
const HAN = /\p{Script=Han}/u;

const slugs = themes.map((t) => t.slug as string);

/** A clause a labelling session may ask about. */
export interface Candidate {
  id: string;
  /** The model's probability of each theme (taxonomy order); null when the rules silence the clause. */
  probabilities: readonly number[] | null;
}

/** Probabilities are kept this far from 0 and 1 before taking log-odds. */
const CLAMP = 1e-9;
const logOdds = (p: number) => {
  const q = Math.min(Math.max(p, CLAMP), 1 - CLAMP);
  return Math.log(q / (1 - q));
};

/**
 * How unsure the tagger is of a clause (higher: less sure; 0 at most): minus the distance, in log-odds, of its most
 * doubtful theme from CONFIDENT. In log-odds 0.001 and 0.99 are both far from 0.3, and 0.2 is near it.
 */
export function uncertainty(probabilities: readonly number[]): number {
  const threshold = logOdds(CONFIDENT);
  return -Math.min(...probabilities.map((p) => Math.abs(logOdds(p) - threshold)));
}

/**
 * The ids of the clauses to ask about: not yet labelled, not silenced, most uncertain first (ties in document
 * order, the order given), at most `count`.
 */
export function pickQuestions(candidates: readonly Candidate[], labelled: ReadonlySet<string>, count = DEFAULT_QUESTIONS): string[] {
  return candidates
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => c.probabilities && !labelled.has(c.id))
    .map(({ c, order }) => ({ id: c.id, order, u: uncertainty(c.probabilities!) }))
    .sort((a, b) => b.u - a.u || a.order - b.order)
    .slice(0, count)
    .map((q) => q.id);
}

/** What a reader answered: themes to record, or skip this clause, or stop the session. */
export type Answer = { kind: 'themes'; themes: string[] } | { kind: 'skip' } | { kind: 'quit' } | { kind: 'invalid'; message: string };

/**
 * Reads an answer: empty (Enter) accepts the guess; "-" or "0" records no theme; "s" skips; "q" quits; else theme
 * numbers (1-based, as listed) and/or slugs, separated by spaces or commas. Recorded themes are in taxonomy order.
 */
export function parseAnswer(input: string, guess: readonly string[]): Answer {
  const text = input.trim();
  if (text === '') return { kind: 'themes', themes: slugs.filter((s) => guess.includes(s)) };
  if (text === '-' || text === '0') return { kind: 'themes', themes: [] };
  if (text === 's') return { kind: 'skip' };
  if (text === 'q') return { kind: 'quit' };
  const chosen = new Set<string>();
  for (const part of text.split(/[\s,，、]+/u).filter(Boolean)) {
    const n = Number(part);
    const slug = Number.isInteger(n) && n >= 1 && n <= slugs.length ? slugs[n - 1] : slugs.includes(part) ? part : null;
    if (!slug) return { kind: 'invalid', message: `"${part}" is neither a theme number (1–${slugs.length}) nor a slug` };
    chosen.add(slug);
  }
  return { kind: 'themes', themes: slugs.filter((s) => chosen.has(s)) };
}

/**
 * A phrase of the clause that names it in the label file: the first phrase with words of its heading, else of its
 * text (a row's first cell with words), at most SNIPPET_MAX characters, no tabs.
 */
export function snippetOf(clause: { heading: string | null; text: string }): string {
  const phrase = (clause.heading ?? clause.text)
    .split(SNIPPET_END)
    .map((p) => p.trim())
    .find((p) => HAN.test(p));
  return (phrase ?? clause.text.trim()).slice(0, SNIPPET_MAX).trim();
}

/** The label file line for an answer (plan, clause id, snippet, themes). */
export function labelLine(plan: string, clause: { id: string; heading: string | null; text: string }, chosen: readonly string[]): string {
  return [plan, clause.id, snippetOf(clause), chosen.join(',')].join('\t');
}
