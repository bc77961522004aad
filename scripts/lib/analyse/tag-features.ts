/**
 * Theme tagger, step 3 — the rule evidence of a clause as data: per theme, every taxonomy phrase it mentions (which
 * list of the theme it comes from, how it is mentioned, how often, which passing rules fired) and whether its own
 * heading, an enclosing part heading or an enclosing heading / table group names the theme; per clause, its length
 * and whether a rule made it commit to nothing (sectionMode). Scoring (tag-score.ts) reads only this, so these are
 * the features a learned model can use beside the rules.
 *
 * Phrases are looked up strong first (terms, key terms, synonyms), then cues, each list longest first; an occurrence
 * inside an exclusion, or inside a phrase of the theme already counted, does not count (mention's `covered`).
 */
import { analysisText, fold, prepare, sectionMode, spansOf, type Silence, type TagInput } from './tag-text';
import { mention, type PassingReason, type Mention } from './tag-mentions';
import { taxonomy } from './tag-taxonomy';

/** Order in which passing reasons are listed (TermHit.passing). */
const PASSING_ORDER: readonly PassingReason[] = ['listed', 'framed', 'aim', 'cited', 'purpose', 'guidance'];

/** A taxonomy phrase a clause mentions. */
export interface TermHit {
  /** The phrase, folded (as the evidence shows it). */
  phrase: string;
  /** Its list in the theme: a key term (one real mention decides), a term or synonym (strong), a cue (weak). */
  role: 'key' | 'term' | 'cue';
  /**
   * How it is mentioned: 'targeted' (an occurrence with a quantified target of its own), 'real' (the clause's own
   * subject matter), 'passing' (only passing occurrences).
   */
  kind: Exclude<Mention['kind'], 'none'>;
  /** Occurrences that count (real or targeted); 0 for a passing hit. */
  count: number;
  /** The rules that made its other occurrences passing, in PASSING_ORDER (may be empty). */
  passing: PassingReason[];
}

/** The rule evidence of one clause for one theme. */
export interface ThemeEvidence {
  slug: string;
  /** Phrases mentioned, strong phrases first then cues, each longest first. */
  hits: TermHit[];
  /** The clause's own heading contains a term, synonym or heading term of the theme. */
  heading: boolean;
  /** An enclosing heading contains a part term of the theme (保障措施 → 组织保障). */
  part: boolean;
  /** An enclosing heading or a table group of the row contains a heading term of the theme. */
  context: boolean;
}

/** The rule evidence of one clause. */
export interface RuleEvidence {
  /** Characters of the text as the tagger reads it (analysisText): short clauses need less evidence. */
  length: number;
  /** 'silent': a rule made the clause commit to nothing; 'guidance': only targets count; 'plan'. */
  mode: 'silent' | 'guidance' | 'plan';
  /** For a silent clause, which rule: an issuing notice, definitions, a section that looks back; else null. */
  silence: Silence | null;
  /** Per theme, in taxonomy order. In a silent clause the phrases are still looked up, as in a plan's clause. */
  themes: ThemeEvidence[];
}

/** Whether a (short) heading text contains one of the phrases outside exclusions. */
function headingHas(text: string, phrases: string[], exclusions: string[]): boolean {
  const ex = spansOf(text, exclusions);
  return phrases.some((ph) => {
    for (let i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + 1)) {
      if (!ex.some(([a, b]) => i < b && i + ph.length > a)) return true;
    }
    return false;
  });
}

const hit = (phrase: string, role: TermHit['role'], m: Mention): TermHit | null =>
  m.kind === 'none'
    ? null
    : { phrase, role, kind: m.kind, count: m.real, passing: PASSING_ORDER.filter((r) => m.passing.has(r)) };

/** The rule evidence of a clause (see the module comment). */
export function ruleEvidence(input: TagInput): RuleEvidence {
  const folded = analysisText(input.text);
  const { mode, silence } = sectionMode(input, folded);
  const guidance = mode === 'guidance';
  const body = prepare(folded);
  const heading = input.heading ? fold(input.heading) : null;
  const context = input.context.map(fold);
  const groups = (input.groups ?? []).map(fold);
  const themes = taxonomy.map((t): ThemeEvidence => {
    const covered = spansOf(body.text, t.exclusions);
    const hits: TermHit[] = [];
    for (const term of t.strong) {
      const h = hit(term, t.key.has(term) ? 'key' : 'term', mention(body, term, covered, guidance));
      if (h) hits.push(h);
    }
    for (const cue of t.cues) {
      const h = hit(cue, 'cue', mention(body, cue, covered, guidance));
      if (h) hits.push(h);
    }
    return {
      slug: t.slug,
      hits,
      heading: heading !== null && headingHas(heading, t.headingPhrases, t.exclusions),
      part: context.some((c) => headingHas(c, t.partTerms, t.exclusions)),
      context: [...context, ...groups].some((c) => headingHas(c, t.headingTerms, t.exclusions)),
    };
  });
  return { length: body.text.length, mode, silence, themes };
}
