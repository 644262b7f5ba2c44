import type { Analysis, AnalysisError } from '../../analysis.js';
import { analyzeArticle } from '../../analyze.js';
import type { Article } from '../../document/article.js';
import { parseArticle } from '../../document/layout.js';
import { articleFromRecord, isIsoDate, RecordError } from '../../document/record.js';
import { defaultResources, useUserKb } from '../../node/resources.js';
import type { Resources } from '../../resources.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { MAX_LINE_BYTES, readLines, readTextInputAsync } from '../io.js';
import { writeOut } from '../output.js';
import { renderReport } from '../report.js';
import type { Command } from './index.js';

/** Longer articles are refused: the extractors' time and memory grow faster than linearly (~10 s and ~350 MB at 0.5 M characters). */
export const DEFAULT_MAX_CHARS = 500_000;

const HELP = `Usage:
  rasid analyze FILE|- [--published DATE] [--id ID] [--json] [--kb FILE] [--max-chars N]
  rasid analyze --jsonl [FILE|-] [--published DATE] [--max-chars N]

Analyses one Arabic article: headline, dateline, paragraphs and sentences; entities (linked, with
English names, countries and coordinates); time expressions resolved to dates; quotes with their
speakers; PLOVER-coded events. Every span carries exact UTF-16 offsets into the echoed text.

  FILE          a plain-text article in UTF-8 (wire-story layout recognised: headline, optional
                subheadline, paragraphs, dateline), or a .json file holding one record
                { "id", "text", "title"?, "published"?, "source"?, "url"? }; - reads standard input
  --published   ISO 8601 date (or date-time) that relative dates are anchored on, e.g. 2016-12-07;
                with --jsonl, the default for records without "published"
  --id          the article id to echo (default: the file name without extension)
  --json        print the analysis object (schema rasid.analysis/1, see schema/analysis.schema.json)
                instead of the readable report
  --jsonl       batch mode: one JSON record per input line, one analysis per output line, in input
                order, streamed in constant memory (blank lines are skipped).
                A record that cannot be analysed yields
                  {"id": …, "error": {"code": …, "message": …, "line": N}}
                on its line and the batch goes on. Codes: bad_json, bad_text (not UTF-8),
                too_large, bad_record, missing_text, empty_text, bad_id, bad_title, bad_published,
                analysis_failed.
  --kb FILE     add knowledge-base entries from a JSON, JSON Lines, CSV or TSV file (repeatable; also
                the environment variable RASID_KB, paths separated by ":"); see data/kb/README.md
  --max-chars   the longest article analysed, in characters (default ${DEFAULT_MAX_CHARS}, about 1 MB
                of Arabic; news articles are far shorter). A longer one is refused with a clear
                error (exit 1; in a batch the record fails with too_large) instead of exhausting
                memory; raise it for unusual inputs.

Input rules: text must be UTF-8 (a BOM is dropped, CRLF kept); a binary file, invalid UTF-8, a
directory or a missing file is an error (exit 1). An empty or blank article is an error too
("nothing to analyse", exit 1; in a batch the record fails with empty_text): an empty analysis
would hide a wrong path or an empty pipe.`;

export const command: Command = {
  summary: 'analyse an article: entities, dates, quotes, events (--json, --jsonl batches)',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('analyze', args, {
      published: { type: 'string' },
      kb: { type: 'string', multiple: true },
      id: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      'max-chars': { type: 'string' },
    });
    const maxChars = values['max-chars'] == null ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
    if (!Number.isInteger(maxChars) || maxChars < 1) throw usageError(`analyze: --max-chars must be a positive whole number, not "${values['max-chars']}"`);
    if (values.published != null && !isIsoDate(values.published)) throw usageError(`analyze: --published must be an ISO 8601 date such as 2016-12-07, not "${values.published}"`);
    if (positionals.length > 1) throw usageError(`analyze: one input at a time (got ${positionals.length}); use --jsonl for batches`);
    if (values.kb?.length) useUserKb(values.kb);
    if (values.jsonl) {
      if (values.id != null) throw usageError('analyze: --id names one article; in --jsonl batches each record carries its own "id"');
      return runBatch(positionals[0] ?? '-', values.published ?? null, maxChars);
    }
    const input = positionals[0];
    if (!input) throw usageError('analyze: name a FILE or - for standard input (see rasid analyze --help)');
    if (/\.(jsonl|ndjson)$/i.test(input)) throw usageError(`analyze: ${input} looks like JSON Lines; use rasid analyze --jsonl ${input}`);
    const analysis = await analyzeInput(input, values.published ?? null, values.id ?? null, maxChars);
    await writeOut(values.json ? JSON.stringify(analysis) + '\n' : renderReport(analysis));
    return EXIT.ok;
  },
};

async function analyzeInput(input: string, published: string | null, id: string | null, maxChars: number): Promise<Analysis> {
  const text = await readTextInputAsync(input);
  const name = input === '-' ? 'standard input' : input;
  if (text.length > maxChars) throw new CliError(tooLarge(name, text.length, maxChars));
  const res = defaultResources();
  let article: Article;
  if (/\.json$/i.test(input)) {
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      throw new CliError(`${name}: not valid JSON (${(e as Error).message})`);
    }
    if (Array.isArray(rec)) throw new CliError(`${name}: holds a JSON array; analyze takes one record per file (use --jsonl with one record per line for batches)`);
    try {
      article = articleFromRecord(rec as object, id ?? baseName(input), res);
    } catch (e) {
      if (e instanceof RecordError) throw new CliError(`${name}: ${e.message}`);
      throw e;
    }
    if (id) article.id = id;
    if (published) article.published = published;
  } else {
    article = parseArticle(text, { id: id ?? (input === '-' ? null : baseName(input)), published }, res);
  }
  if (!article.text.trim()) throw new CliError(`${name}: empty article, nothing to analyse`);
  return runAnalysis(article, res, name);
}

const tooLarge = (name: string, n: number, max: number) =>
  `${name}: too large for one article (${n.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')} — news articles are far shorter; raise it with --max-chars)`;

const baseName = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/** The pipeline, with an internal failure turned into a user-facing error (stack only with RASID_DEBUG). */
function runAnalysis(article: Article, res: Resources, name: string): Analysis {
  try {
    return analyzeArticle(article, res);
  } catch (e) {
    if (process.env.RASID_DEBUG) process.stderr.write(String((e as Error)?.stack) + '\n');
    const why = e instanceof RangeError && /memory|Invalid string length|call stack/i.test(e.message) ? 'input too large for the analyser' : (e as Error)?.message ?? String(e);
    throw new CliError(`${name}: analysis failed (${why})`);
  }
}

async function runBatch(input: string, published: string | null, maxChars: number): Promise<number> {
  const res = defaultResources();
  let failed = 0;
  let total = 0;
  // a record line may hold the article JSON-escaped (\\uXXXX: 6 bytes a character) plus its other fields
  for await (const line of readLines(input, Math.max(MAX_LINE_BYTES, maxChars * 6 + (1 << 20)))) {
    let out: Analysis | AnalysisError;
    if ('error' in line) out = { id: line.head ? salvageId(line.head) : null, error: { ...line.error, line: line.lineNo } };
    else if (line.text.trim() === '') continue;
    else out = analyzeLine(line.text, line.lineNo, res, published, maxChars);
    total++;
    if ('error' in out) failed++;
    await writeOut(JSON.stringify(out) + '\n');
  }
  if (failed) process.stderr.write(`rasid: ${failed} of ${total} record(s) failed; see their "error" lines\n`);
  return failed ? EXIT.partial : EXIT.ok;
}

/** The id of a record that is not valid JSON, when it can still be read (`{"id": "x", "text": …`). */
function salvageId(line: string): string | null {
  const m = /^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\]|\\.){0,200})"|(-?\d{1,20}))/.exec(line);
  if (!m) return null;
  if (m[2] != null) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return null;
  }
}

function analyzeLine(line: string, lineNo: number, res: Resources, published: string | null, maxChars: number): Analysis | AnalysisError {
  const fail = (id: string | null, code: string, message: string): AnalysisError => ({ id, error: { code, message: `line ${lineNo}: ${message}`, line: lineNo } });
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return fail(salvageId(line), 'bad_json', `not valid JSON (${(e as Error).message})`);
  }
  const rawId = rec && typeof rec === 'object' && !Array.isArray(rec) ? (rec as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  let article: Article;
  try {
    article = articleFromRecord(rec as object, null, res);
  } catch (e) {
    if (e instanceof RecordError) return fail(id, e.code, e.message);
    return fail(id, 'bad_record', (e as Error)?.message ?? String(e));
  }
  if (!article.text.trim()) return fail(id, 'empty_text', 'empty article, nothing to analyse');
  if (article.text.length > maxChars) return fail(id, 'too_large', tooLarge('record', article.text.length, maxChars).replace(/^record: /, ''));
  if (!article.published && published) article.published = published;
  try {
    return analyzeArticle(article, res);
  } catch (e) {
    if (process.env.RASID_DEBUG) process.stderr.write(String((e as Error)?.stack) + '\n');
    return fail(id, 'analysis_failed', (e as Error)?.message ?? String(e));
  }
}
