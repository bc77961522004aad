/**
 * Guard: no page or component renders document text as HTML. `set:html` is allowed only for the build-time chart
 * SVGs (src/charts, which escape every text they draw); everything else goes through {expr}, which Astro escapes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/components', 'src/layouts', 'src/pages'];
/** Variables that hold chart SVG strings (see src/pages/index.astro). */
const ALLOWED_SET_HTML = /set:html=\{(timelineWide|timelineNarrow|matrixWide|matrixNarrow)\}/g;
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
  it('finds the templates', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it('uses set:html only for the chart SVGs, and never innerHTML in page scripts', () => {
    const offenders = files.filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      return /set:html/.test(src.replace(ALLOWED_SET_HTML, '')) || /innerHTML|insertAdjacentHTML|outerHTML/.test(src);
    });
    expect(offenders).toEqual([]);
  });
});
