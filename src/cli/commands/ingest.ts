import { availableParallelism } from 'node:os';
import { ingest, type IngestReport } from '../../ingest/ingest.js';
import { Progress } from '../../ingest/progress.js';
import { parseFieldMap, planSources, readSources, SourceError } from '../../ingest/sources.js';
import { parseCommandArgs } from '../args.js';
import { DB_HELP, DB_OPTION, positiveInt, withStore } from '../db.js';
import { CliError, EXIT, usageError } from '../errors.js';
import type { Command } from './index.js';

const HELP = `Usage: rasid ingest PATH|URL… [--map FIELD=NAME,…] [--workers N] [--batch N] [--json] [--quiet] [--db …]

Adds articles to the store, analysed (entities, dates, quotes, events), indexed for search and
checked for near-duplicates. Inputs:
  FOLDER            every file below it with a known extension
  .txt (and others) one plain-text article (wire-story layout recognised)
  .json             a record { "id", "text", "title"?, "published"?, "source"?, "url"? } or an array of them
  .jsonl / .ndjson  one record per line
  .zip              an archive of any of these (e.g. SaudiNewsNet's daily files)
  .html / .htm      a saved page: main text by Readability; title, date, outlet from meta tags / JSON-LD
  .xml .rss .atom   an RSS or Atom feed, one article per item
  http(s)://…       a feed, a page or a JSON file, by its content type

A record's "id" is kept as the article id (else one is made from the content). Ingest is idempotent:
an article whose text is stored already is skipped as a duplicate, so re-running after an interruption
finishes the job. Malformed records are reported (with file:line) and skipped.

  --map SPEC     record fields from other names, e.g. --map text=content,published=date_extracted
                 (fields: id, text, title, published, source, url; a dotted name reads a nested field)
  --workers N    analysis threads (default: one per core, ${availableParallelism()} here)
  --batch N      articles per transaction (default 100)
  --json         print the summary as JSON on stdout
  --quiet        no progress on stderr
${DB_HELP}

Exit status 3 when some inputs were rejected (each listed).`;

export const command: Command = {
  summary: 'add articles (files, folders, JSON/JSONL, zip, HTML, RSS/Atom, URLs) to the store',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('ingest', args, {
      ...DB_OPTION,
      map: { type: 'string' },
      workers: { type: 'string' },
      batch: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    });
    if (!positionals.length) throw usageError('ingest: name at least one file, folder or URL (see rasid ingest --help)');
    let plan;
    let map;
    try {
      map = parseFieldMap(values.map);
      plan = planSources(positionals);
    } catch (e) {
      if (e instanceof SourceError) throw new CliError(`ingest: ${e.message}`, /--map/.test(e.message) ? EXIT.usage : EXIT.failure);
      throw e;
    }
    const workers = values.workers === '0' ? 0 : positiveInt('--workers', values.workers, availableParallelism(), 256);
    const batchSize = positiveInt('--batch', values.batch, 100, 100_000);
    const progress = new Progress(process.stderr, !values.quiet);
    const report = await withStore(values.db, (store) =>
      ingest(store, readSources(plan, { map }), { workers, batchSize, totalBytes: plan.bytes, onProgress: (p) => progress.update(p) }).finally(() => progress.finish()),
    );
    if (values.json) process.stdout.write(JSON.stringify(report) + '\n');
    else process.stderr.write(summary(report));
    return report.rejected.length ? EXIT.partial : EXIT.ok;
  },
};

export function summary(r: IngestReport): string {
  const rate = r.seconds > 0 ? ((r.added + r.updated) / r.seconds).toFixed(1) : '—';
  const lines = [
    `ingest: ${r.read} inputs in ${r.seconds.toFixed(1)} s: ${r.added} added${r.updated ? `, ${r.updated} updated` : ''} (${rate} articles/s), ` +
      `${r.duplicates} skipped as already stored, ${r.rejected.length} rejected` + (r.nearDuplicates ? `; ${r.nearDuplicates} of the added repeat another article` : ''),
  ];
  if (r.rejected.length) {
    const byCode = new Map<string, number>();
    for (const x of r.rejected) byCode.set(x.code, (byCode.get(x.code) ?? 0) + 1);
    lines.push(`rejected: ${[...byCode].map(([c, n]) => `${n} ${c}`).join(', ')}`);
    const shown = r.rejected.slice(0, 50);
    for (const x of shown) lines.push(`  ${x.origin}${x.id ? ` (id ${x.id})` : ''}: ${x.message}`);
    if (r.rejected.length > shown.length) lines.push(`  … and ${r.rejected.length - shown.length} more (--json lists them all)`);
  }
  return lines.join('\n') + '\n';
}
