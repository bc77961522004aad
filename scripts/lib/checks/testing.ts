/**
 * Test fixtures: a tiny built site that honours every contract, written to a temp dir, which tests then break in
 * one specific way each to prove each gate fails on it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Files = Record<string, string>;

export function page(body: string, { lang = 'zh-CN', head = '' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${head}</head><body><a href="#main">跳到正文</a><header><a href="/">政策对照</a><form role="search" action="/search/" method="get"><input name="q" type="search"></form></header><main id="main">${body}</main></body></html>`;
}

const clauses = [
  { id: '1', plan: 'demo-2025', url: '/plans/demo-2025/1/', path: ['一'], titles: ['总体要求'], heading: '总体要求', cells: null, text: '总体要求,"引号",逗号\n第二行', themes: ['computing-power'], departments: { lead: [], responsible: [] }, deadline: null },
  { id: '2-1', plan: 'demo-2025', url: '/plans/demo-2025/2-1/', path: ['二', '(一)'], titles: ['重点任务', '算力'], heading: null, cells: null, text: '建设算力中心。', themes: [], departments: { lead: ['市数据局'], responsible: [] }, deadline: '2025年底' },
];

function csvField(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A consistent little site: home, a plan page with two clause anchors, two clause pages, a theme page, data. */
export function goodSite(): Files {
  const header = ['id', 'plan', 'url', 'path', 'heading', 'text', 'themes', 'departments', 'deadline'];
  const csv = [header, ...clauses.map((c) => header.map((h) => (c as Record<string, unknown>)[h]))]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n');
  return {
    'index.html': page('<h1>首页</h1><a href="/plans/demo-2025/">规划</a><a href="/plans/demo-2025/#2-1">二(一)</a><a href="/themes/computing-power/">算力</a><a href="/data/clauses.csv">CSV</a>'),
    '404.html': page('<h1>找不到</h1><a href="/">首页</a>'),
    'search/index.html': page('<ol data-search-results aria-busy="false"></ol>'),
    'plans/demo-2025/index.html': page(
      '<nav><a href="#1">一</a> <a href="#2-1">二(一)</a></nav><section id="1" data-clause="1"><p>总体要求</p><a href="1/">永久链接</a></section><section id="2-1" data-clause="2-1"><p>建设算力中心。</p><a href="./2-1/">永久链接</a></section>',
    ),
    'plans/demo-2025/1/index.html': page('<article data-clause="1" aria-current="true"><p>总体要求</p><button data-copy="citation" data-copy-text="示例. 第一部分. /plans/demo-2025/1/">复制引用</button></article><a href="../2-1/">下一条</a>'),
    'plans/demo-2025/2-1/index.html': page('<article data-clause="1"><p>总体要求</p></article><article data-clause="2-1" aria-current="true"><p>建设算力中心。</p></article><a href="/plans/demo-2025/#2-1">全文</a>'),
    'themes/computing-power/index.html': page('<div data-theme-columns><section data-city="示例"><article data-clause="1" data-plan="demo-2025"><a href="/plans/demo-2025/1/">一</a></article></section></div>'),
    '_astro/site.css': 'body{}',
    'data/plans.json': JSON.stringify([{ slug: 'demo-2025', url: '/plans/demo-2025/', city: '示例', title: '示例规划', source: 'seeds/demo.txt', issuer: null, docNumber: null, date: null, period: null, kind: null, province: null, noticeTitle: null, publishedDate: null, sourceUrl: null, pkulawCode: null, status: null, format: 'txt', provenance: {} }]),
    'data/clauses.json': JSON.stringify(clauses),
    'data/themes.json': JSON.stringify([{ slug: 'computing-power', label: '算力', url: '/themes/computing-power/' }]),
    'data/clauses.csv': `\uFEFF${csv}\r\n`,
  };
}

export function writeSite(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-compare-site-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}
