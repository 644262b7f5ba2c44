/**
 * The HTTP API and the web interface (node:http, no framework): JSON endpoints under /api, the
 * OpenAPI description at /openapi.json, /health, and the static Arabic interface from src/web at /.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { RecordError } from '../document/record.js';
import { defaultResources, packageRoot } from '../node/resources.js';
import { QueryError } from '../search/query.js';
import { searchArticles } from '../search/search.js';
import { AnalysisPool } from '../ingest/pool.js';
import type { JobResult } from '../ingest/worker.js';
import { admit, type Admitted } from '../store/prepare.js';
import type { PreparedArticle, Store } from '../store/types.js';
import { HttpError, Params, readJson, sendError, sendJson } from './http.js';
import { openapi } from './openapi.js';

export interface AppOptions {
  /** largest accepted request body in bytes */
  maxBody?: number;
  log?: (line: string) => void;
  /**
   * where POST /api/articles analyses an article: by default a worker thread of the app's own (started on the
   * first POST, stopped when the server closes), so an analysis never blocks the other requests
   */
  analysis?: Analyser;
}

/** Runs the analysis of admitted articles off the main thread (the ingest's AnalysisPool is one). */
export interface Analyser {
  run(items: Admitted[]): Promise<JobResult['results']>;
}

const WEB_ROOT = join(packageRoot, 'src', 'web');
const STATIC: Record<string, string> = { '/': 'index.html', '/index.html': 'index.html', '/app.js': 'app.js', '/style.css': 'style.css' };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

type Handler = (req: IncomingMessage, url: URL, m: RegExpExecArray) => Promise<[number, unknown]>;

export function createApp(store: Store, opts: AppOptions = {}): Server {
  const res = defaultResources();
  let own: AnalysisPool | null = null;
  const analyse = async (a: Admitted): Promise<PreparedArticle> => {
    const analyser = opts.analysis ?? (own ??= new AnalysisPool(1));
    const [r] = await analyser.run([a]);
    if (!r!.ok) throw new Error(`the analysis failed: ${r!.message}`);
    return r!.article;
  };
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/health$/, async () => [200, { status: 'ok', store: store.kind, articles: (await store.stats()).articles }]],
    ['GET', /^\/openapi\.json$/, async () => [200, openapi]],
    ['GET', /^\/api\/stats$/, async () => [200, await store.stats()]],
    [
      'GET',
      /^\/api\/search$/,
      async (_req, url) => {
        const p = new Params(url);
        const limit = p.int('limit', 20, 1, 100);
        const offset = p.int('offset', 0, 0, 100_000);
        const filters = { from: p.day('from'), to: p.day('to'), source: p.list('source'), entity: p.list('entity'), eventType: p.list('type'), country: p.list('country') };
        for (const k of Object.keys(filters) as (keyof typeof filters)[]) if (filters[k] === undefined) delete filters[k];
        const q = p.str('q', 1000) ?? '';
        if (!q.trim() && !Object.keys(filters).length) throw new HttpError(400, 'bad_query', 'give a query (q) or a filter');
        const r = await searchArticles(store, q, { limit, offset, collapse: p.bool('collapse'), facets: p.bool('facets'), filters }, res);
        return [200, { total: r.total, limit, offset, next: offset + r.hits.length < r.total ? offset + r.hits.length : null, hits: r.hits, ...(r.facets ? { facets: r.facets } : {}) }];
      },
    ],
    [
      'GET',
      /^\/api\/articles\/([^/]+)$/,
      async (_req, _url, m) => {
        const a = await store.article(decodeURIComponent(m[1]!));
        if (!a) throw new HttpError(404, 'not_found', `no article with id "${decodeURIComponent(m[1]!)}"`);
        return [200, a];
      },
    ],
    [
      'POST',
      /^\/api\/articles$/,
      async (req) => {
        const body = await readJson(req, opts.maxBody);
        if (body == null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(422, 'bad_record', 'send one article as a JSON object { "text", "id"?, "title"?, "published"?, "source"?, "url"? }');
        let admitted;
        try {
          admitted = admit({ kind: 'record', record: body });
        } catch (e) {
          if (e instanceof RecordError) throw new HttpError(422, e.code, e.message);
          throw e;
        }
        const [r] = await store.putBatch([await analyse(admitted)]);
        return [r!.outcome === 'duplicate' ? 200 : 201, r];
      },
    ],
    [
      'GET',
      /^\/api\/entities\/([^/]+)$/,
      async (_req, _url, m) => {
        const key = decodeURIComponent(m[1]!);
        const e = await store.entity(key);
        if (!e) throw new HttpError(404, 'not_found', `no entity "${key}" in the store`);
        return [200, e];
      },
    ],
    [
      'GET',
      /^\/api\/events$/,
      async (_req, url) => {
        const p = new Params(url);
        const limit = p.int('limit', 20, 1, 100);
        const offset = p.int('offset', 0, 0, 1_000_000);
        const r = await store.events({ type: p.str('type', 20), entity: p.str('entity', 200), from: p.day('from'), to: p.day('to'), limit, offset });
        return [200, { total: r.total, limit, offset, next: offset + r.items.length < r.total ? offset + r.items.length : null, items: r.items }];
      },
    ],
    [
      'GET',
      /^\/api\/stories$/,
      async (_req, url) => {
        const p = new Params(url);
        const limit = p.int('limit', 20, 1, 100);
        const offset = p.int('offset', 0, 0, 1_000_000);
        const r = await store.stories({ limit, offset, from: p.day('from'), to: p.day('to') });
        return [200, { total: r.total, limit, offset, next: offset + r.items.length < r.total ? offset + r.items.length : null, items: r.items }];
      },
    ],
    [
      'GET',
      /^\/api\/stories\/([^/]+)$/,
      async (_req, _url, m) => {
        const id = decodeURIComponent(m[1]!);
        const items = await store.story(id);
        if (!items) throw new HttpError(404, 'not_found', `no story "${id}"`);
        return [200, { id, items }];
      },
    ],
  ];

  const server = createServer(async (req, reply) => {
    const started = Date.now();
    let status = 500;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if ((req.method === 'GET' || req.method === 'HEAD') && STATIC[url.pathname]) {
        status = serveStatic(reply, STATIC[url.pathname]!, req.method === 'HEAD');
        return;
      }
      let allowed: string[] = [];
      for (const [method, re, h] of routes) {
        const m = re.exec(url.pathname);
        if (!m) continue;
        if (method !== req.method) {
          allowed.push(method);
          continue;
        }
        const [s, body] = await h(req, url, m);
        status = s;
        sendJson(reply, s, body);
        return;
      }
      if (allowed.length) {
        reply.setHeader('allow', allowed.join(', '));
        throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here (allowed: ${allowed.join(', ')})`);
      }
      throw new HttpError(404, 'not_found', `no such endpoint: ${url.pathname} (see /openapi.json)`);
    } catch (e) {
      const he =
        e instanceof HttpError ? e : e instanceof QueryError ? new HttpError(400, 'bad_query', e.message) : e instanceof URIError ? new HttpError(400, 'bad_path', 'malformed percent-encoding in the path') : null;
      if (he) {
        status = he.status;
        if (!reply.headersSent) sendError(reply, he);
        // a body too large is not read to the end: close the connection instead
        if (he.status === 413) req.destroy();
      } else {
        status = 500;
        opts.log?.(`error: ${(e as Error)?.stack ?? e}`);
        if (!reply.headersSent) sendError(reply, new HttpError(500, 'internal', 'internal error (logged on the server)'));
      }
    } finally {
      opts.log?.(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`);
    }
  });
  server.on('close', () => void own?.close());
  return server;
}

const cache = new Map<string, Buffer>();
function serveStatic(reply: ServerResponse, file: string, head: boolean): number {
  let body = cache.get(file);
  if (!body) {
    try {
      body = readFileSync(join(WEB_ROOT, file));
    } catch {
      throw new HttpError(404, 'not_found', `the web interface file ${file} is missing from this installation`);
    }
    cache.set(file, body);
  }
  reply.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:",
  });
  reply.end(head ? undefined : body);
  return 200;
}
