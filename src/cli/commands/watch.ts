import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingest } from '../../ingest/ingest.js';
import { planSources, readSources, SourceError } from '../../ingest/sources.js';
import { parseCommandArgs } from '../args.js';
import { DB_HELP, DB_OPTION, withStore } from '../db.js';
import { CliError, EXIT, usageError } from '../errors.js';
import type { Command } from './index.js';

const HELP = `Usage: rasid watch FEED… [--every 15m] [--once] [--db …]

Polls RSS/Atom feeds (URLs or files) and ingests new items as they appear: each round reads every
feed, skips the items stored already and adds the rest (analysed, indexed, checked for duplicates).
Stops on Ctrl-C (SIGINT) or SIGTERM after the round in progress.
  --every D   time between rounds: 30s, 15m, 1h, 1h30m (default 15m, at least 10s)
  --once      one round, then exit (exit 3 if an item was rejected)
${DB_HELP}`;

/** "1h30m", "15m", "45s" → milliseconds; null when not a duration. */
export function parseDuration(s: string): number | null {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(s.trim());
  if (!m || !s.trim() || (!m[1] && !m[2] && !m[3])) return null;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

export const command: Command = {
  summary: 'poll RSS/Atom feeds and ingest new items on a schedule',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('watch', args, { ...DB_OPTION, every: { type: 'string' }, once: { type: 'boolean' } });
    if (!positionals.length) throw usageError('watch: name at least one feed (URL or file)');
    const every = parseDuration(values.every ?? '15m');
    if (every == null || every < 10_000) throw usageError(`watch: --every must be a duration of at least 10s such as 30s, 15m or 1h, not "${values.every}"`);
    let stop = false;
    const abort = new AbortController();
    const onSignal = () => {
      stop = true;
      abort.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let lastRejected = 0;
    await withStore(values.db, async (store) => {
      for (let round = 1; !stop; round++) {
        let plan;
        try {
          plan = planSources(positionals);
        } catch (e) {
          if (e instanceof SourceError) throw new CliError(`watch: ${e.message}`);
          throw e;
        }
        const r = await ingest(store, readSources(plan, { map: {} }), { workers: Math.min(2, availableParallelism()) });
        lastRejected = r.rejected.length;
        const when = new Date().toISOString().slice(0, 19).replace('T', ' ');
        process.stderr.write(`watch: ${when} round ${round}: ${r.added + r.updated} new, ${r.duplicates} seen before, ${r.rejected.length} rejected\n`);
        for (const x of r.rejected.slice(0, 20)) process.stderr.write(`  ${x.origin}: ${x.message}\n`);
        if (values.once) break;
        await sleep(every, undefined, { signal: abort.signal }).catch(() => {});
      }
    });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    return values.once && lastRejected ? EXIT.partial : EXIT.ok;
  },
};
