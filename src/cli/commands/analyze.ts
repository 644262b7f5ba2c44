import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Analysis, AnalysisError } from '../../analysis.js';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import { articleFromRecord, isIsoDate, RecordError } from '../../document/record.js';
import { defaultResources } from '../../node/resources.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { readTextInput } from '../io.js';
import { renderReport } from '../report.js';
import { writeOut } from '../output.js';
import type { Command } from './index.js';

const HELP = `Usage:
  rasid analyze FILE|- [--published DATE] [--id ID] [--json]
  rasid analyze --jsonl [FILE|-]

Analyses one Arabic article: headline, dateline, paragraphs and sentences; entities (linked, with
English names, countries and coordinates); time expressions resolved to dates; quotes with their
speakers; PLOVER-coded events. Every span carries exact UTF-16 offsets into the echoed text.

  FILE          a plain-text article (wire-story layout recognised) or a .json record
                { "id", "text", "title"?, "published"?, "source"?, "url"? }; - reads standard input
  --published   ISO 8601 date the relative dates are anchored on (e.g. 2016-12-07)
  --id          the article id to echo
  --json        print the analysis object (schema rasid.analysis/1) instead of the readable report
  --jsonl       batch mode: one JSON record per input line, one analysis per output line, in order,
                streamed in constant memory; a bad record yields {"id","error":{"code","message"}}`;

export const command: Command = {
  summary: 'analyse an article: entities, dates, quotes, events (--json, --jsonl batches)',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('analyze', args, {
      published: { type: 'string' },
      id: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
    });
    if (values.published != null && !isIsoDate(values.published)) throw usageError(`analyze: --published must be an ISO 8601 date such as 2016-12-07, not "${values.published}"`);
    if (positionals.length > 1) throw usageError(`analyze: one input at a time (got ${positionals.length}); use --jsonl for batches`);
    if (values.jsonl) return runBatch(positionals[0] ?? '-');
    const input = positionals[0];
    if (!input) throw usageError('analyze: name a FILE or - for standard input (see rasid analyze --help)');
    const analysis = analyzeInput(input, values.published ?? null, values.id ?? null);
    await writeOut(values.json ? JSON.stringify(analysis) + '\n' : renderReport(analysis));
    return EXIT.ok;
  },
};

function analyzeInput(input: string, published: string | null, id: string | null): Analysis {
  const text = readTextInput(input);
  const res = defaultResources();
  if (input.endsWith('.json')) {
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      throw new CliError(`${input}: not valid JSON (${(e as Error).message})`);
    }
    try {
      const article = articleFromRecord(rec as object, id, res);
      if (published) article.published = published;
      return analyzeArticle(article, res);
    } catch (e) {
      if (e instanceof RecordError) throw new CliError(`${input}: ${e.message}`);
      throw e;
    }
  }
  const fallbackId = input === '-' ? null : input.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return analyzeArticle(parseArticle(text, { id: id ?? fallbackId, published }, res), res);
}

async function runBatch(input: string): Promise<number> {
  if (input !== '-') {
    const st = await stat(input).catch(() => null);
    if (!st) throw new CliError(`${input}: no such file`);
    if (st.isDirectory()) throw new CliError(`${input}: is a directory, not a file`);
  }
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const res = defaultResources();
  let failed = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const out = analyzeLine(line, lineNo, res);
    if ('error' in out) failed++;
    await writeOut(JSON.stringify(out) + '\n');
  }
  if (failed) process.stderr.write(`rasid: ${failed} record(s) failed; see the "error" lines\n`);
  return failed ? EXIT.partial : EXIT.ok;
}

function analyzeLine(line: string, lineNo: number, res: ReturnType<typeof defaultResources>): Analysis | AnalysisError {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { id: null, error: { code: 'bad_json', message: `line ${lineNo}: not valid JSON (${(e as Error).message})` } };
  }
  const id = rec && typeof rec === 'object' && 'id' in rec && (rec as { id: unknown }).id != null ? String((rec as { id: unknown }).id) : null;
  try {
    if (line.includes('\uFFFD')) throw new RecordError('bad_text', 'record contains invalid UTF-8 (U+FFFD replacement characters)');
    return analyzeArticle(articleFromRecord(rec as object, null, res), res);
  } catch (e) {
    const code = e instanceof RecordError ? e.code : 'analysis_failed';
    return { id, error: { code, message: `line ${lineNo}: ${(e as Error).message}` } };
  }
}
