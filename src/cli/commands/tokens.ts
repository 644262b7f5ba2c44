import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { defaultResources } from '../../node/resources.js';
import { analyzeTokens, tokenize, type Token } from '../../text/analyzer.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { readTextInput } from '../io.js';
import { writeOut } from '../output.js';
import type { Command } from './index.js';

const HELP = `Usage:
  rasid tokens TEXT|- [--json]
  rasid tokens --stats FILE|-

The analyser's tokens: words, numbers, punctuation, Latin words, URLs, e-mails, hashtags and mentions,
each with exact UTF-16 offsets, its match key (norm: hamza, ة/ه, ى/ي, diacritics, tatweel and digits
folded), its search stem, and its clitic segments (proclitic, stem, enclitic).

  TEXT      the text itself (several arguments are joined with one space); - reads standard input
  --json    print a JSON array of {text, start, end, kind, norm, stem, segments} instead of a table
  --stats   analyse FILE (or standard input) as a stream, any size, in constant memory, without
            printing tokens; then print one JSON line {chars, tokens, words, seconds}
            (chars counts UTF-16 code units, like the offsets)

Examples:
  rasid tokens 'وللمدينة «إجلاء» ٢٠١٦' --json
  rasid tokens --stats articles.txt`;

export const command: Command = {
  summary: 'the analyser’s tokens: offsets, match key, stem, clitic segments (--stats: throughput)',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs('tokens', args, {
      json: { type: 'boolean' },
      stats: { type: 'string' },
    });
    if (values.stats !== undefined) {
      if (positionals.length) throw usageError(`tokens: --stats takes one FILE or -, not also "${positionals.join(' ')}"`);
      if (values.json) throw usageError('tokens: --stats prints JSON already; drop --json');
      const stats = await streamStats(values.stats);
      await writeOut(JSON.stringify(stats) + '\n');
      return EXIT.ok;
    }
    if (!positionals.length) throw usageError('tokens: give the TEXT to analyse, or - for standard input (see rasid tokens --help)');
    const text = positionals.length === 1 && positionals[0] === '-' ? readTextInput('-') : positionals.join(' ');
    const tokens = tokenize(text, defaultResources());
    await writeOut(values.json ? JSON.stringify(tokens.map(contractToken)) + '\n' : renderTable(tokens));
    return EXIT.ok;
  },
};

/** The contract's fields first, then any extra (tag: email/hashtag/mention). */
function contractToken(t: Token): Record<string, unknown> {
  const o: Record<string, unknown> = { text: t.text, start: t.start, end: t.end, kind: t.kind, norm: t.norm, stem: t.stem, segments: t.segments };
  if (t.tag) o.tag = t.tag;
  return o;
}

function renderTable(tokens: Token[]): string {
  if (!tokens.length) return '(no tokens)\n';
  const rows = [['span', 'kind', 'text', 'norm', 'stem', 'segments']];
  for (const t of tokens) {
    const segs = t.segments.length > 1 ? t.segments.map((s) => (s.role === 'proclitic' ? `${s.text}+` : s.role === 'enclitic' ? `+${s.text}` : s.text)).join(' ') : '';
    rows.push([`${t.start}-${t.end}`, t.kind + (t.tag ? `/${t.tag}` : ''), t.text, t.norm, t.stem, segs]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  // On a terminal, U+2068/U+2069 isolate each cell so that right-to-left text does not reorder the columns.
  const [open, close] = process.stdout.isTTY ? ['\u2068', '\u2069'] : ['', ''];
  return rows.map((r) => r.map((c, i) => open + (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)) + close).join('  ').trimEnd() + '\n').join('');
}

// ---------------------------------------------------------------------------------------------
// --stats: a stream of any size in constant memory.

/** Bytes read at a time. */
const CHUNK = 1 << 20;
/** With no white space to cut at, a pending text is analysed anyway once it reaches this many units. */
const MAX_PENDING = 1 << 20;
/** The analyser sees at most this many units at a time. */
const PIECE = 1 << 16;

export interface TokenStats {
  chars: number;
  tokens: number;
  words: number;
  seconds: number;
}

async function openInput(input: string): Promise<{ stream: Readable; name: string }> {
  if (input === '-') return { stream: process.stdin, name: 'standard input' };
  const st = await stat(input).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(e.code === 'ENOENT' ? `${input}: no such file` : `${input}: cannot read (${e.code})`);
  });
  if (st.isDirectory()) throw new CliError(`${input}: is a directory, not a file`);
  return { stream: createReadStream(input, { highWaterMark: CHUNK }), name: input };
}

/** Analyses a whole input as a stream: chunks are cut after white space, so no token is split. */
export async function streamStats(input: string): Promise<TokenStats> {
  const t0 = performance.now();
  const { stream, name } = await openInput(input);
  const res = defaultResources();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stats: TokenStats = { chars: 0, tokens: 0, words: 0, seconds: 0 };
  let pending = '';
  let bytes = 0;
  let first = true;
  const analysePiece = (piece: string) => {
    stats.chars += piece.length;
    // A piece cut from the pending text is a view into it; its own copy reads faster (and lets the
    // pending text go). No cut falls inside a surrogate pair, so the UTF-8 round trip is exact.
    const text = Buffer.from(piece, 'utf8').toString('utf8');
    // the full analysis (keys, stem, segments) of every token, through the stream API (no token objects)
    analyzeTokens(text, res, (t) => {
      stats.tokens++;
      if (t.kind === 'word') stats.words++;
    });
  };
  // Pieces of at most PIECE units (cut after white space or Arabic punctuation where there is some),
  // so that the tokens alive at once stay few whatever the input's line lengths.
  const analyse = (text: string) => {
    while (text.length > PIECE) {
      const head = text.slice(0, PIECE);
      let at = lastSpace(head);
      if (at < 0) at = lastArabicPunct(head);
      if (at < 0) {
        at = PIECE - 1;
        const c = text.charCodeAt(at);
        if (c >= 0xd800 && c <= 0xdbff) at--;
      }
      analysePiece(text.slice(0, at + 1));
      text = text.slice(at + 1);
    }
    if (text) analysePiece(text);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw new CliError(`${name}: looks like a binary file (NUL byte near offset ${bytes + chunk.indexOf(0)}), not UTF-8 text`);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new CliError(`${name}: not valid UTF-8 text (bad byte near offset ${bytes + firstInvalidUtf8(chunk)})`);
      }
      bytes += chunk.length;
      if (first && text.length) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      pending += text;
      const cut = lastSpace(pending);
      if (cut >= 0) {
        analyse(pending.slice(0, cut + 1));
        pending = pending.slice(cut + 1);
      }
      if (pending.length >= MAX_PENDING) {
        // No white space for megabytes: cut after the last Arabic punctuation mark (، ؛ ؟ « »), which
        // no token spans; failing that (a base64 blob?) cut anyway, outside a surrogate pair.
        let at = lastArabicPunct(pending) + 1;
        if (at <= 0) {
          at = pending.length;
          const c = pending.charCodeAt(at - 1);
          if (c >= 0xd800 && c <= 0xdbff) at--;
        }
        analyse(pending.slice(0, at));
        pending = pending.slice(at);
      }
    }
    try {
      pending += decoder.decode();
    } catch {
      throw new CliError(`${name}: not valid UTF-8 text (truncated character at the end)`);
    }
    analyse(pending);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${name}: cannot read (${code ?? (e as Error).message})`);
  } finally {
    if (stream !== process.stdin) stream.destroy();
  }
  stats.seconds = Math.round(performance.now() - t0) / 1000;
  return stats;
}

/** The index of the last white-space unit of s, or -1. */
function lastSpace(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x2029 || c === 0x2028) return i;
  }
  return -1;
}

/** The index of the last ، ؛ ؟ « » of s, or -1. */
function lastArabicPunct(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0xab || c === 0xbb) return i;
  }
  return -1;
}

/** Offset of the first byte that breaks UTF-8 in a chunk (an approximation across chunk edges). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k < bytes.length && ((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
