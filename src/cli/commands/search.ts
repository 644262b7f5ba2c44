import { defaultResources } from '../../node/resources.js';
import { QueryError } from '../../search/query.js';
import { MAX_LIMIT, searchArticles } from '../../search/search.js';
import { parseCommandArgs } from '../args.js';
import { DB_HELP, DB_OPTION, positiveInt, withStore } from '../db.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { writeOut } from '../output.js';
import type { Command } from './index.js';

const HELP = `Usage: rasid search QUERY [--limit N] [--offset N] [--collapse] [--facets] [--json] [--db …]

Full-text search with Arabic-aware matching: a word matches whatever its spelling of hamza, ta marbuta
or alef maqsura, with or without diacritics or attached clitics (و، ف، ب، ل، ال، ـه، ـها …).
Results are ranked by BM25.

Query language:
  حلب الأسد                  both words (AND is implied; AND or & can be written)
  حلب OR دمشق                either word ( | works too)
  حلب NOT موسكو، حلب -موسكو  leaves out articles with موسكو
  "وزير الخارجية"             a phrase
  فلسطين*                     words starting with a prefix
  ( … )                       grouping
Filters (in the query or as options):
  from:2015-07-01 to:2015-07-31   published between these days (YYYY, YYYY-MM or YYYY-MM-DD)
  source:aawsat                    the outlet
  entity:"بشار الأسد"              articles mentioning the entity (Arabic name, English name or KB id)
  type:ASSAULT                     articles with a PLOVER event of this type
  country:SYR                      articles mentioning a place or entity of this country (ISO alpha-3)

  --limit N     hits to show (default 10, at most ${MAX_LIMIT})
  --offset N    skip the first N hits (paging)
  --collapse    leave out articles that repeat another (wire copies)
  --facets      also count top entities, sources and days among all matches
  --json        { "total", "hits": [{ "id", "title", "score", "snippet", "published", "source", … }] }
                (snippet is HTML: text escaped, matched words in <mark>; snippetText + highlights give the plain form)
${DB_HELP}`;

export const command: Command = {
  summary: 'search the stored articles (Arabic-aware, BM25, phrases, AND/OR/NOT, filters)',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('search', args, {
      ...DB_OPTION,
      limit: { type: 'string' },
      offset: { type: 'string' },
      collapse: { type: 'boolean' },
      facets: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (!positionals.length) throw usageError('search: give a QUERY (see rasid search --help)');
    const q = positionals.join(' ');
    const limit = positiveInt('--limit', values.limit, 10, MAX_LIMIT);
    const offset = values.offset == null ? 0 : values.offset === '0' ? 0 : positiveInt('--offset', values.offset, 0);
    const res = await withStore(values.db, async (store) => {
      try {
        return await searchArticles(store, q, { limit, offset, collapse: values.collapse, facets: values.facets }, defaultResources());
      } catch (e) {
        if (e instanceof QueryError) throw new CliError(`search: ${e.message}`, EXIT.usage);
        throw e;
      }
    }, true);
    if (values.json) {
      await writeOut(JSON.stringify(res) + '\n');
      return EXIT.ok;
    }
    const tty = !!process.stdout.isTTY;
    const mark = (text: string, hs: { start: number; end: number }[]) => {
      let out = '';
      let at = 0;
      for (const h of hs) {
        out += text.slice(at, h.start) + (tty ? `\x1b[1;33m${text.slice(h.start, h.end)}\x1b[0m` : `[${text.slice(h.start, h.end)}]`);
        at = h.end;
      }
      return out + text.slice(at);
    };
    const lines = [`${res.total} article${res.total === 1 ? '' : 's'}${res.total > res.hits.length ? ` (showing ${offset + 1}–${offset + res.hits.length})` : ''}`];
    res.hits.forEach((h, i) => {
      lines.push('');
      lines.push(`${offset + i + 1}. ${h.title ?? '(untitled)'}  [${h.id}]`);
      lines.push(`   ${[h.published?.slice(0, 10), h.source, `score ${h.score}`, h.duplicateOf ? `repeats ${h.duplicateOf}` : null].filter(Boolean).join(' · ')}`);
      if (h.snippetText) lines.push(`   ${mark(h.snippetText, h.highlights)}`);
    });
    if (res.facets) {
      lines.push('', 'Top entities: ' + res.facets.entities.map((f) => `${f.label ?? f.value} (${f.count})`).join('، '));
      lines.push('Sources: ' + res.facets.sources.map((f) => `${f.value} (${f.count})`).join(', '));
      lines.push('Days: ' + res.facets.days.map((f) => `${f.value} (${f.count})`).join(', '));
    }
    await writeOut(lines.join('\n') + '\n');
    return EXIT.ok;
  },
};
