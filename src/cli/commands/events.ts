import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Analysis } from '../../analysis.js';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import { articleFromRecord, isIsoDate, RecordError } from '../../document/record.js';
import { CSV_COLUMNS, csvLine, keepRecord, ploverRecords, type PloverFilter, type PloverRecord } from '../../extract/events/plover.js';
import { defaultResources } from '../../node/resources.js';
import type { Resources } from '../../resources.js';
import { parseCommandArgs } from '../args.js';
import { DB_HELP, withStore } from '../db.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { readTextInput } from '../io.js';
import { writeOut } from '../output.js';
import type { Command } from './index.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

const HELP = `Usage:
  rasid events [FILE…] [--published DATE] [--since DATE] [--until DATE] [--type T[,T…]] [--country ISO3[,…]]
               [--format jsonl|csv] [--negated] [--db PATH|URL]

Writes PLOVER-coded events as a dataset: one record per event (JSON Lines, or CSV with a header).
With FILEs, analyses them (plain-text articles, .json records, .jsonl files of records; a plain-text
FILE may have a FILE.meta.json or NAME.meta.json beside it giving its id and publication date).
Without FILEs, reads the events of the corpus store.

Record fields (JSON Lines): id, date, event, mode, actor / recipient ([{id, name, name_en, kb, country,
type}]), actor_country, recipient_country, event_loc ({name, name_en, kb, lat, lon, country}),
event_text (the trigger words), text_start, text_end (UTF-16 offsets into the article text),
sentence, sentence_text, article_id, article_published, negated, future, confidence, language.
CSV: the same fields flattened; several actors joined with "; " (English names where known).

  --since DATE    events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --until DATE    events dated on or before DATE
  --type T        PLOVER types, comma-separated (${TYPES.join(', ')})
  --country ISO3  events with an actor, recipient or location in these countries (ISO 3166-1 alpha-3)
  --format F      jsonl (default) or csv
  --negated       keep events the text negates or calls off (left out by default)
  --published D   publication date for plain-text FILEs that have none
${DB_HELP}`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const command: Command = {
  summary: 'export PLOVER events as JSON Lines or CSV (from files or the corpus)',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('events', args, {
      since: { type: 'string' },
      until: { type: 'string' },
      type: { type: 'string' },
      country: { type: 'string' },
      format: { type: 'string' },
      negated: { type: 'boolean' },
      published: { type: 'string' },
      db: { type: 'string' },
    });
    for (const k of ['since', 'until'] as const) {
      const v = values[k];
      if (v != null && !DATE.test(v)) throw usageError(`events: --${k} must be a date such as 2016-12-07, 2016-12 or 2016, not "${v}"`);
    }
    if (values.published != null && !isIsoDate(values.published)) throw usageError(`events: --published must be an ISO 8601 date such as 2016-12-07, not "${values.published}"`);
    const format = values.format ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') throw usageError(`events: --format must be jsonl or csv, not "${format}"`);
    const types = values.type ? values.type.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean) : [];
    for (const t of types) if (!TYPES.includes(t)) throw usageError(`events: unknown event type "${t}" (one of ${TYPES.join(', ')})`);
    const countries = values.country ? values.country.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean) : [];
    for (const c of countries) if (!/^[A-Z]{3}$/.test(c)) throw usageError(`events: --country takes ISO 3166-1 alpha-3 codes such as SYR, not "${c}"`);
    const filter: PloverFilter = { since: values.since, until: values.until, types, countries, negated: values.negated };
    if (positionals.length && values.db) throw usageError('events: give FILEs or --db, not both');

    if (format === 'csv') await writeOut(CSV_COLUMNS.join(',') + '\n');
    const emit = async (records: PloverRecord[]) => {
      for (const r of records) if (keepRecord(r, filter)) await writeOut((format === 'csv' ? csvLine(r) : JSON.stringify(r)) + '\n');
    };
    if (positionals.length) {
      const res = defaultResources();
      for (const file of positionals) for (const a of analyseFile(file, values.published ?? null, res)) await emit(ploverRecords(a));
      return EXIT.ok;
    }
    await withStore(values.db, async (store) => {
      // the store filters by type; dates and countries are the events' own, checked here
      const seen = new Set<string>();
      const batch = 500;
      for (let offset = 0; ; offset += batch) {
        const page = await store.events({ type: types.length === 1 ? types[0] : undefined, limit: batch, offset });
        for (const row of page.items) {
          if (seen.has(row.article)) continue;
          seen.add(row.article);
          const art = await store.article(row.article);
          if (art) await emit(ploverRecords(art.analysis));
        }
        if (offset + batch >= page.total || !page.items.length) break;
      }
    });
    return EXIT.ok;
  },
};

/** The analyses of one input file: a plain-text article, a .json record or a .jsonl file of records. */
function analyseFile(file: string, published: string | null, res: Resources): Analysis[] {
  if (file !== '-' && existsSync(file) && statSync(file).isDirectory()) throw new CliError(`${file}: is a directory; name the article files`);
  const text = readTextInput(file);
  const record = (rec: unknown, where: string, fallbackId: string | null) => {
    try {
      const art = articleFromRecord(rec as object, fallbackId, res);
      if (!art.published && published) art.published = published;
      return analyzeArticle(art, res);
    } catch (e) {
      if (e instanceof RecordError) throw new CliError(`${where}: ${e.message}`);
      throw e;
    }
  };
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  if (/\.(jsonl|ndjson)$/i.test(file)) {
    return text.split('\n').flatMap((line, k) => {
      if (!line.trim()) return [];
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        throw new CliError(`${file} line ${k + 1}: not valid JSON (${(e as Error).message})`);
      }
      return [record(rec, `${file} line ${k + 1}`, `${base}-${k + 1}`)];
    });
  }
  if (/\.json$/i.test(file)) {
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      throw new CliError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    return (Array.isArray(rec) ? rec : [rec]).map((r, k) => record(r, file, Array.isArray(rec) ? `${base}-${k + 1}` : base));
  }
  const meta = readMeta(file);
  const art = parseArticle(text, { id: meta.id ?? (file === '-' ? null : base), published: meta.published ?? published }, res);
  if (!art.text.trim()) throw new CliError(`${file}: empty article, nothing to analyse`);
  return [analyzeArticle(art, res)];
}

/** aleppo.txt → aleppo.meta.json (or aleppo.txt.meta.json): { id?, published? }. */
function readMeta(file: string): { id?: string; published?: string } {
  if (file === '-') return {};
  for (const p of [file.replace(/\.[^./\\]*$/, '') + '.meta.json', file + '.meta.json']) {
    if (!existsSync(p)) continue;
    try {
      const m = JSON.parse(readFileSync(p, 'utf8')) as { id?: unknown; published?: unknown };
      return { id: typeof m.id === 'string' ? m.id : undefined, published: typeof m.published === 'string' && isIsoDate(m.published) ? m.published : undefined };
    } catch {
      throw new CliError(`${p}: not valid JSON`);
    }
  }
  return {};
}
