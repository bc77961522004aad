import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themes, themeSlugs, themeBySlug } from '../../../src/data/themes';
import { analysisText, tagThemes, themeScores } from './tag';
import { tokens } from './jieba';
import { loadClauses } from './corpus';
import { evaluate, readLabels } from './evaluate';

const tag = (text: string, heading: string | null = null, context: string[] = []) =>
  tagThemes({ text, heading, context });

describe('taxonomy table', () => {
  it('has ASCII unique slugs, Chinese labels and the required themes', () => {
    expect(new Set(themeSlugs).size).toBe(themes.length);
    for (const t of themes) {
      expect(t.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.label).toMatch(/\p{Script=Han}/u);
      expect(t.description.length).toBeGreaterThan(10);
      for (const k of t.keyTerms) expect([...t.terms, ...t.synonyms, ...t.keyTerms]).toContain(k);
    }
    for (const label of ['算力', '数据要素', '智改数转', '人工智能', '人才', '组织保障']) {
      expect(themes.map((t) => t.label)).toContain(label);
    }
    expect(themeBySlug('computing-power')?.label).toBe('算力');
  });
});

describe('user dictionary', () => {
  it('keeps policy terms whole', () => {
    for (const w of ['智改数转', '数据要素', '一网统管', '算力网络', '授权运营']) {
      expect(tokens(`推进${w}建设`)).toContain(w);
    }
  });
});

describe('tagThemes on real clauses', () => {
  it('tags a 盐城 2025–2027 item with its several themes', () => {
    const text =
      '3.加快发展数字支撑产业。加快盐城海洋智算中心建设运营,搭建全市算力调度平台,积极融入全国统一算力服务大市场。到2027年,全市算力规模突破20000P,算力产业规模超50亿元。出台培育壮大数据企业行动方案,聚焦数据标注、交易、应用等领域,加快数据资源、应用场景、数据企业、数据产业集聚。(市工信局、市发改委、市数据局、市通管办、市大数据集团等按职责分工负责)';
    expect(tag(text, '加快发展数字支撑产业', ['重点任务', '数字产业升级行动'])).toEqual([
      'computing-power',
      'data-elements',
      'digital-industry',
    ]);
  });

  it('does not tag a passing word inside an enumeration', () => {
    // 泰州 8: AI is one item of a list of technologies; the clause is about the software industry.
    const text =
      '8.壮大数字技术应用业。积极招引软件龙头企业,支持小而精的工业软件企业,培育软件企业技术中心,推动软件业做大做强。引导传统软件和信息服务企业利用云计算、大数据、人工智能等新技术做强做优。';
    const tags = tag(text, '壮大数字技术应用业', ['重点任务', '做强关键增量,推进数字产业化发展']);
    expect(tags).toContain('digital-industry');
    expect(tags).not.toContain('artificial-intelligence');
  });

  it('ignores department names in the trailer', () => {
    const body = '13.加强数字经济宣传。开展数字经济专题培训。(市农业农村局、市大数据集团等按职责分工负责)';
    expect(analysisText(body)).not.toContain('农业农村局');
    expect(tag(body)).not.toContain('smart-agriculture');
    expect(tag(body)).not.toContain('data-elements');
  });

  it('respects exclusions: 关键信息基础设施 is security, not infrastructure building', () => {
    const text = '强化网络安全等级保护和关键信息基础设施安全保护,开展网络安全风险评估,持续开展网络安全宣传周活动。';
    const tags = tag(text, '提升网络安全防护能力');
    expect(tags).toContain('security');
    expect(tags).not.toContain('digital-infrastructure');
  });

  it('puts everything under 保障措施 in 组织保障', () => {
    expect(tag('统筹市级专项资金使用方向,加大对数字经济发展支持力度。', null, ['保障措施'])).toContain('organisation');
  });

  it('short table rows need less evidence', () => {
    expect(tag('7 | 公共数据授权运营指数 | 50 | 80 | 80 | 市数据局')).toEqual(['data-elements']);
    expect(tag('5 | 加快推进海洋算力中心项目,做好项目“窗口指导”相关工作。')).toEqual(['computing-power']);
  });

  it('handles PDF spacing and full-width forms', () => {
    expect(tag('全面推进企业“智 改数转”,建设智能 工厂。')).toContain('smart-manufacturing');
    expect(tag('推进ＩＰｖ６规模部署,加快５Ｇ基站建设,建设千兆光网。')).toContain('digital-infrastructure');
  });

  it('allows no theme at all', () => {
    expect(tag('为深入贯彻党中央、国务院决策部署,结合本市实际,制定本行动计划。')).toEqual([]);
  });

  it('is deterministic and returns slugs in taxonomy order', () => {
    const input = { text: '建设公共数据授权运营平台,搭建算力调度平台,加强数据安全保护,强化网络安全。', heading: null, context: [] };
    const a = tagThemes(input);
    expect(tagThemes(input)).toEqual(a);
    expect([...a].sort((x, y) => themeSlugs.indexOf(x as never) - themeSlugs.indexOf(y as never))).toEqual(a);
    expect(themeScores(input)).toHaveLength(themes.length);
  });
});

/** Floor asserted per theme on the real generated clauses (content/), see `npm run eval:themes`. */
const FLOOR = { precision: 0.85, recall: 0.85 };
const haveContent = fs.existsSync('content/clauses') && loadClauses('content').length > 0;

describe.skipIf(!haveContent)('measured against the hand labels (scripts/data/theme-labels.tsv)', () => {
  const labels = readLabels('scripts/data/theme-labels.tsv');
  const clauses = haveContent ? loadClauses('content') : [];
  const result = evaluate(labels, clauses, (c) => tagThemes(c));

  it('covers at least 100 clauses across all five plans', () => {
    expect(result.unresolved).toEqual([]);
    expect(result.resolved).toBeGreaterThanOrEqual(100);
    expect(new Set(labels.map((l) => l.plan)).size).toBe(5);
  });

  for (const slug of themeSlugs) {
    it(`${slug}: precision and recall ≥ floor`, () => {
      const s = result.scores.find((x) => x.slug === slug)!;
      expect(s.support).toBeGreaterThan(0);
      expect(s.precision).toBeGreaterThanOrEqual(FLOOR.precision);
      expect(s.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    });
  }
});
