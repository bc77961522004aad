/**
 * Guard: the layers of the code base import only downwards. Site code (src/) never imports build scripts
 * (scripts/ may import src/, not the other way round), and the charts (src/charts/) import nothing from src/lib/ —
 * they draw what lib/ shapes. Imports are read with TypeScript's own pre-processor (import, export … from, dynamic
 * import(), side-effect imports; comments and strings ignored); an .astro file is read as its frontmatter and its
 * <script> blocks.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
const SOURCE = /\.(?:ts|mts|js|mjs|astro)$/;
/** The frontmatter fence of an .astro file. */
const ASTRO_FENCE = /^---\s*$/m;
/** An inline <script> block of an .astro file. */
const ASTRO_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** The code of a module: an .astro file's frontmatter and scripts, any other file whole. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const [, frontmatter = ''] = text.split(ASTRO_FENCE);
  return [frontmatter, ...[...text.matchAll(ASTRO_SCRIPT)].map((m) => m[1])].join('\n');
}

/** Where an import specifier points: a path for `~/…` (src/) and relative specifiers, null for packages. */
function resolve(from: string, specifier: string): string | null {
  if (specifier.startsWith('~/')) return path.join(SRC, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(from), specifier);
  return null;
}

/** The files a module imports (resolved paths, packages left out). */
function importsOf(file: string, text: string): string[] {
  return ts
    .preProcessFile(codeOf(file, text), true, true)
    .importedFiles.map((f) => resolve(file, f.fileName))
    .filter((p): p is string => p !== null);
}

const within = (p: string, dir: string) => p === dir || p.startsWith(dir + path.sep);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : SOURCE.test(e.name) ? [p] : [];
  });
}

/** "file → import" for every import of a file under `from` that points into `into`. */
function crossings(from: string, into: string): string[] {
  return sourceFiles(from).flatMap((f) =>
    importsOf(f, fs.readFileSync(f, 'utf8'))
      .filter((p) => within(p, into))
      .map((p) => `${path.relative(ROOT, f)} → ${path.relative(ROOT, p)}`),
  );
}

describe('import layers', () => {
  it('reads every kind of import, resolved, in .ts and .astro files alike', () => {
    const file = path.join(SRC, 'lib', 'analysis', 'x.ts');
    const text = [
      "import type { Target } from '../../../scripts/lib/analyse/targets';",
      "export { a } from '~/lib/order';",
      "import 'd3';",
      "// import { no } from '../../../scripts/comment';",
      "const later = () => import('./file');",
    ].join('\n');
    expect(importsOf(file, text).map((p) => path.relative(ROOT, p))).toEqual([
      path.join('scripts', 'lib', 'analyse', 'targets'),
      path.join('src', 'lib', 'order'),
      path.join('src', 'lib', 'analysis', 'file'),
    ]);
    const astro = "---\nimport { corpus } from '~/lib/corpus';\n---\n<p>import x from '../scripts/y'</p>\n<script>import { go } from '../../../scripts/z';</script>";
    expect(importsOf(path.join(SRC, 'pages', 'a', 'p.astro'), astro).map((p) => path.relative(ROOT, p))).toEqual([
      path.join('src', 'lib', 'corpus'),
      path.join('scripts', 'z'),
    ]);
  });

  it('finds the site code', () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(50);
  });

  it('site code (src/) never imports from scripts/', () => {
    expect(crossings(SRC, path.join(ROOT, 'scripts'))).toEqual([]);
  });

  it('charts (src/charts/) import nothing from src/lib/', () => {
    expect(crossings(path.join(SRC, 'charts'), path.join(SRC, 'lib'))).toEqual([]);
  });
});
