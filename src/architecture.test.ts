/**
 * The layering promise, checked on the compiled code: everything dist/core.js reaches (static imports,
 * re-exports, dynamic imports) runs in a browser — no Node built-in, no Node global, no npm package
 * whose browser entry needs Node, no devDependency — and lies in the core layers (text, document,
 * extract, kb, analyze, analysis, resources). The source of the core folders never names an outer
 * layer (store, search, ingest, cluster, cli, server, web, node, train), not even for a type.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { isBuiltinSpecifier, moduleGraph, moduleImports, nodeGlobals, nodeTypeReferences, packageName } from './architecture/module-graph.js';
import { packageRoot } from './node/resources.js';

const DIST = join(packageRoot, 'dist');
const SRC = join(packageRoot, 'src');
const CORE_ENTRY = join(DIST, 'core.js');

/** The core layers: folders and single files at the top of src/ (and dist/). */
const CORE_FOLDERS = ['text', 'document', 'extract', 'kb'];
const CORE_FILES = ['core', 'analyze', 'analysis', 'resources'];
const OUTER_LAYERS = ['store', 'search', 'ingest', 'cluster', 'cli', 'server', 'web', 'node', 'train', 'index', 'architecture', 'browser'];

/** The layer of a file under root: its first folder, or its base name for a top-level file. */
function layerOf(root: string, file: string): string {
  const parts = relative(root, file).split(sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.(d\.ts|ts|js)$/, '');
}

function isCoreLayer(layer: string): boolean {
  return CORE_FOLDERS.includes(layer) || CORE_FILES.includes(layer);
}

const rel = (f: string) => relative(packageRoot, f);

let graph: ReturnType<typeof moduleGraph> | null = null;
function coreGraph() {
  assert.ok(existsSync(CORE_ENTRY), `${rel(CORE_ENTRY)} is missing: run the build (npx tsc -p .) first`);
  return (graph ??= moduleGraph(CORE_ENTRY));
}

test('the walker sees the whole core: the pipeline, every extractor, the knowledge base', () => {
  const g = coreGraph();
  const own = [...g.modules.keys()].filter((f) => f.startsWith(DIST + sep)).map(rel);
  for (const f of ['dist/analyze.js', 'dist/text/analyzer.js', 'dist/document/layout.js', 'dist/kb/load.js', 'dist/extract/entities/index.js', 'dist/extract/times/index.js', 'dist/extract/quotes/index.js', 'dist/extract/events/index.js']) {
    assert.ok(own.includes(f), `${f} is not reached from dist/core.js (reached: ${own.length} files)`);
  }
  assert.deepEqual(g.unresolved.map((u) => `${rel(u.from)}:${u.line} ${u.specifier ?? 'import(<computed>)'}`), [], 'specifiers a browser could not load');
});

test('no module reachable from dist/core.js imports a Node built-in', () => {
  const g = coreGraph();
  const offending: string[] = [];
  for (const m of g.modules.values()) {
    for (const i of m.imports) if (i.builtin) offending.push(`${rel(m.file)}:${i.line} ${i.kind} '${i.specifier}'`);
  }
  assert.deepEqual(offending, [], `the core reaches Node built-ins:\n  ${offending.join('\n  ')}`);
});

test("the core's own modules use no Node globals (process, Buffer, __dirname, require …)", () => {
  const g = coreGraph();
  const offending: string[] = [];
  for (const m of g.modules.values()) {
    if (m.pkg) continue;
    for (const u of nodeGlobals(m.file)) offending.push(`${rel(m.file)}:${u.line} ${u.name}`);
  }
  assert.deepEqual(offending, [], `Node globals in the core:\n  ${offending.join('\n  ')}`);
});

test('dist/core.js reaches only the core layers, never store, search, ingest, cluster, cli, server, web or node/', () => {
  const g = coreGraph();
  const offending: string[] = [];
  for (const m of g.modules.values()) {
    if (m.pkg) continue;
    for (const i of m.imports) {
      if (!i.resolved || i.resolved.includes(`${sep}node_modules${sep}`)) continue;
      const layer = i.resolved.startsWith(DIST + sep) ? layerOf(DIST, i.resolved) : `outside dist (${rel(i.resolved)})`;
      if (!isCoreLayer(layer)) offending.push(`${rel(m.file)}:${i.line} imports '${i.specifier}' (layer ${layer})`);
    }
  }
  assert.deepEqual(offending, [], `the core imports outer layers:\n  ${offending.join('\n  ')}`);
});

test('npm packages the core reaches are runtime dependencies whose browser entry needs no Node built-in', () => {
  const g = coreGraph();
  const pj = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const deps = new Set(Object.keys(pj.dependencies ?? {}));
  const problems: string[] = [];
  for (const spec of g.packages.keys()) {
    const name = packageName(spec);
    if (!deps.has(name)) problems.push(`'${spec}' is not in package.json dependencies (an installed rasid would lack it)`);
  }
  for (const m of g.modules.values()) {
    if (!m.pkg) continue;
    for (const i of m.imports) if (i.builtin) problems.push(`${m.pkg}: ${rel(m.file)}:${i.line} imports '${i.specifier}' (Node only)`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test("the core's type declarations need no @types/node and name no outer layer", () => {
  // a browser project compiles against dist/core.d.ts and what it imports, without Node's types
  const g = coreGraph();
  const offending: string[] = [];
  for (const m of g.modules.values()) {
    if (m.pkg) continue;
    const dts = m.file.replace(/\.js$/, '.d.ts');
    if (!existsSync(dts)) continue;
    for (const r of nodeTypeReferences(dts)) offending.push(`${rel(dts)}:${r.line} ${r.name}`);
    for (const i of moduleImports(dts)) {
      if (!i.specifier) continue;
      if (isBuiltinSpecifier(i.specifier)) offending.push(`${rel(dts)}:${i.line} imports '${i.specifier}'`);
      if (!i.specifier.startsWith('.')) continue;
      const target = join(dirname(dts), i.specifier);
      const layer = target.startsWith(DIST + sep) ? layerOf(DIST, target) : 'outside dist';
      if (!isCoreLayer(layer)) offending.push(`${rel(dts)}:${i.line} imports '${i.specifier}' (layer ${layer})`);
    }
  }
  assert.deepEqual(offending, [], `Node types or outer layers in the core's declarations:\n  ${offending.join('\n  ')}`);
});

/** Every non-test .ts source in the core folders and core files. */
function coreSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const f of CORE_FOLDERS) if (existsSync(join(SRC, f))) walk(join(SRC, f));
  for (const f of CORE_FILES) if (existsSync(join(SRC, f + '.ts'))) out.push(join(SRC, f + '.ts'));
  return out.sort();
}

test('no source file in the core folders names an outer layer, not even in a type import', (t) => {
  if (!existsSync(SRC)) return t.skip('src/ absent (installed package): nothing to scan');
  const files = coreSources();
  assert.ok(files.length > 30, `only ${files.length} core sources found under src/`);
  const offending: string[] = [];
  for (const file of files) {
    for (const i of moduleImports(file)) {
      if (!i.specifier || !i.specifier.startsWith('.')) continue;
      const target = join(dirname(file), i.specifier);
      if (!target.startsWith(SRC + sep)) {
        offending.push(`${rel(file)}:${i.line} imports '${i.specifier}' from outside src/`);
        continue;
      }
      const layer = layerOf(SRC, target);
      if (!isCoreLayer(layer)) offending.push(`${rel(file)}:${i.line} ${i.kind} import of '${i.specifier}' (layer ${layer})`);
    }
  }
  assert.deepEqual(offending, [], `core sources depend on outer layers:\n  ${offending.join('\n  ')}`);
  assert.ok(OUTER_LAYERS.every((l) => !isCoreLayer(l)));
});

test('no source file in the core folders uses Node APIs (Node-only helpers live in src/node/)', () => {
  // The knowledge base's file readers (world-atlas shapes, users' --kb files, GeoNames dumps) live in
  // src/node/kb/: the core folders hold only code that runs in a browser, reachable from dist/core.js or not.
  const nodeOnly = coreSources()
    .filter((f) => moduleImports(f).some((i) => i.kind !== 'type' && i.specifier !== null && isBuiltinSpecifier(i.specifier)))
    .map(rel);
  assert.deepEqual(nodeOnly, [], `Node-only files inside the core folders: ${nodeOnly.join(', ')}`);
});

test('the walker itself finds built-ins, outer layers, dynamic and computed imports (it can fail)', () => {
  const root = mkdtempSync(join(tmpdir(), 'rasid-graph-'));
  try {
    const w = (p: string, text: string) => {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    };
    w('core.js', "export * from './text/a.js';\n// import 'node:fs' in a comment does not count\nconst s = \"import('node:os')\";\n");
    w('text/a.js', "import { x } from './b.js';\nexport const y = () => import('../store/db.js');\nexport { x };\n");
    w('text/b.js', "import { readFileSync } from 'fs';\nexport const x = (n) => import(n);\nexport const z = Buffer.from('a');\n");
    w('store/db.js', "import Database from 'node:sqlite';\nexport default Database;\n");
    const g = moduleGraph(join(root, 'core.js'));
    assert.deepEqual([...g.modules.keys()].map((f) => relative(root, f)).sort(), ['core.js', 'store/db.js', 'text/a.js', 'text/b.js']);
    const builtins = [...g.modules.values()].flatMap((m) => m.imports.filter((i) => i.builtin).map((i) => `${relative(root, m.file)} ${i.specifier}`));
    assert.deepEqual(builtins.sort(), ['store/db.js node:sqlite', 'text/b.js fs']);
    assert.deepEqual(g.unresolved.map((u) => `${relative(root, u.from)}:${u.line} ${u.specifier}`), ['text/b.js:2 null']);
    const a = g.modules.get(join(root, 'text/a.js'))!;
    assert.equal(layerOf(root, a.imports.find((i) => i.kind === 'dynamic')!.resolved!), 'store');
    assert.deepEqual(nodeGlobals(join(root, 'text/b.js')).map((u) => u.name), ['Buffer']);
    w('text/b.d.ts', '/// <reference types="node" />\nexport declare const z: Buffer;\nexport declare function f(e: NodeJS.ErrnoException): void;\n');
    assert.deepEqual(nodeTypeReferences(join(root, 'text/b.d.ts')).map((r) => r.name), ['/// <reference types="node" />', 'Buffer', 'NodeJS.ErrnoException']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('package resolution follows the browser conditions (fflate → its browser build)', (t) => {
  const g = coreGraph();
  const fflate = g.packages.get('fflate');
  if (!fflate) return t.skip('the core does not use fflate any more');
  assert.match(fflate.split(sep).join('/'), /node_modules\/fflate\/esm\/browser\.js$/);
});
