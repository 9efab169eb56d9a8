import { describe, expect, it } from 'vitest';
import { initialJavaScriptFiles, initialScriptsOf, staticImportsOf } from './budget.ts';

// As Vite 8 writes it, with one modulepreload link added the way Vite adds them for shared chunks.
const html = `<!doctype html>
<html lang="en">
  <head>
    <title>ActorGraph</title>
    <script type="module" crossorigin src="/assets/index-Q8I35UZE.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-d3.js">
    <link rel="stylesheet" crossorigin href="/assets/index-B0yP3epN.css">
    <link rel="icon" href="data:," />
  </head>
  <body><script>window.inline = 1</script><div id="root"></div></body>
</html>`;

describe('initialScriptsOf', () => {
  it('finds module scripts and modulepreload links, not stylesheets, icons or inline scripts', () => {
    expect(initialScriptsOf(html)).toEqual(['/assets/index-Q8I35UZE.js', '/assets/vendor-d3.js']);
  });

  it('reads attributes in any order and quoting', () => {
    expect(initialScriptsOf(`<script src='./a.js' type=module></script><link href=./b.js rel=modulepreload>`)).toEqual(['./a.js', './b.js']);
  });
});

describe('staticImportsOf', () => {
  it('reads the import statements at the top of a minified chunk', () => {
    const code = `import{a as e,b as t}from"./vendor-d3.js";import"./polyfill.js";export*from"./re.js";var n=1;`;
    expect(staticImportsOf(code)).toEqual(['./vendor-d3.js', './polyfill.js', './re.js']);
  });

  it('ignores dynamic imports, the worker URL and "import" inside strings below the prelude', () => {
    const code = `import{x}from"./shared.js";function T(){return new Worker(new URL(\`/assets/extract.worker-BIXQ46QV.js\`,\`\`+import.meta.url))}const l=()=>import("./lazy.js");throw Error("import: invalid serialized node from \\"x\\"")`;
    expect(staticImportsOf(code)).toEqual(['./shared.js']);
  });
});

describe('initialJavaScriptFiles', () => {
  it('follows static imports transitively, once each, and skips files that are not there', () => {
    const files: Record<string, string> = {
      'assets/index-Q8I35UZE.js': `import{a}from"./vendor-d3.js";import"./react.js";const w=()=>import("./lazy.js");`,
      'assets/vendor-d3.js': `import{r}from"./react.js";export const a=1;`,
      'assets/react.js': `export const r=1;`,
      'assets/lazy.js': `export const l=1;`,
    };
    expect(initialJavaScriptFiles(html, (f) => files[f] ?? null)).toEqual(['assets/index-Q8I35UZE.js', 'assets/vendor-d3.js', 'assets/react.js']);
  });

  it('resolves against a relative base and leaves other sites alone', () => {
    const relative = `<script type="module" src="./assets/app.js"></script><script type="module" src="https://cdn.example/x.js"></script>`;
    expect(initialJavaScriptFiles(relative, (f) => (f === 'assets/app.js' ? '' : null))).toEqual(['assets/app.js']);
  });
});
