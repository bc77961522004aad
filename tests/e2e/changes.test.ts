/**
 * How a city's policy changed, as a reader meets it in chromium: on 盐城's changes page the summary of what 2025–2027
 * added, raised and dropped against 2022–2024 is on the first screen at 1280 and 390 px; one click reaches each
 * clause it names, and each count its list on the step's page; there every clause of the comparison is one click
 * away and the aligned pairs open to word diffs; the anchors of the earlier single page still land, with and
 * without JS; the pages pass axe; the open data names served clauses; a task-table row's permalink names the item
 * it restates.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, DIST, PHONE, builtPage, launch, newContext } from './browser';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const PAGE = '/cities/yancheng/changes/';
const LEAD = 'yancheng-2022-2024--yancheng-2025-2027';
const STEP = `${PAGE}${LEAD}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The bottom edge (px from the top of the page) of an element. */
const bottomOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

describe('盐城’s changes page', () => {
  for (const [name, viewport] of [
    ['1280 px', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    it(`shows what 2025–2027 added, raised and dropped against 2022–2024 within the first screen at ${name}`, async (ctx) => {
      if (!builtPage(PAGE)) ctx.skip(`${PAGE} is not built`);
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await page.goto(PAGE);
      const summary = page.locator('#summary');
      await expect(summary.locator('h2').textContent()).resolves.toContain('2025–2027 对比 2022–2024');
      const stats = await summary.locator('.lead-stats li').allTextContents();
      for (const word of ['新增', '目标提高', '不再提及']) expect(stats.some((s) => s.includes(word)), word).toBe(true);
      // The counts and the named items of new, raised and dropped are all above the fold.
      expect(await bottomOf(page, '#summary .lead-stats')).toBeLessThanOrEqual(viewport.height);
      expect(await bottomOf(page, '#summary .lead-preview')).toBeLessThanOrEqual(viewport.height);
      expect(await summary.locator('.lead-preview dt').allTextContents()).toEqual(['新增', '目标提高', '不再提及']);
      await context.close();
    });
  }

  it('reaches an underlying clause in one click from the summary, and from each count to its list on the step’s page', async (ctx) => {
    if (!builtPage(PAGE)) ctx.skip(`${PAGE} is not built`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(PAGE);
    // A new commitment named in the summary → its permalink, where it is the current clause.
    const first = page.locator('#summary .lead-preview dd a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/plans\/yancheng-2025-2027\/[a-z0-9-]+\/$/);
    await first.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator('article[aria-current="true"]').count()).resolves.toBe(1);
    // The dropped count → its list on the step's page, every entry a clause of 2022–2024.
    await page.goto(PAGE);
    await page.locator('#summary .lead-stats .kind-dropped a').click();
    await page.waitForURL(`**${STEP}#${LEAD}-dropped`);
    const dropped = await page.locator(`#${LEAD}-dropped a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(dropped.length).toBeGreaterThan(0);
    for (const h of dropped) expect(h).toMatch(/^\/plans\/yancheng-2022-2024\//);
    // Every step is listed with its counts, each linking to its page.
    const steps = await page.goto(PAGE).then(() => page.locator('#steps li[data-step] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    expect(steps).toContain(STEP);
    await context.close();
  });

  it('puts every clause of a step one click away on the step’s page', async (ctx) => {
    const data = `/data/changes/pairs/yancheng-2022-2024--yancheng-2025-2027.json`;
    if (!builtPage(STEP) || !builtPage(data)) ctx.skip(`${STEP} is not built`);
    const step = JSON.parse(readFileSync(`${DIST}${data}`, 'utf8'));
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(STEP);
    const hrefs = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const clauses: string[] = [
      ...step.verdicts.map((v: { url: string }) => v.url),
      ...step.links.flatMap((l: { earlier: string; later: string }) => [`/plans/${step.from}/${l.earlier}/`, `/plans/${step.to}/${l.later}/`]),
    ];
    expect(clauses.length).toBeGreaterThan(0);
    for (const u of new Set(clauses)) expect(hrefs.has(u), u).toBe(true);
    await context.close();
  });

  it('opens each aligned pair to a word-level diff, and counts per theme link to the lists', async (ctx) => {
    if (!builtPage(STEP)) ctx.skip(`${STEP} is not built`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(STEP);
    const pair = page.locator(`#${LEAD}-continued .aligned-list > li`).first();
    await expect(pair.locator('.confidence').first().textContent()).resolves.toMatch(/把握度 \d+%/);
    await pair.locator('details.diff summary').first().click();
    const diff = pair.locator('.diff-text').first();
    expect(await diff.isVisible()).toBe(true);
    expect((await diff.locator('del, ins').count()) > 0).toBe(true);
    // Each removed or added run is announced to screen readers by generated text, out of sight.
    const marks = await diff.evaluate((p) =>
      (['del', 'ins'] as const).map((tag) => {
        const run = p.querySelector(tag);
        const before = run && getComputedStyle(run, '::before');
        return before ? [before.content, before.width, before.position] : null;
      }),
    );
    const [del, ins] = marks;
    expect(del ?? ins).not.toBeNull();
    if (del) expect(del).toEqual(['"[删去]"', '1px', 'absolute']);
    if (ins) expect(ins).toEqual(['"[新增]"', '1px', 'absolute']);
    const counts = await page.locator(`#${LEAD} .change-table tbody a[href^="#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(counts.length).toBeGreaterThan(0);
    for (const h of new Set(counts)) await expect(page.locator(h).count(), h).resolves.toBe(1);
    // The summary's per-theme counts lead to the same lists, on the step's page.
    await page.goto(PAGE);
    const onward = await page.locator('#by-theme .change-table tbody a[href*="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(onward.length).toBeGreaterThan(0);
    for (const h of onward) expect(h.startsWith(`${STEP}#${LEAD}-`), h).toBe(true);
    await context.close();
  });

  it('keeps the anchors of the earlier single page: a step’s lists and pairs land on the step’s page', async (ctx) => {
    if (!builtPage(STEP)) ctx.skip(`${STEP} is not built`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(STEP);
    const pairId = await page.locator(`#${LEAD}-continued .aligned-list > li`).first().getAttribute('id');
    expect(pairId).toMatch(new RegExp(`^${LEAD}-pair-`));
    for (const id of [LEAD, `${LEAD}-new`, `${LEAD}-dropped`, pairId!]) {
      await page.goto(`${PAGE}#${id}`);
      await page.waitForURL(`**${STEP}#${id}`);
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
      expect(await page.locator(`[id="${id}"]`).isVisible(), id).toBe(true);
    }
    // The summary's own sections stay where they were.
    await page.goto(`${PAGE}#targets`);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    await context.close();
  });

  it('without JavaScript, an old step anchor lands on the summary’s line linking to the step’s page', async (ctx) => {
    if (!builtPage(STEP)) ctx.skip(`${STEP} is not built`);
    const context = await newContext(browser, undefined, false);
    const page = await context.newPage();
    for (const id of [LEAD, `${LEAD}-new`, `${LEAD}-dropped`]) {
      await page.goto(`${PAGE}#${id}`);
      const target = page.locator(`[id="${id}"]`);
      expect(await target.count(), id).toBe(1);
      const href = await target.evaluate((el) => (el.matches('a') ? el : el.querySelector('a'))!.getAttribute('href'));
      expect(href, id).toContain(STEP);
    }
    await context.close();
  });

  it.for([PAGE, STEP])('%s has no serious or critical accessibility violations', async (url, ctx) => {
    if (!builtPage(url)) ctx.skip(`${url} is not built`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ path: AXE_PATH });
    const blocking = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations
        .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: { id: string; nodes: { target: string[] }[] }) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    await context.close();
  });

  it('publishes its data with clauses the site serves', async (ctx) => {
    const file = `${DIST}/data/changes/yancheng.json`;
    if (!builtPage('/data/changes/yancheng.json')) ctx.skip(`${file} is not built`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.steps.map((s: { anchor: string }) => s.anchor)).toContain(LEAD);
    const urls = new Set<string>();
    for (const s of data.steps) {
      urls.add(s.page).add(s.data);
      // Each step's comparison lives once, in its pair file.
      const step = JSON.parse(readFileSync(`${DIST}${s.data}`, 'utf8'));
      for (const l of step.links) urls.add(`/plans/${s.from}/${l.earlier}/`).add(`/plans/${s.to}/${l.later}/`);
      for (const v of step.verdicts) urls.add(v.url);
    }
    for (const t of data.trajectories) for (const p of t.points) urls.add(p.url);
    for (const u of urls) expect(builtPage(u), u).toBe(true);
  });
});

describe('a task-table row', () => {
  it('keeps its permalink and names the item it restates, which lists it under 任务分解', async (ctx) => {
    const row = '/plans/yancheng-2024/table-1-r16/';
    if (!builtPage(row)) ctx.skip(`${row} is not built`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(row);
    const note = page.locator('.task-parent');
    await expect(note.textContent()).resolves.toContain('第五部分第11条');
    await note.locator('a').click();
    await page.waitForURL('**/plans/yancheng-2024/5-11/');
    const rows = await page.locator('section.task-rows tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(rows).toEqual(['/plans/yancheng-2024/table-1-r15/', row, '/plans/yancheng-2024/table-1-r17/']);
    await context.close();
  });
});
