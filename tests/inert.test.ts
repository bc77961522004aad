/**
 * Inert text, end to end through the real MDX pipeline: a plan full of hostile text (MDX/JSX/Markdown/HTML syntax,
 * plus property-based random strings) is ingested and built by Astro; every paragraph renders as exactly its own
 * characters, and nothing becomes an element, an expression, an import or a comment.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../scripts/lib/ingest/pipeline';
import { normalizeLine } from '../scripts/lib/ingest/normalize';
import { tempRoot } from '../scripts/lib/ingest/testing';

const REPO = join(import.meta.dirname, '..');

const HOSTILE = [
  "import fs from 'node:fs'",
  'export const x = 1; export default function(){}',
  '# 标题 ## 二级 *斜体* **粗体** _下划线_ ~~删除~~',
  '> 引用 - 列表 + 列表 1) 列表',
  '--- *** ___',
  '{1+1} {props.x} {/* 注释 */} ${danger} `代码` ```围栏```',
  '<script>alert(1)</script><img src=x onerror=alert(1)><b>粗</b></p><!-- 注释 -->',
  '[链接](javascript:alert(1)) <https://example.com> ![图](x.png)',
  '反斜杠 \\ \\n \\{ \\< &amp; &lt; &#123; &nbsp;',
  '    缩进四格 	制表符',
  '| 表格 | 单元格 |',
];

/** Strings with no line breaks or control characters (those are refused at decode, by design). */
const arbitraryLine = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029\ufeff]/g, ''))
  .filter((s) => s.trim().length > 0);

function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('hostile text stays literal through ingest → MDX → Astro HTML', () => {
  it('renders every paragraph as exactly its text', { timeout: 180_000 }, async () => {
    const randoms = fc.sample(arbitraryLine, { numRuns: 60, seed: 20261123 });
    const items = [...HOSTILE, ...randoms].map((s, i) => `${i + 1}.条款${i}。这是一段用于测试的中文政策文本内容。${s}`);
    const root = tempRoot({
      'seeds/hostile.txt': ['某市敌意文本测试计划(2025-2027年)', '一、测试', ...items].join('\n') + '\n',
      'seeds/hostile.yaml': 'city: 某市\nprovince: 江苏\n',
    });
    await run(root);
    // A minimal Astro site over the generated collections, with the project's own src/ (schema, loaders, components,
    // lib) and config, plus a `clauseBodies` collection that compiles the same clause files' MDX bodies — the site itself
    // never renders them (it loads clause frontmatter only, src/loaders/frontmatter.ts). Each clause is shown three ways:
    // its MDX body, its frontmatter paragraphs via {expr}, and the site's reused clause card (ClauseCards, set:html of
    // ClauseCard's own rendering, src/lib/rendered.ts).
    cpSync(join(REPO, 'src'), join(root, 'src'), { recursive: true, filter: (f) => !f.startsWith(join(REPO, 'src/pages')) });
    cpSync(join(REPO, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
    cpSync(join(REPO, 'package.json'), join(root, 'package.json'));
    cpSync(join(REPO, 'tsconfig.json'), join(root, 'tsconfig.json'));
    cpSync(join(REPO, 'site-origin.mjs'), join(root, 'site-origin.mjs'));
    cpSync(join(REPO, 'src/content.config.ts'), join(root, 'src/project.config.ts'));
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(
      join(root, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as project } from './project.config';
import { clauseSchema } from './schemas/policy';
export const collections = { ...project, clauseBodies: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/clauses' }), schema: clauseSchema }) };
`,
    );
    writeFileSync(
      join(root, 'src/pages/index.astro'),
      `---
import { getCollection, render } from 'astro:content';
import ClauseCards from '../components/ClauseCards.astro';
const clauses = (await getCollection('clauses')).sort((a, b) => a.data.order - b.data.order);
const bodies = new Map((await getCollection('clauseBodies')).map((e) => [e.data.id, e]));
const rendered = await Promise.all(clauses.map(async (c) => ({ c, r: await render(bodies.get(c.data.id)!) })));
---
<html lang="zh-CN"><body>{rendered.map(({ c, r }) => <section data-id={c.data.id}><div class="mdx"><r.Content /></div><div class="fm">{c.data.paragraphs.map((p) => <p>{p}</p>)}</div><div class="card"><ClauseCards clauses={[c.data]} terms={['测试']} /></div></section>)}</body></html>
`,
    );
    const build = spawnSync(join(REPO, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      encoding: 'utf-8',
      env: { ...process.env, PATH: `${join(REPO, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const html = readFileSync(join(root, 'dist/index.html'), 'utf-8');
    // Only our own elements appear: no <script>, <img>, <b>, <h1>, <blockquote>, comments or imports leaked; the one
    // link per clause is the card's permalink.
    expect(html).not.toMatch(/<(?:script|img|b|h1|h2|blockquote|ul|ol|code|pre|hr|em)\b/);
    expect(html).not.toContain('<!--');
    expect(html.match(/<a\b/g)).toHaveLength(items.length);
    const sections = [...html.matchAll(/<section data-id="([^"]+)"><div class="mdx">([\s\S]*?)<\/div><div class="fm">([\s\S]*?)<\/div><div class="card">([\s\S]*?)<\/div><\/section>/g)];
    expect(sections).toHaveLength(items.length);
    sections.forEach(([, id, mdx, fm, card], i) => {
      const expected = normalizeLine(items[i]).replace(/^\d+\./, '');
      const mdxText = decodeEntities(mdx.replace(/<\/?(?:p|strong)(?: class="[^"]*")?>/g, ''));
      const fmText = decodeEntities(fm.replace(/<\/?p>/g, ''));
      const doc = /<div class="doc">([\s\S]*)$/.exec(card)?.[1] ?? '';
      const cardText = decodeEntities(doc.replace(/<span class="num">[^<]*<\/span>/g, '').replace(/<\/?(?:p|strong|mark|span|article|div)(?: [a-z-]+="[^"]*")*>/g, ''));
      expect(mdxText, `clause ${id}`).toBe(expected);
      expect(fmText, `clause ${id}`).toBe(expected);
      expect(cardText, `clause ${id} (card)`).toBe(expected);
    });
    // The highlight really ran inside the reused cards (every item says 测试).
    expect(html.match(/<mark>测试<\/mark>/g)?.length).toBeGreaterThanOrEqual(items.length);
  });
});
