/**
 * What `rasid ingest` reads: files, folders, URLs → a stream of inputs, each with its origin
 * (`file.jsonl:12`, `day.zip:day.json#3`) so that a rejected one can be reported precisely.
 * Kinds by extension (or content): .txt and others = plain text; .json (a record, an array of records,
 * or {articles|items|records:[…]}); .jsonl/.ndjson; .zip of any of these; .html/.htm; .xml/.rss/.atom feeds.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ArticleRecord } from '../document/record.js';
import type { Input } from '../store/prepare.js';
import { parseFeed, looksLikeFeed, FeedError } from './feed.js';
import { recordFromHtml } from './html.js';

export interface SourceItem {
  origin: string;
  input?: Input;
  /** a problem found while reading (malformed line, unreadable file): reported and skipped */
  error?: { code: string; message: string };
  /** this item's share of the input bytes (for progress and ETA) */
  weight: number;
}

/** `--map title=headline,text=content,published=date_extracted`: record field ← input field. */
export type FieldMap = Partial<Record<'id' | 'text' | 'title' | 'published' | 'source' | 'url', string>>;

const TARGETS = ['id', 'text', 'title', 'published', 'source', 'url'] as const;

export class SourceError extends Error {}

export function parseFieldMap(spec: string | undefined): FieldMap {
  const map: FieldMap = {};
  if (!spec) return map;
  for (const part of spec.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*([^=]+?)\s*$/.exec(part);
    if (!m) throw new SourceError(`--map: expected FIELD=NAME pairs separated by commas, got "${part}"`);
    if (!(TARGETS as readonly string[]).includes(m[1]!)) throw new SourceError(`--map: unknown field "${m[1]}" (fields: ${TARGETS.join(', ')})`);
    map[m[1] as keyof FieldMap] = m[2]!;
  }
  return map;
}

/** Applies the field map; a dotted name reads a nested field (`meta.date`). */
export function mapRecord(raw: unknown, map: FieldMap): ArticleRecord {
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw) || !Object.keys(map).length) return raw as ArticleRecord;
  const out: Record<string, unknown> = { ...(raw as object) };
  for (const [to, from] of Object.entries(map)) out[to] = from!.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), raw);
  // SaudiNewsNet and others write "2015-07-21 02:51:32": already ISO 8601 with a space; keep it
  return out as ArticleRecord;
}

export interface ReadOptions {
  map: FieldMap;
  /** fetch for URLs (tests pass their own) */
  fetch?: typeof fetch;
}

const TEXT = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new SourceError(`${name}: a binary file, not UTF-8 text`);
  let s: string;
  try {
    s = TEXT.decode(bytes);
  } catch {
    throw new SourceError(`${name}: not valid UTF-8 text`);
  }
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Items from the content of one file (or zip entry), by its name's extension and its content. */
export function* itemsOfContent(name: string, bytes: Uint8Array, opts: ReadOptions, url: string | null = null, type?: string): Generator<SourceItem> {
  const ext = type ?? extname(name).toLowerCase();
  const size = bytes.byteLength || 1;
  if (ext === '.zip') {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (e) {
      yield { origin: name, error: { code: 'bad_zip', message: `not a readable zip archive (${describe(e)})` }, weight: size };
      return;
    }
    const names = Object.keys(entries).filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX/') && !basename(n).startsWith('.')).sort();
    const total = names.reduce((s, n) => s + (entries[n]!.byteLength || 1), 0) || 1;
    for (const n of names) {
      const share = ((entries[n]!.byteLength || 1) / total) * size;
      for (const it of itemsOfContent(`${name}:${n}`, entries[n]!, opts)) yield { ...it, weight: (it.weight / (entries[n]!.byteLength || 1)) * share };
    }
    return;
  }
  let text: string;
  try {
    text = decode(bytes, name);
  } catch (e) {
    yield { origin: name, error: { code: 'bad_encoding', message: describe(e) }, weight: size };
    return;
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    const lines = text.split('\n');
    const nonEmpty = lines.filter((l) => l.trim()).length || 1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      const origin = `${name}:${i + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        yield { origin, error: { code: 'bad_json', message: `malformed JSON (${describe(e)})` }, weight: size / nonEmpty };
        continue;
      }
      yield { origin, input: { kind: 'record', record: mapRecord(raw, opts.map) }, weight: size / nonEmpty };
    }
    return;
  }
  if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      yield { origin: name, error: { code: 'bad_json', message: `malformed JSON (${describe(e)})` }, weight: size };
      return;
    }
    const arr = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as any).articles ?? (data as any).items ?? (data as any).records) ? ((data as any).articles ?? (data as any).items ?? (data as any).records) : [data];
    for (let i = 0; i < arr.length; i++) yield { origin: Array.isArray(data) || arr.length > 1 ? `${name}#${i + 1}` : name, input: { kind: 'record', record: mapRecord(arr[i], opts.map) }, weight: size / (arr.length || 1) };
    return;
  }
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || (/^\s*<(!doctype html|html)/i.test(text.slice(0, 500)) && !looksLikeFeed(text))) {
    try {
      yield { origin: name, input: { kind: 'record', record: recordFromHtml(text, url) }, weight: size };
    } catch (e) {
      yield { origin: name, error: { code: 'bad_html', message: describe(e) }, weight: size };
    }
    return;
  }
  if (ext === '.xml' || ext === '.rss' || ext === '.atom' || looksLikeFeed(text)) {
    let feed;
    try {
      feed = parseFeed(text, url);
    } catch (e) {
      yield { origin: name, error: { code: e instanceof FeedError ? 'bad_feed' : 'bad_xml', message: describe(e) }, weight: size };
      return;
    }
    const n = feed.items.length || 1;
    if (!feed.items.length) yield { origin: name, error: { code: 'empty_feed', message: 'the feed has no items' }, weight: size };
    for (let i = 0; i < feed.items.length; i++) {
      const it = feed.items[i]!;
      const origin = `${name}#${i + 1}`;
      if (it.problem) yield { origin, error: { code: 'missing_text', message: it.problem }, weight: size / n };
      else yield { origin, input: { kind: 'record', record: it.record }, weight: size / n };
    }
    return;
  }
  yield { origin: name, input: { kind: 'text', text, meta: { url } }, weight: size };
}

const KNOWN = new Set(['.txt', '.text', '.md', '.json', '.jsonl', '.ndjson', '.zip', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom']);

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (KNOWN.has(extname(name).toLowerCase())) out.push(p);
  }
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

export interface Plan {
  files: { path: string; size: number }[];
  urls: string[];
  /** total bytes of the files (URLs count as they arrive) */
  bytes: number;
}

/** Resolves the command line's paths: folders are walked; a missing path is an error for the user. */
export function planSources(paths: string[]): Plan {
  const files: { path: string; size: number }[] = [];
  const urls: string[] = [];
  for (const p of paths) {
    if (isUrl(p)) {
      urls.push(p);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new SourceError(`${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(p, found);
      if (!found.length) throw new SourceError(`${p}: no files to ingest in this folder (looked for ${[...KNOWN].join(' ')})`);
      for (const f of found) files.push({ path: f, size: statSync(f).size });
    } else files.push({ path: p, size: st.size });
  }
  return { files, urls, bytes: files.reduce((s, f) => s + f.size, 0) };
}

export const MAX_DOWNLOAD = 50 * 1024 * 1024;

/** Fetches a URL (a feed, a page or a JSON file) with a timeout and a size limit. */
export async function download(url: string, f: typeof fetch = fetch): Promise<{ bytes: Uint8Array; ext: string }> {
  const res = await f(url, { signal: AbortSignal.timeout(30_000), headers: { 'user-agent': 'rasid (Arabic news reader)', accept: 'application/rss+xml, application/atom+xml, text/html, application/json, */*' } });
  if (!res.ok) throw new SourceError(`${url}: HTTP ${res.status} ${res.statusText}`);
  const len = Number(res.headers.get('content-length') ?? 0);
  if (len > MAX_DOWNLOAD) throw new SourceError(`${url}: larger than ${MAX_DOWNLOAD / 1048576} MB`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > MAX_DOWNLOAD) throw new SourceError(`${url}: larger than ${MAX_DOWNLOAD / 1048576} MB`);
  const type = res.headers.get('content-type') ?? '';
  // name the content by its type so that itemsOfContent reads it the right way
  const ext = /json/.test(type) ? (/ndjson|jsonl/.test(type) ? '.jsonl' : '.json') : /rss|atom|xml/.test(type) ? '.xml' : /html/.test(type) ? '.html' : /zip/.test(type) ? '.zip' : extname(new URL(url).pathname) || '.html';
  return { bytes, ext };
}

/** A JSONL file streamed line by line (constant memory for files of any size); each line decoded strictly. */
async function* jsonlFile(path: string, opts: ReadOptions): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  let rest: Buffer = Buffer.alloc(0);
  const line = (buf: Buffer): SourceItem | null => {
    lineNo++;
    const weight = buf.length + 1;
    let text: string;
    try {
      text = TEXT.decode(buf);
    } catch {
      return { origin: `${path}:${lineNo}`, error: { code: 'bad_encoding', message: 'the line is not valid UTF-8' }, weight };
    }
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) return null;
    const origin = `${path}:${lineNo}`;
    try {
      return { origin, input: { kind: 'record', record: mapRecord(JSON.parse(text), opts.map) }, weight };
    } catch (e) {
      return { origin, error: { code: 'bad_json', message: `malformed JSON (${describe(e)})` }, weight };
    }
  };
  for await (const chunk of createReadStream(path)) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(10)) >= 0) {
      const it = line(buf.subarray(0, nl));
      if (it) yield it;
      buf = buf.subarray(nl + 1);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) {
    const it = line(rest);
    if (it) yield it;
  }
}

/** Every item of the planned sources, in order. */
export async function* readSources(plan: Plan, opts: ReadOptions): AsyncGenerator<SourceItem> {
  for (const f of plan.files) {
    const ext = extname(f.path).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') {
      try {
        yield* jsonlFile(f.path, opts);
      } catch (e) {
        yield { origin: f.path, error: { code: 'unreadable', message: `cannot read (${(e as NodeJS.ErrnoException).code ?? describe(e)})` }, weight: 0 };
      }
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.path);
    } catch (e) {
      yield { origin: f.path, error: { code: 'unreadable', message: `cannot read (${(e as NodeJS.ErrnoException).code ?? describe(e)})` }, weight: f.size };
      continue;
    }
    for (const it of itemsOfContent(f.path, bytes, opts)) yield { ...it, weight: (it.weight / (bytes.byteLength || 1)) * (f.size || 1) };
  }
  for (const u of plan.urls) {
    let got;
    try {
      got = await download(u, opts.fetch);
    } catch (e) {
      yield { origin: u, error: { code: 'fetch_failed', message: describe(e instanceof Error && e.name === 'TimeoutError' ? new Error('timed out') : e) }, weight: 0 };
      continue;
    }
    for (const it of itemsOfContent(u, got.bytes, opts, u, got.ext)) yield { ...it, weight: 0 };
  }
}
