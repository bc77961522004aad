/**
 * Guard: no page or component renders document text as HTML. `set:html={x}` is allowed only where `x` is the
 * return value of a build-time chart function (imported from src/charts/, whose functions escape every text they
 * draw) or of src/lib/rendered (a component's own Astro rendering, reused); everything else goes
 * through {expr}, which Astro escapes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/components', 'src/layouts', 'src/pages'];
const SET_HTML = /set:html=\{\s*([A-Za-z_$][\w$]*)\s*\}|set:html=/g;
const TRUSTED_HTML_IMPORT = /import\s*\{([^}]*)\}\s*from\s*'[^']*(?:charts\/\w+|lib\/rendered)'/g;

/** set:html uses that are not a variable assigned from an imported chart (or reused-rendering) function. */
export function unsafeSetHtml(src: string): string[] {
  const chartFns = [...src.matchAll(TRUSTED_HTML_IMPORT)].flatMap((m) => m[1].split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!));
  return [...src.matchAll(SET_HTML)]
    .filter((m) => {
      const name = m[1];
      if (!name) return true;
      const assigned = new RegExp(`const\\s+${name}\\s*=\\s*(?:await\\s+)?(\\w+)\\(`).exec(src);
      return !assigned || !chartFns.includes(assigned[1]);
    })
    .map((m) => m[0]);
}
const OWNED_ELSEWHERE = [path.join('src', 'pages', 'search'), path.join('src', 'pages', 'indicators'), path.join('src', 'pages', 'departments')];

function astroFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (OWNED_ELSEWHERE.some((o) => p.startsWith(o))) return [];
    return e.isDirectory() ? astroFiles(p) : p.endsWith('.astro') ? [p] : [];
  });
}

describe('inert document text in the site templates', () => {
  const files = ROOTS.flatMap(astroFiles);
  it('tells a chart SVG from anything else', () => {
    const chart = "import { timelineSvg } from '~/charts/timeline';\nconst wide = timelineSvg(d, { width: 9 });\n<Fragment set:html={wide} />";
    expect(unsafeSetHtml(chart)).toEqual([]);
    expect(unsafeSetHtml("const t = clause.text;\n<p set:html={t} />")).toEqual(['set:html={t}']);
    expect(unsafeSetHtml('<p set:html={clause.text} />')).toEqual(['set:html=']);
    const reused = "import { cardsHtml } from '~/lib/rendered';\nconst html = await cardsHtml(ClauseCard, cs, []);\n<Fragment set:html={html} />";
    expect(unsafeSetHtml(reused)).toEqual([]);
    expect(unsafeSetHtml("import { cardsHtml } from '~/lib/rendered';\nconst html = await other(x);\n<Fragment set:html={html} />")).toEqual(['set:html={html}']);
  });
  it('finds the templates', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it('uses set:html only for the chart SVGs, and never innerHTML in page scripts', () => {
    const offenders = files.filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      return unsafeSetHtml(src).length > 0 || /innerHTML|insertAdjacentHTML|outerHTML/.test(src);
    });
    expect(offenders).toEqual([]);
  });
});
