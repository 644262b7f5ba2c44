/**
 * A tiny static file server on 127.0.0.1 (a free port) for the browser test: chosen folders of the
 * package (dist/, one npm package's files) read from disk, plus files held in memory (the data files
 * exactly as the Node run read them, and the test page). Nothing outside those is served.
 * Node only: tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.tsv': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** every path requested, in order */
  requests: string[];
  close(): Promise<void>;
}

/**
 * `dirs`: URL prefix (e.g. `/dist/`) → folder on disk; `files`: URL path → content.
 */
export async function serveStatic(dirs: Record<string, string>, files: Record<string, string>): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (Object.prototype.hasOwnProperty.call(files, path)) {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(files[path]);
      return;
    }
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!path.startsWith(prefix)) continue;
      const root = normalize(dir).replace(/[\\/]+$/, '');
      const file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root + sep)) break; // no escape with ../
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      } catch {
        break;
      }
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
