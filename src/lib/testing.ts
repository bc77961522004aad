/**
 * Test data for the unit tests beside each lib file (not used by the site). Metadata mirrors the real seeds
 * (seeds/CATALOG.md); clause texts are real sentences from them, plus crafted hostile ones.
 */
import type { Clause, PolicyDoc } from '~/schemas/policy';

type PlanInput = Partial<PolicyDoc> & Pick<PolicyDoc, 'slug' | 'city' | 'title'>;

export function plan(p: PlanInput): PolicyDoc {
  return {
    url: `/plans/${p.slug}/`,
    province: '江苏',
    provinceCode: '320000',
    divisionCode: null,
    noticeTitle: null,
    printedTitle: null,
    issuer: null,
    docNumber: null,
    date: null,
    publishedDate: null,
    period: null,
    kind: null,
    sourceUrl: null,
    pkulawCode: null,
    status: null,
    source: `seeds/${p.slug}.txt`,
    format: 'txt',
    sha256: '0'.repeat(64),
    provenance: {},
    furniture: [],
    notes: [],
    signature: null,
    parts: [],
    clauseCount: 0,
    ...p,
  };
}

type ClauseInput = Partial<Clause> & Pick<Clause, 'id' | 'plan'>;

export function clause(c: ClauseInput): Clause {
  const paragraphs = c.paragraphs ?? ['正文。'];
  const heading = c.heading ?? null;
  return {
    url: `/plans/${c.plan}/${c.id}/`,
    order: 0,
    path: [],
    pinpoint: c.id,
    kind: 'item',
    label: '',
    heading,
    headingInline: false,
    context: [],
    titles: [],
    paragraphs,
    text: [heading, ...paragraphs].filter(Boolean).join('\n'),
    cells: null,
    themes: [],
    possibleThemes: [],
    departments: { lead: [], responsible: [] },
    deadline: null,
    trailer: null,
    line: 1,
    ...c,
  };
}

/** The five seed plans' metadata as CATALOG.md states it (unknowns null). */
export const seedPlans: PolicyDoc[] = [
  plan({ slug: 'yancheng-2025-2027', divisionCode: '320900', city: '盐城', title: '盐城市数字经济高质量发展三年行动计划(2025-2027年)', issuer: '盐城市人民政府办公室', date: '2025-09-09', period: { start: 2025, end: 2027 }, kind: '三年行动计划', sourceUrl: 'https://www.yancheng.gov.cn/art/2025/12/3/art_55799_21032.html' }),
  plan({ slug: 'suzhou-2021-2023', divisionCode: '320500', city: '苏州', title: '苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)', issuer: '苏州市人民政府', docNumber: '苏委发〔2021〕1号', period: { start: 2021, end: 2023 }, kind: '三年行动计划' }),
  plan({ slug: 'yancheng-2024', divisionCode: '320900', city: '盐城', title: '2024年数字盐城工作要点', issuer: '盐城市人民政府办公室', date: '2024-08-22', period: { start: 2024, end: 2024 }, kind: '年度工作要点', sourceUrl: 'https://www.yancheng.gov.cn/art/2024/9/13/art_45203_10967.html' }),
  plan({ slug: 'taizhou-zhidao-yijian', divisionCode: '321200', city: '泰州', title: '泰州市关于加快发展数字经济的指导意见', kind: '指导意见' }),
  plan({ slug: 'yancheng-2022-2024', divisionCode: '320900', city: '盐城', title: '盐城市数字经济发展三年行动计划(2022—2024年)', period: { start: 2022, end: 2024 }, kind: '三年行动计划' }),
];
