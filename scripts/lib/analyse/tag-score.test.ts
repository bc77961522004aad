import { describe, expect, it } from 'vitest';
import { SHORT_CLAUSE, THRESHOLD_LONG, THRESHOLD_SHORT, WEAK_CAP } from '~/data/tagger';
import { scoreEvidence, thresholdFor } from './tag-score';
import type { RuleEvidence, TermHit, ThemeEvidence } from './tag-features';

const theme = (hits: TermHit[], flags: Partial<ThemeEvidence> = {}): ThemeEvidence => ({
  slug: 'data-elements',
  hits,
  heading: false,
  part: false,
  context: false,
  ...flags,
});
const score = (t: ThemeEvidence, length = 200, mode: RuleEvidence['mode'] = 'plan') =>
  scoreEvidence({ length, mode, silence: mode === 'silent' ? 'notice' : null, themes: [t] })[0];
const hit = (phrase: string, role: TermHit['role'], kind: TermHit['kind'], count = 1, passing: TermHit['passing'] = []): TermHit => ({
  phrase,
  role,
  kind,
  count,
  passing,
});

describe('scoring the rule evidence', () => {
  it('a short clause (up to SHORT_CLAUSE characters) needs THRESHOLD_SHORT, a longer one THRESHOLD_LONG', () => {
    expect(thresholdFor(SHORT_CLAUSE)).toBe(THRESHOLD_SHORT);
    expect(thresholdFor(SHORT_CLAUSE + 1)).toBe(THRESHOLD_LONG);
  });

  it('a term is STRONG, repeated adds REPEAT up to REPEAT_CAP; a key term or a target decides (KEY)', () => {
    expect(score(theme([hit('数据资源', 'term', 'real')]))).toMatchObject({ score: 2, evidence: ['数据资源'] });
    expect(score(theme([hit('数据资源', 'term', 'real', 2)]))).toMatchObject({ score: 3, evidence: ['数据资源×2'] });
    expect(score(theme([hit('数据资源', 'term', 'real', 5)]))).toMatchObject({ score: 4, evidence: ['数据资源×5'] });
    expect(score(theme([hit('公共数据', 'key', 'real')]))).toMatchObject({ score: 4, evidence: ['公共数据'] });
    expect(score(theme([hit('数据集', 'term', 'targeted')]))).toMatchObject({ score: 4, evidence: ['数据集#'] });
  });

  it('weak evidence adds at most WEAK_CAP; a passing term shows why; a mention only in a purpose adds nothing', () => {
    const weak = score(
      theme([
        hit('数据流通', 'term', 'passing', 0, ['listed']),
        hit('数据开放', 'term', 'passing', 0, ['framed', 'listed']),
        hit('数据治理', 'cue', 'real'),
        hit('数据服务', 'cue', 'targeted'),
      ]),
    );
    expect(weak).toMatchObject({ score: WEAK_CAP, evidence: ['(数据流通)', '<数据开放>', '~数据治理', '~数据服务#'] });
    expect(score(theme([hit('公共数据', 'key', 'passing', 0, ['purpose'])]), 20)).toMatchObject({ score: 0, evidence: ['为公共数据'] });
    expect(score(theme([hit('公共数据', 'key', 'passing', 0, ['purpose', 'cited'])]), 20).score).toBe(1);
    // Only without a target in a section of guidance: a direction, no evidence even for a short principle.
    expect(score(theme([hit('政策支持', 'term', 'passing', 0, ['guidance']), hit('政策', 'cue', 'passing', 0, ['guidance'])]), 40)).toMatchObject({
      score: 0,
      evidence: ['^政策支持', '~政策'],
    });
    const marks = (['aim', 'cited', 'guidance'] as const).map((why) => score(theme([hit('公共数据', 'key', 'passing', 0, [why])])).evidence[0]);
    expect(marks).toEqual(['{公共数据}', '《公共数据》', '^公共数据']);
  });

  it('heading and part decide; context adds CONTEXT only when no part term decides', () => {
    expect(score(theme([], { heading: true }))).toMatchObject({ score: 4, evidence: ['[heading]'] });
    expect(score(theme([], { part: true, context: true }))).toMatchObject({ score: 4, evidence: ['[part]'] });
    expect(score(theme([], { context: true }))).toMatchObject({ score: 1, evidence: ['[context]'] });
  });

  it('a silent clause scores nothing, whatever its evidence', () => {
    expect(score(theme([hit('公共数据', 'key', 'real')], { heading: true }), 20, 'silent')).toEqual({
      slug: 'data-elements',
      score: 0,
      threshold: THRESHOLD_LONG,
      evidence: ['[silent]'],
    });
  });
});
