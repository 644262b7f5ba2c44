import { createApp } from '../../server/app.js';
import { parseCommandArgs } from '../args.js';
import { DB_HELP, DB_OPTION, openCliStore } from '../db.js';
import { CliError, EXIT, usageError } from '../errors.js';
import type { Command } from './index.js';

const HELP = `Usage: rasid serve [--port N] [--host ADDR] [--quiet] [--db …]

Serves the HTTP API and the web interface (Arabic, right to left) on http://HOST:PORT/.
  GET  /                      the web interface: search, results with highlighted words, article view
  GET  /api/search?q=…        search (limit, offset, from, to, source, entity, type, country, collapse, facets)
  GET  /api/articles/ID       an article with its analysis
  POST /api/articles          ingest one article (JSON record { "text", "id"?, "title"?, "published"?, … })
  GET  /api/entities/KEY      an entity with its mentions over time
  GET  /api/events            events (type, entity, from, to, limit, offset)
  GET  /api/stories[/ID]      stories: articles grouped by story
  GET  /api/stats             counts
  GET  /openapi.json          the OpenAPI description
  GET  /health                liveness
Errors are JSON { "error": { "code", "message" } } with a 4xx status for bad input.

  --port N     port (default 8080; 0 picks a free one)
  --host ADDR  address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --quiet      no request log
${DB_HELP}`;

export const command: Command = {
  summary: 'serve the HTTP API and the web interface',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('serve', args, { ...DB_OPTION, port: { type: 'string' }, host: { type: 'string' }, quiet: { type: 'boolean' } });
    if (positionals.length) throw usageError(`serve: unexpected argument "${positionals[0]}"`);
    const port = values.port == null ? 8080 : Number(values.port);
    if (!/^\d+$/.test(values.port ?? '0') || port > 65535) throw usageError(`serve: --port must be a number from 0 to 65535, not "${values.port}"`);
    const host = values.host ?? '127.0.0.1';
    const store = await openCliStore(values.db);
    const server = createApp(store, { log: values.quiet ? undefined : (l) => process.stderr.write(l + '\n') });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => reject(new CliError(`serve: cannot listen on ${host}:${port} (${e.code ?? e.message})`)));
      server.listen(port, host, () => resolve());
    }).catch(async (e) => {
      await store.close();
      throw e;
    });
    const addr = server.address();
    const actual = typeof addr === 'object' && addr ? addr.port : port;
    process.stdout.write(`rasid: serving ${store.kind} store on http://${host.includes(':') ? `[${host}]` : host}:${actual}/\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        server.close(() => resolve());
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await store.close();
    return EXIT.ok;
  },
};
