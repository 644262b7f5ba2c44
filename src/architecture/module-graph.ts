/**
 * The compiled import graph of an ES module, as a browser would load it: every static `import`,
 * `export … from` and dynamic `import()` of every reachable module, bare package names resolved with
 * the browser's export conditions (`browser`, `import`, `default` — never `node`). Used by the
 * layering test and by the browser test (which turns the packages into an import map).
 * Node only (reads files); the parser is TypeScript's, so comments and strings never fool it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface ModuleImport {
  /** the specifier as written; null for `import(expr)` with a computed argument */
  specifier: string | null;
  kind: 'static' | 're-export' | 'dynamic' | 'require' | 'type';
  line: number;
}

export interface GraphModule {
  /** absolute path */
  file: string;
  /** the npm package the file belongs to, or null for the project's own files */
  pkg: string | null;
  imports: Array<ModuleImport & { resolved: string | null; builtin: boolean }>;
}

export interface ModuleGraph {
  modules: Map<string, GraphModule>;
  /** bare package name → the absolute path of the entry a browser loads */
  packages: Map<string, string>;
  /** problems met while walking: unresolvable specifiers and computed dynamic imports */
  unresolved: Array<{ from: string; specifier: string | null; line: number }>;
}

const BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));

/** `node:fs`, `fs`, `fs/promises`, `worker_threads` … */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]!);
}

/** A specifier naming a Node built-in, either way it is written (`node:fs`, `fs`). */
export function isBuiltinSpecifier(specifier: string): boolean {
  return specifier.startsWith('node:') || (isBare(specifier) && isNodeBuiltin(specifier));
}

export function isBare(specifier: string): boolean {
  return !/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every module specifier a source file names, runtime and (for .ts sources) type-only ones. */
export function moduleImports(file: string, text = readFileSync(file, 'utf8')): ModuleImport[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out: ModuleImport[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const literal = (n: ts.Expression | undefined) => (n && ts.isStringLiteralLike(n) ? n.text : null);
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n)) {
      const typeOnly = n.importClause?.isTypeOnly ?? false;
      out.push({ specifier: literal(n.moduleSpecifier), kind: typeOnly ? 'type' : 'static', line: lineOf(n) });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier) {
      out.push({ specifier: literal(n.moduleSpecifier), kind: n.isTypeOnly ? 'type' : 're-export', line: lineOf(n) });
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) {
      out.push({ specifier: literal(n.moduleReference.expression), kind: 'require', line: lineOf(n) });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) {
      out.push({ specifier: literal(n.argument.literal as ts.Expression), kind: 'type', line: lineOf(n) });
    } else if (ts.isCallExpression(n)) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) {
        out.push({ specifier: literal(n.arguments[0]), kind: 'dynamic', line: lineOf(n) });
      } else if (ts.isIdentifier(n.expression) && n.expression.text === 'require' && n.arguments.length === 1) {
        out.push({ specifier: literal(n.arguments[0]), kind: 'require', line: lineOf(n) });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Node globals used as free identifiers (`process.env`, `Buffer.from`, `__dirname` …) in a JS file. */
export function nodeGlobals(file: string, text = readFileSync(file, 'utf8')): Array<{ name: string; line: number }> {
  const names = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'global', 'setImmediate']);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const declared = new Set<string>();
  const uses: Array<{ name: string; line: number }> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && names.has(n.text)) {
      const p = n.parent;
      const isDeclaration = (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p) || ts.isImportSpecifier(p) || ts.isImportClause(p)) && p.name === n;
      const isMemberName = (ts.isPropertyAccessExpression(p) && p.name === n) || ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === n);
      // `typeof process !== 'undefined'` guards are how portable code probes for Node: allowed
      const isTypeofProbe = ts.isTypeOfExpression(p);
      if (isDeclaration) declared.add(n.text);
      else if (!isMemberName && !isTypeofProbe) uses.push({ name: n.text, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return uses.filter((u) => !declared.has(u.name));
}

const BROWSER_CONDITIONS = ['browser', 'import', 'default'];

/** Resolves a package.json `exports` target for a subpath with the browser's conditions. */
function resolveExports(exp: unknown, subpath: string): string | null {
  if (typeof exp === 'string') return subpath === '.' ? exp : null;
  if (!exp || typeof exp !== 'object') return null;
  const obj = exp as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length && keys.every((k) => k.startsWith('.'))) {
    if (subpath in obj) return conditional(obj[subpath]);
    for (const k of keys) {
      const star = k.indexOf('*');
      if (star < 0) continue;
      const [pre, post] = [k.slice(0, star), k.slice(star + 1)];
      if (subpath.startsWith(pre) && subpath.endsWith(post) && subpath.length >= k.length - 1) {
        const target = conditional(obj[k]);
        return target && target.replace('*', subpath.slice(pre.length, subpath.length - post.length));
      }
    }
    return null;
  }
  return subpath === '.' ? conditional(obj) : null;
}

function conditional(target: unknown): string | null {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = conditional(t);
      if (r) return r;
    }
    return null;
  }
  if (!target || typeof target !== 'object') return null;
  for (const [cond, value] of Object.entries(target as Record<string, unknown>)) {
    if (BROWSER_CONDITIONS.includes(cond)) {
      const r = conditional(value);
      if (r) return r;
    }
  }
  return null;
}

function findPackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

interface PackageJson {
  name?: string;
  exports?: unknown;
  browser?: string | Record<string, string | false>;
  module?: string;
  main?: string;
  dependencies?: Record<string, string>;
}

function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

function fileWithExtension(path: string): string | null {
  for (const p of [path, path + '.js', path + '.mjs', path + '.cjs', join(path, 'index.js')]) {
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** The file a browser (or a bundler targeting browsers) loads for a bare specifier, or null. */
export function resolvePackage(specifier: string, fromFile: string): string | null {
  const name = packageName(specifier);
  const dir = findPackageDir(name, dirname(fromFile));
  if (!dir) return null;
  const pj = readPackageJson(dir);
  const subpath = '.' + specifier.slice(name.length);
  if (pj.exports !== undefined) {
    const target = resolveExports(pj.exports, subpath);
    return target ? fileWithExtension(join(dir, target)) : null;
  }
  if (subpath !== '.') return fileWithExtension(join(dir, subpath));
  const entry = (typeof pj.browser === 'string' ? pj.browser : null) ?? pj.module ?? pj.main ?? 'index.js';
  return fileWithExtension(join(dir, entry));
}

/** The package a file lies in (by its nearest node_modules folder), or null. */
function owningPackage(file: string): string | null {
  const parts = file.split(sep);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return null;
  return parts[i + 1]!.startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1]!;
}

/** A package's `browser` field replacements for its own files (`{ "./lib/node.js": "./lib/browser.js" }`). */
function browserReplacement(file: string): string | false {
  const pkg = owningPackage(file);
  if (!pkg) return file;
  const dir = file.slice(0, file.lastIndexOf(`node_modules${sep}${pkg.replace('/', sep)}`) + `node_modules${sep}`.length + pkg.length);
  const pj = readPackageJson(dir);
  if (!pj.browser || typeof pj.browser !== 'object') return file;
  const rel = './' + relative(dir, file).split(sep).join('/');
  if (rel in pj.browser) {
    const to = pj.browser[rel];
    return to === false ? false : join(dir, to!);
  }
  return file;
}

/** Walks every module reachable from `entry` through runtime imports (type-only imports are not loaded). */
export function moduleGraph(entry: string): ModuleGraph {
  const graph: ModuleGraph = { modules: new Map(), packages: new Map(), unresolved: [] };
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (graph.modules.has(file)) continue;
    const mod: GraphModule = { file, pkg: owningPackage(file), imports: [] };
    graph.modules.set(file, mod);
    for (const imp of moduleImports(file)) {
      if (imp.kind === 'type') continue;
      const spec = imp.specifier;
      if (spec === null) {
        graph.unresolved.push({ from: file, specifier: null, line: imp.line });
        mod.imports.push({ ...imp, resolved: null, builtin: false });
        continue;
      }
      if (isBuiltinSpecifier(spec)) {
        mod.imports.push({ ...imp, resolved: null, builtin: true });
        continue;
      }
      let resolved: string | null;
      if (isBare(spec)) {
        resolved = resolvePackage(spec, file);
        if (resolved && !graph.packages.has(spec)) graph.packages.set(spec, resolved);
      } else if (spec.startsWith('.')) {
        resolved = fileWithExtension(join(dirname(file), spec));
      } else {
        resolved = null; // absolute URLs and paths: not loadable from a package
      }
      if (resolved) {
        const replaced = browserReplacement(resolved);
        if (replaced === false) {
          mod.imports.push({ ...imp, resolved: null, builtin: false });
          continue;
        }
        resolved = replaced;
      }
      mod.imports.push({ ...imp, resolved, builtin: false });
      if (resolved) queue.push(resolved);
      else graph.unresolved.push({ from: file, specifier: spec, line: imp.line });
    }
  }
  return graph;
}

/**
 * Node types a declaration file leans on: `/// <reference types="node" />`, `NodeJS.*`, `Buffer`.
 * A browser user of the core compiles against these declarations without @types/node.
 */
export function nodeTypeReferences(file: string, text = readFileSync(file, 'utf8')): Array<{ name: string; line: number }> {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Array<{ name: string; line: number }> = [];
  for (const d of sf.typeReferenceDirectives) {
    if (d.fileName === 'node') out.push({ name: '/// <reference types="node" />', line: sf.getLineAndCharacterOfPosition(d.pos).line + 1 });
  }
  const visit = (n: ts.Node): void => {
    if (ts.isTypeReferenceNode(n)) {
      const name = n.typeName.getText(sf);
      if (name === 'Buffer' || name.startsWith('NodeJS.')) out.push({ name, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}
