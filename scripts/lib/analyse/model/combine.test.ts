import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeSlugs } from '~/data/themes';
import { loadClauses } from '../content';
import { evaluate, leaveOnePlanOut, type Label } from '../evaluate';
import { ruleEvidence, scoreEvidence } from '../tag';
import { CONFIDENT, POSSIBLE, decide, modelInputs, tagCorpus, tagWith, trainingExamples, trainOn, type CorpusClause } from './combine';
import { loadLabels } from './labels';

const clause = (plan: string, id: string, text: string): CorpusClause => ({ plan, id, text, heading: null, context: [] });
const label = (plan: string, id: string, snippet: string, themes: string[], line = 1): Label => ({ file: 'x.tsv', plan, clause: id, snippet, themes, line });

describe('decide', () => {
  const evidence = ruleEvidence({ text: '加快建设智算中心,提升算力供给能力。', heading: null, context: [] });
  const scores = scoreEvidence(evidence);
  const at = (k: number, p: number) => themeSlugs.map((_, i) => (i === k ? p : 0));
  it('assigns at CONFIDENT, shows POSSIBLE..CONFIDENT apart, drops the rest', () => {
    expect(decide(evidence, scores, at(1, CONFIDENT))).toEqual({ themes: [themeSlugs[1]], possibleThemes: [] });
    expect(decide(evidence, scores, at(1, POSSIBLE))).toEqual({ themes: [], possibleThemes: [themeSlugs[1]] });
    expect(decide(evidence, scores, at(1, POSSIBLE / 2))).toEqual({ themes: [], possibleThemes: [] });
  });
  it('without a model the rules decide alone', () => {
    expect(decide(evidence, scores, null)).toEqual({ themes: ['computing-power'], possibleThemes: [] });
  });
  it('a clause the rules silence takes no theme, whatever the model says', () => {
    const notice = ruleEvidence({ text: '《某市算力基础设施建设方案》已经市政府同意,现印发给你们,请认真贯彻落实。', heading: null, context: [] });
    expect(decide(notice, scoreEvidence(notice), themeSlugs.map(() => 0.99))).toEqual({ themes: [], possibleThemes: [] });
  });
});

describe('learning from labels', () => {
  // 海洋牧场 is in no theme's vocabulary: only the labels can teach that it is 智慧农业.
  const taught = [
    clause('a', '1', '推进海洋牧场建设,建成海洋牧场示范区3个。'),
    clause('a', '2', '加快海洋牧场信息化改造,提升海洋牧场管理水平。'),
    clause('a', '3', '召开年度工作推进会,部署重点工作。'),
    clause('b', '1', '支持海洋牧场企业应用物联网设备,建设海洋牧场监测平台。'),
    clause('b', '2', '组织开展专题培训,提升干部业务能力。'),
  ];
  const labels = [
    label('a', '1', '海洋牧场示范区', ['smart-agriculture']),
    label('a', '2', '海洋牧场信息化改造', ['smart-agriculture']),
    label('a', '3', '年度工作推进会', []),
    label('b', '1', '海洋牧场监测平台', ['smart-agriculture']),
    label('b', '2', '专题培训', []),
  ];
  const fresh = clause('c', '1', '推动海洋牧场数字化升级,建设智能投喂系统。');
  it('a word only the labels tie to a theme makes a new plan’s clause at least possibly about it; the rules alone miss it', () => {
    const [withLabels] = tagCorpus([fresh, ...taught], labels);
    expect([...withLabels.themes, ...withLabels.possibleThemes]).toContain('smart-agriculture');
    const [rulesAlone] = tagCorpus([fresh, ...taught], []);
    expect(rulesAlone).toEqual({ themes: [], possibleThemes: [] });
  });
  it('trains only on labels that name a clause of the corpus, and is deterministic', () => {
    const inputs = modelInputs([fresh, ...taught]);
    expect(trainingExamples([...labels, label('z', '9', '别的规划', ['talent'])], [fresh, ...taught], inputs)).toHaveLength(5);
    expect(tagCorpus([fresh, ...taught], labels)).toEqual(tagCorpus([fresh, ...taught], labels));
  });
});

/** The floor, per theme, on all committed labels and the real generated clauses (content/). */
const FLOOR = 0.9;
const haveContent = fs.existsSync('content/clauses') && loadClauses('content').length > 0;

describe.skipIf(!haveContent)('the combined tagger on the committed labels', () => {
  const labels = loadLabels();
  const clauses = haveContent ? (loadClauses('content') as unknown as CorpusClause[]) : [];
  const inputs = modelInputs(clauses);
  const at = new Map(clauses.map((c, i) => [c as object, i]));
  const published = new Map(clauses.map((c) => [c as object, (c as unknown as { themes: string[] }).themes]));

  const tags = tagWith(trainOn(trainingExamples(labels, clauses, inputs)), inputs);
  it('content/ holds what the tagger gives now (run `npm run ingest` after changing labels, rules or model)', () => {
    expect(clauses.map((c, i) => [c.plan, c.id, tags[i].themes])).toEqual(clauses.map((c) => [c.plan, c.id, published.get(c)]));
  });

  const inSample = evaluate(labels, clauses, (c) => published.get(c)!);
  const lopo = evaluate(
    labels,
    clauses,
    leaveOnePlanOut(labels, clauses, (training) => {
      const tags = tagWith(trainOn(trainingExamples(training, clauses, inputs)), inputs);
      return (c) => tags[at.get(c)!].themes;
    }),
  );
  for (const slug of themeSlugs) {
    it(`${slug}: published tags and leave-one-plan-out both ≥ ${FLOOR} precision and recall`, () => {
      for (const result of [inSample, lopo]) {
        const s = result.scores.find((x) => x.slug === slug)!;
        expect(s.support).toBeGreaterThan(0);
        expect(s.precision).toBeGreaterThanOrEqual(FLOOR);
        expect(s.recall).toBeGreaterThanOrEqual(FLOOR);
      }
    });
  }
});
