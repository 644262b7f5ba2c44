/**
 * The core runs in a browser: headless Chromium loads dist/core.js as an ES module from a local
 * static server, fetches the data files the core needs into `memoryResources`, analyses Arabic
 * articles, tokenizes and normalises — and gives exactly what Node gives on the same text.
 * Which data files? Those the Node run reads (recorded by wrapping fileResources).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { moduleGraph, packageName } from '../architecture/module-graph.js';
import { analyzeArticle, normalize, parseArticle, tokenize, type Resources } from '../core.js';
import { fileResources, packageRoot } from '../node/resources.js';
import { collectPageErrors, launchChromium } from './chromium.js';
import { serveStatic } from './static-server.js';

interface Input {
  text: string;
  published: string;
}

const ARTICLES: Input[] = [
  {
    // a wire story of our own: headline, dateline, a quote with its speaker, places, a date
    text:
      'إجلاء آلاف المدنيين من شرق حلب\n\n' +
      'بيروت - أعلنت الأمم المتحدة اليوم الأربعاء إجلاء نحو ثلاثة آلاف مدني من الأحياء الشرقية لمدينة حلب السورية، ' +
      'بعد اتفاق بين روسيا وتركيا على وقف إطلاق النار.\n\n' +
      'وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن "عمليات الإجلاء ستستمر خلال الأيام المقبلة".',
    published: '2016-12-07',
  },
  { text: readFileSync(join(packageRoot, 'samples', 'riyadh-spa-talks.txt'), 'utf8'), published: '2016-12-11' },
];
const TOKEN_TEXT = 'وبالمدينة، أعلنت الأُمَمُ المتّحدة عن 12 مساعدةً — «للمدنيين» https://example.org/x';

/** fileResources that remembers every name read and what it gave (null for an absent file). */
function recording(inner: Resources): { res: Resources; reads: Map<string, string | null> } {
  const reads = new Map<string, string | null>();
  return {
    reads,
    res: {
      read(name) {
        const text = inner.read(name);
        if (!reads.has(name)) reads.set(name, text);
        return text;
      },
    },
  };
}

/** What the page computes; the same function body runs in Node below. */
const PAGE_SCRIPT = `
try {
  const core = await import('/dist/core.js');
  window.rasidRun = async ({ names, articles, tokenText }) => {
    const files = {};
    await Promise.all(names.map(async (name) => {
      const r = await fetch('/' + name);
      if (!r.ok) throw new Error('fetch ' + name + ': ' + r.status);
      files[name] = await r.text();
    }));
    const res = core.memoryResources(files);
    const analyses = articles.map((a) => core.analyzeArticle(core.parseArticle(a.text, { published: a.published }, res), res));
    return JSON.stringify({
      analyses,
      tokens: core.tokenize(tokenText, res),
      normalized: core.normalize(tokenText),
      hasNodeProcess: typeof process !== 'undefined',
    });
  };
  window.rasidReady = 'ok';
} catch (e) {
  window.rasidReady = 'error: ' + (e && e.stack || e);
}`;

function page(importMap: Record<string, string>): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>rasid core</title>
<script type="importmap">${JSON.stringify({ imports: importMap })}</script>
<script type="module">${PAGE_SCRIPT}</script></head><body></body></html>`;
}

test('dist/core.js in headless Chromium analyses, tokenizes and normalises exactly as Node does', { timeout: 60_000 }, async (t) => {
  // the Node run, recording the data files it reads
  const { res, reads } = recording(fileResources());
  const node = {
    analyses: ARTICLES.map((a) => analyzeArticle(parseArticle(a.text, { published: a.published }, res), res)),
    tokens: tokenize(TOKEN_TEXT, res),
    normalized: normalize(TOKEN_TEXT),
    hasNodeProcess: false,
  };
  const expected = JSON.parse(JSON.stringify(node)) as typeof node;
  // the comparison must mean something: the articles yield entities, times and a quote
  assert.ok(expected.analyses[0]!.entities.length >= 3, 'the Node run found too few entities to compare');
  assert.ok(expected.analyses.every((a) => a.times.length > 0), 'the Node run found no time expression');
  assert.ok(expected.analyses[0]!.quotes.length > 0, 'the Node run found no quote');
  const present = [...reads].filter(([, text]) => text !== null);
  assert.ok(present.length > 3, `the Node run read only ${present.length} data files`);

  // the browser gets dist/, the npm packages the core imports (by their browser entries, through an
  // import map) and the data files exactly as Node read them (other helpers may edit data/ meanwhile)
  const graph = moduleGraph(join(packageRoot, 'dist', 'core.js'));
  const dirs: Record<string, string> = { '/dist/': join(packageRoot, 'dist') };
  const importMap: Record<string, string> = {};
  for (const [spec, file] of graph.packages) {
    const name = packageName(spec);
    const marker = `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`;
    const i = file.lastIndexOf(marker);
    assert.ok(i >= 0, `${spec} resolved outside node_modules: ${file}`);
    const dir = file.slice(0, i + marker.length);
    dirs[`/node_modules/${name}/`] = dir;
    importMap[spec] = `/node_modules/${name}/${file.slice(dir.length).split(sep).join('/')}`;
  }
  const files: Record<string, string> = { '/index.html': page(importMap), '/favicon.ico': '' };
  for (const [name, text] of present) files['/' + name] = text!;

  const server = await serveStatic(dirs, files);
  let browser: Awaited<ReturnType<typeof launchChromium>> = null;
  try {
    browser = await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors = collectPageErrors(p);
    await p.goto(`${server.url}/index.html`, { timeout: 15_000 });
    const ready = await p.waitForFunction(() => (globalThis as { rasidReady?: string }).rasidReady, undefined, { timeout: 15_000 });
    assert.equal(await ready.jsonValue(), 'ok', `the core did not load in Chromium:\n${errors.join('\n')}`);
    const json = await p.evaluate(
      (input) => (globalThis as unknown as { rasidRun(i: unknown): Promise<string> }).rasidRun(input),
      { names: present.map(([n]) => n), articles: ARTICLES, tokenText: TOKEN_TEXT },
    );
    const got = JSON.parse(json) as typeof node;
    assert.equal(got.hasNodeProcess, false, 'the page has a Node `process` global: not a real browser run');
    assert.deepEqual(got.normalized, expected.normalized, 'normalize differs between Chromium and Node');
    assert.deepEqual(got.tokens, expected.tokens, 'tokenize differs between Chromium and Node');
    for (let i = 0; i < ARTICLES.length; i++) {
      assert.deepEqual(got.analyses[i], expected.analyses[i], `the analysis of article ${i} differs between Chromium and Node`);
    }
    // the browser really fetched the core's modules and the data files from the server
    assert.ok(server.requests.includes('/dist/core.js') && server.requests.includes('/dist/analyze.js'));
    for (const [name] of present) assert.ok(server.requests.includes('/' + name), `the page did not fetch ${name}`);
    assert.deepEqual(errors, [], 'errors in the page');
  } finally {
    await browser?.close();
    await server.close();
  }
});
