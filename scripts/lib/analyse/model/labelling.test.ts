import { describe, expect, it } from 'vitest';
import { themes } from '~/data/themes';
import { labelLine, parseAnswer, pickQuestions, snippetOf, uncertainty } from './labelling';
import { CONFIDENT } from './combine';

const n = themes.length;
/** Probabilities: every theme at `base`, one theme at `p`. */
const probs = (p: number, k = 0, base = 0.01) => Array.from({ length: n }, (_, i) => (i === k ? p : base));

describe('uncertainty', () => {
  it('is highest for a theme right at the CONFIDENT threshold, lower the further the most doubtful theme is', () => {
    expect(uncertainty(probs(CONFIDENT))).toBeCloseTo(0, 12);
    expect(uncertainty(probs(0.25))).toBeGreaterThan(uncertainty(probs(0.5)));
    expect(uncertainty(probs(0.5))).toBeGreaterThan(uncertainty(probs(0.9)));
    // A sure theme does not make a clause sure when another is in doubt.
    expect(uncertainty([0.99, 0.28, ...probs(0.01).slice(2)])).toBeGreaterThan(uncertainty(probs(0.99)));
    // Themes near 0 are sure too: a clause whose only theme is sure is not in doubt because of them.
    expect(uncertainty(probs(0.2))).toBeGreaterThan(uncertainty(probs(0.99, 0, 0.001)));
  });
});

describe('pickQuestions', () => {
  const candidates = [
    { id: 'notice', probabilities: null },
    { id: 'a', probabilities: probs(0.99) },
    { id: 'b', probabilities: probs(0.31) },
    { id: 'c', probabilities: probs(0.5) },
    { id: 'd', probabilities: probs(0.31, 3) },
  ];
  it('asks about the least certain first (ties in document order), never a silenced or already labelled clause', () => {
    expect(pickQuestions(candidates, new Set())).toEqual(['b', 'd', 'c', 'a']);
    expect(pickQuestions(candidates, new Set(['b']), 2)).toEqual(['d', 'c']);
  });
});

describe('parseAnswer', () => {
  const guess = ['data-elements', 'computing-power'];
  it('Enter accepts the guess (in taxonomy order); - or 0 records none; s skips; q quits', () => {
    expect(parseAnswer('', guess)).toEqual({ kind: 'themes', themes: ['computing-power', 'data-elements'] });
    expect(parseAnswer(' - ', guess)).toEqual({ kind: 'themes', themes: [] });
    expect(parseAnswer('0', guess)).toEqual({ kind: 'themes', themes: [] });
    expect(parseAnswer('s', guess)).toEqual({ kind: 'skip' });
    expect(parseAnswer('q', guess)).toEqual({ kind: 'quit' });
  });
  it('reads theme numbers (1-based) and slugs, separated by spaces or commas', () => {
    expect(parseAnswer('2, 1 talent', guess)).toEqual({ kind: 'themes', themes: [themes[0].slug, themes[1].slug, 'talent'] });
  });
  it('refuses what is neither', () => {
    expect(parseAnswer('99', guess)).toMatchObject({ kind: 'invalid' });
    expect(parseAnswer('数据', guess)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('"数据"') });
  });
});

describe('snippetOf and labelLine', () => {
  it('names a clause by its heading, else the first phrase of its text with words (not a row number)', () => {
    expect(snippetOf({ heading: '强化数据资源管理', text: '强化数据资源管理。建立…' })).toBe('强化数据资源管理');
    expect(snippetOf({ heading: null, text: '7 | 公共数据授权运营指数 | 50 | 80' })).toBe('公共数据授权运营指数');
    expect(snippetOf({ heading: null, text: '为加快推进数字经济高质量发展,根据有关文件,制定本方案。' })).toBe('为加快推进数字经济高质量发展');
  });
  it('writes plan, id, snippet and themes tab-separated, as the label files hold them', () => {
    expect(labelLine('p', { id: '2-1', heading: '建设算力中心', text: '建设算力中心。' }, ['computing-power', 'digital-infrastructure'])).toBe(
      'p\t2-1\t建设算力中心\tcomputing-power,digital-infrastructure',
    );
    expect(labelLine('p', { id: 'notice', heading: null, text: '现印发给你们' }, [])).toBe('p\tnotice\t现印发给你们\t');
  });
});
