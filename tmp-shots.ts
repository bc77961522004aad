import { launchChromium } from './scripts/lib/chromium';
import { serve } from './scripts/serve';
const dist = process.argv[2];
const out = process.argv[3];
const paths = process.argv.slice(4);
const server = await serve(dist, 0);
const browser = await launchChromium();
try {
  for (const width of [1280, 390]) {
    const ctx = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    for (const p of paths) {
      await page.goto(server.url + p);
      await page.waitForTimeout(1500);
      const name = p.replace(/[^a-z0-9]+/gi, '_').slice(0, 60) || 'home';
      await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: process.env.FULL === '1' });
      console.log(width, p);
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
