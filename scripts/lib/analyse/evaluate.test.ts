import { describe, expect, it } from 'vitest';
import { themes } from '~/data/themes';
import { evaluate, leaveOnePlanOut, markdownTable, parseLabels, resolveLabel, summary, type LabelledClause } from './evaluate';

const FILE = 'labels.tsv';
const TSV = [
  '# comment lines and blank lines are skipped',
  '',
  'plan\tclause\tsnippet\tthemes',
  'yancheng-2025-2027\tannex-1-r7\t公共数据授权运营指数\tdata-elements',
  'yancheng-2025-2027\t2-1-3\t加快发展数字支撑产业\tcomputing-power, data-elements ,digital-industry',
  'yancheng-2025-2027\tpreamble\t制定本行动计划\t',
].join('\r\n');

const clause = (plan: string, id: string, text: string, heading: string | null = null, context: string[] = []): LabelledClause => ({
  plan,
  id,
  text,
  heading,
  context,
});

const clauses: LabelledClause[] = [
  clause('yancheng-2025-2027', 'preamble', '为深入贯彻……制定本行动计划。'),
  clause('yancheng-2025-2027', '2-1-3', '加快发展数字支撑产业。加快盐城海洋智算中心建设运营……', '加快发展数字支撑产业'),
  clause('yancheng-2025-2027', 'annex-1-r7', '7 | 公共数据授权运营指数 | 50 | 80 | 80'),
];

describe('parseLabels', () => {
  it('reads the TSV after its header, CRLF or LF, skipping comments and blanks; trims theme lists', () => {
    const labels = parseLabels(TSV, FILE);
    expect(labels).toHaveLength(3);
    expect(labels[0]).toEqual({
      file: FILE,
      plan: 'yancheng-2025-2027',
      clause: 'annex-1-r7',
      snippet: '公共数据授权运营指数',
      themes: ['data-elements'],
      line: 4,
    });
    expect(labels[1].themes).toEqual(['computing-power', 'data-elements', 'digital-industry']);
    expect(labels[2].themes).toEqual([]);
  });

  it('names the file and line of an unknown theme or a short row', () => {
    expect(() => parseLabels('plan\tclause\tsnippet\tthemes\np\tc\ts\tdata-element', FILE)).toThrow(
      'labels.tsv:2: unknown theme "data-element"',
    );
    expect(() => parseLabels('plan\tclause\tsnippet\tthemes\np\tc', FILE)).toThrow('labels.tsv:2: expected plan');
  });
});

describe('resolveLabel', () => {
  const byPlan = new Map([['yancheng-2025-2027', clauses]]);
  it('uses the clause id when its text holds the snippet', () => {
    const [label] = parseLabels(TSV, FILE);
    expect(resolveLabel(label, byPlan)).toEqual({ clause: clauses[2] });
  });

  it('finds a renumbered clause by its snippet, with a warning naming file and line', () => {
    const label = { ...parseLabels(TSV, FILE)[1], clause: '2-1-9' };
    const r = resolveLabel(label, byPlan);
    expect(r.clause?.id).toBe('2-1-3');
    expect(r.warning).toBe('labels.tsv:5: yancheng-2025-2027 2-1-9 → found as 2-1-3 by its snippet');
  });

  it('gives up on a snippet found nowhere', () => {
    const label = { ...parseLabels(TSV, FILE)[0], clause: 'x', snippet: '火星基地' };
    expect(resolveLabel(label, byPlan)).toEqual({ clause: null });
  });
});

describe('evaluate', () => {
  const labels = parseLabels(TSV, FILE);
  // A fake tagger: right on the row, one false positive and one miss on 2-1-3, a false positive on the preamble.
  const predicted: Record<string, string[]> = {
    'annex-1-r7': ['data-elements'],
    '2-1-3': ['computing-power', 'digital-industry', 'talent'],
    preamble: ['organisation'],
  };
  const result = evaluate(labels, clauses, (c) => predicted[c.id]);
  const score = (slug: string) => result.scores.find((s) => s.slug === slug)!;

  it('counts TP, FP and FN per theme, in taxonomy order', () => {
    expect(result.resolved).toBe(3);
    expect(result.scores.map((s) => s.slug)).toEqual(themes.map((t) => t.slug));
    expect(score('data-elements')).toMatchObject({ tp: 1, fp: 0, fn: 1, support: 2, precision: 1, recall: 0.5 });
    expect(score('talent')).toMatchObject({ tp: 0, fp: 1, fn: 0, support: 0, precision: 0, recall: 1 });
    expect(score('computing-power')).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('lists the disagreements with their label file', () => {
    expect(result.disagreements).toEqual([
      { file: FILE, plan: 'yancheng-2025-2027', id: '2-1-3', missing: ['data-elements'], extra: ['talent'] },
      { file: FILE, plan: 'yancheng-2025-2027', id: 'preamble', missing: [], extra: ['organisation'] },
    ]);
  });

  it('reports labels it cannot resolve and leaves them out', () => {
    const r = evaluate([{ ...labels[0], snippet: '火星基地', clause: 'x' }], clauses, () => []);
    expect(r.resolved).toBe(0);
    expect(r.unresolved).toEqual(['labels.tsv:4: yancheng-2025-2027 x ("火星基地") not found']);
  });

  it('micro-averages over all themes and finds the worst theme', () => {
    // TP: data-elements, computing-power, digital-industry = 3; FP: talent, organisation = 2; FN: data-elements = 1.
    expect(summary(result.scores)).toEqual({ precision: 3 / 5, recall: 3 / 4, minPrecision: 0, minRecall: 0.5 });
  });

  it('prints a Markdown table titled by the label set, "–" for recall where nothing was labelled', () => {
    const md = markdownTable('in-sample (used while tuning)', FILE, result).split('\n');
    expect(md[0]).toBe('### in-sample (used while tuning)');
    expect(md[2]).toBe('3 hand-labelled clauses (labels.tsv).');
    expect(md[4]).toBe('| 主题 | slug | 标注数 | TP | FP | FN | precision | recall |');
    expect(md).toContain('| 数据要素 | data-elements | 2 | 1 | 0 | 1 | 1.00 | 0.50 |');
    expect(md).toContain('| 人才 | talent | 0 | 0 | 1 | 0 | 0.00 | – |');
    expect(md.filter((l) => l.startsWith('| ') && !l.startsWith('| 主题'))).toHaveLength(themes.length);
    expect(md.at(-1)).toBe('micro-average: precision 0.60, recall 0.75; min precision 0.00, min recall 0.50');
  });
});

describe('parseLabels with a set column', () => {
  it('reads columns by their header names, in any order, with the set of each label', () => {
    const tsv = 'set\tplan\tclause\tthemes\tsnippet\nmain\tp\t1\tdata-elements\t数据\ngenre\tq\t2\t\t条例';
    expect(parseLabels(tsv, 'b.tsv')).toEqual([
      { file: 'b.tsv', plan: 'p', clause: '1', snippet: '数据', themes: ['data-elements'], line: 2, set: 'main' },
      { file: 'b.tsv', plan: 'q', clause: '2', snippet: '条例', themes: [], line: 3, set: 'genre' },
    ]);
  });
});

describe('leaveOnePlanOut', () => {
  it('tags each labelled plan with a tagger fitted without that plan’s labels; unlabelled plans get nothing', () => {
    const labels = parseLabels('plan\tclause\tsnippet\tthemes\na\t1\tx\ttalent\nb\t1\ty\tsecurity\nb\t2\tz\t', FILE);
    const cs = [clause('a', '1', 'x'), clause('b', '1', 'y'), clause('b', '2', 'z'), clause('c', '1', 'w')];
    const seen: string[][] = [];
    // The fitted tagger answers with the plans whose labels it was given.
    const tagger = leaveOnePlanOut(labels, cs, (training) => {
      const plans = [...new Set(training.map((l) => l.plan))];
      seen.push(plans);
      return () => plans;
    });
    expect(seen).toEqual([['b'], ['a']]);
    expect(cs.map(tagger)).toEqual([['b'], ['a'], ['a'], []]);
  });
});
