import { availableParallelism } from 'node:os';
import { reanalyze } from '../../ingest/reanalyze.js';
import { parseCommandArgs } from '../args.js';
import { DB_HELP, DB_OPTION, positiveInt, withStore } from '../db.js';
import { EXIT, usageError } from '../errors.js';
import type { Command } from './index.js';

const HELP = `Usage: rasid reanalyze [--workers N] [--json] [--db …]

Re-runs the analysis (entities, dates, quotes, events) on every stored article, e.g. after a model or
lexicon update, and replaces the stored analyses, entities, times, quotes, events and search index.
Each batch of 100 articles is one transaction: an interrupted run leaves every article with either
its old or its new analysis, and can simply be run again.
  --workers N   analysis threads (default: one per core)
  --json        print { "articles", "failed", "seconds" }
${DB_HELP}`;

export const command: Command = {
  summary: 're-run the analysis on every stored article',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('reanalyze', args, { ...DB_OPTION, workers: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length) throw usageError(`reanalyze: unexpected argument "${positionals[0]}"`);
    const workers = values.workers === '0' ? 0 : positiveInt('--workers', values.workers, availableParallelism(), 256);
    const tty = !!process.stderr.isTTY;
    const r = await withStore(values.db, (store) =>
      reanalyze(store, { workers, onProgress: (n) => tty && process.stderr.write(`\r\x1b[2Kreanalyze: ${n} articles`) }),
      true,
    );
    if (tty) process.stderr.write('\r\x1b[2K');
    if (values.json) process.stdout.write(JSON.stringify(r) + '\n');
    else {
      process.stderr.write(`reanalyze: ${r.articles} articles re-analysed in ${r.seconds.toFixed(1)} s${r.failed.length ? `, ${r.failed.length} failed` : ''}\n`);
      for (const f of r.failed.slice(0, 50)) process.stderr.write(`  ${f.id}: ${f.message}\n`);
    }
    return r.failed.length ? EXIT.partial : EXIT.ok;
  },
};
