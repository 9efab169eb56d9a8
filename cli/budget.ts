// npm run budget [-- DIST] — the initial JavaScript budget of issue 7: gzips every JS file the built index.html loads
// before the app can start (its module scripts, their modulepreload links and, transitively, their static imports)
// and fails above 150 KB. The extraction worker and lazily imported chunks are not initial: they load later.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** In kB of 1,000 bytes, as Vite's build report counts them. */
export const INITIAL_JS_BUDGET_KB = 150;

/** The module scripts and modulepreload links of an index.html, as written (attribute order and quotes vary). */
export function initialScriptsOf(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const value = (name: string) => {
      const m = attribute(name);
      return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
    };
    const isModuleScript = /^<script/i.test(tag) && value('type') === 'module' && value('src');
    const isPreload = /^<link/i.test(tag) && value('rel')?.toLowerCase() === 'modulepreload' && value('href');
    if (isModuleScript) found.push(value('src')!);
    else if (isPreload) found.push(value('href')!);
  }
  return [...new Set(found)];
}

/**
 * The static imports of a built chunk: the import statements a bundler hoists to its top. Reading only that
 * prelude skips dynamic import() and any "import" inside a string further down the minified code.
 */
export function staticImportsOf(code: string): string[] {
  const prelude = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:import|export)\s*(?:[^"'`;()]*?\bfrom\s*)?(["'])([^"']+)\1\s*;?/;
  const found: string[] = [];
  let rest = code;
  for (let m = prelude.exec(rest); m; m = prelude.exec(rest)) {
    found.push(m[2]!);
    rest = rest.slice(m[0].length);
  }
  return found;
}

/**
 * Every initial JS file under `distDir`, as paths relative to it: the HTML's scripts and everything they import
 * statically. `read` returns a file's text, or null when it does not exist.
 */
export function initialJavaScriptFiles(html: string, read: (relativePath: string) => string | null): string[] {
  const resolve = (spec: string, from: string) => decodeURIComponent(new URL(spec, `http://dist/${from}`).pathname.slice(1));
  const queue = initialScriptsOf(html)
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => resolve(src, 'index.html'));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = read(file);
    if (code === null) continue;
    seen.add(file);
    for (const spec of staticImportsOf(code)) if (spec.startsWith('.') || spec.startsWith('/')) queue.push(resolve(spec, file));
  }
  return [...seen];
}

function main(): void {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  const indexPath = path.join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    console.error(`budget: no ${indexPath}; run \`npm run build\` first`);
    process.exitCode = 1;
    return;
  }
  const read = (relative: string) => {
    const file = path.join(distDir, relative);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const files = initialJavaScriptFiles(readFileSync(indexPath, 'utf8'), read);
  const sizes = files.map((file) => ({ file, gzipped: gzipSync(readFileSync(path.join(distDir, file))).length }));
  const totalKb = sizes.reduce((sum, s) => sum + s.gzipped, 0) / 1000;
  for (const s of sizes) console.log(`  ${(s.gzipped / 1000).toFixed(2).padStart(8)} kB  ${s.file}`);
  if (files.length === 0) {
    console.error(`budget: index.html in ${distDir} loads no JavaScript file we can find`);
    process.exitCode = 1;
  } else if (totalKb > INITIAL_JS_BUDGET_KB) {
    console.error(
      `budget: initial JavaScript is ${totalKb.toFixed(2)} kB gzipped, over the ${INITIAL_JS_BUDGET_KB} kB budget by ${(totalKb - INITIAL_JS_BUDGET_KB).toFixed(2)} kB. ` +
        'Move what the first screen does not need behind a dynamic import() or into the worker.',
    );
    process.exitCode = 1;
  } else console.log(`budget: initial JavaScript ${totalKb.toFixed(2)} kB gzipped of ${INITIAL_JS_BUDGET_KB} kB (${files.length} file${files.length === 1 ? '' : 's'})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
