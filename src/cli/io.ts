/**
 * Reading inputs for the CLI: whole files or standard input checked for UTF-8 and binary content,
 * and line-by-line streams (JSON Lines batches) read in constant memory whatever the file size.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { CliError } from './errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The largest single input `rasid analyze FILE` reads (bytes); larger ones are refused up front. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** The largest record line `--jsonl` accepts (bytes); a longer line is skipped and reported. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/** Decodes bytes as UTF-8 text, dropping a BOM; a binary or invalid file is a clear error. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const text = tryDecode(bytes);
  if (text == null) throw new CliError(`${name}: ${textProblem(bytes) ?? 'not valid UTF-8 text'}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text of UTF-8 bytes without NUL bytes, or null. */
function tryDecode(bytes: Uint8Array): string | null {
  if (bytes.indexOf(0) >= 0) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Why the bytes are not UTF-8 text, or null when they are. */
export function textProblem(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `looks like a binary file (NUL byte at offset ${nul}), not UTF-8 text`;
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return null;
  const hint =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? ' — UTF-16 text? convert it to UTF-8 first'
      : mostlyInvalid(bytes.subarray(0, 4096))
        ? ' — Windows-1256 text? convert it to UTF-8 first (iconv -f cp1256 -t utf-8)'
        : '';
  return `not valid UTF-8 text (bad byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at})${hint}`;
}

/** More invalid than valid multi-byte sequences: a legacy 8-bit encoding rather than a damaged UTF-8 file. */
function mostlyInvalid(bytes: Uint8Array): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const at = firstInvalidUtf8(bytes.subarray(i, i + 4));
    if (at === 0) {
      bad++;
      i++;
    } else {
      good++;
      i += b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    }
  }
  return bad > good;
}

export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // overlong forms and UTF-16 surrogates: E0 80–9F, ED A0–BF, F0 80–8F, F4 90–BF
    const c = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90)) return i;
    i += need + 1;
  }
  return -1;
}

/** Checks that PATH names a readable regular file (or is `-`), with the user-facing error otherwise. */
export function checkInputPath(path: string): number | null {
  if (path === '-') return null;
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file` : code === 'EACCES' ? `${path}: permission denied` : `${path}: cannot read (${code})`);
  }
  if (st.isDirectory()) throw new CliError(`${path}: is a directory, not a file (use rasid ingest for folders)`);
  return st.isFile() ? st.size : null;
}

/** Whole content of FILE (synchronously). Standard input: use readTextInputAsync. */
export function readTextInput(path: string): string {
  if (path === '-') return decodeText(readFileSync(0), 'standard input');
  const size = checkInputPath(path);
  if (size != null && size > MAX_INPUT_BYTES) throw new CliError(`${path}: too large (${mb(size)}; at most ${mb(MAX_INPUT_BYTES)} per article — split it, or use --jsonl for many articles)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decodeText(bytes, path);
}

/** Whole content of FILE or of standard input for `-`, with the same checks and size limit. */
export async function readTextInputAsync(path: string): Promise<string> {
  if (path !== '-') return readTextInput(path);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw new CliError(`standard input: too large (over ${mb(MAX_INPUT_BYTES)} per article; use --jsonl for many articles)`);
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks), 'standard input');
}

/** `head`: the first bytes of a skipped line, decoded leniently (to tell which record it was) */
export type InputLine = { lineNo: number; text: string } | { lineNo: number; error: { code: string; message: string }; head?: string };

/**
 * The lines of FILE or standard input, streamed: split on LF at the byte level (a CR before it is
 * dropped), each decoded as strict UTF-8. A line that is not UTF-8, holds NUL bytes or exceeds
 * `maxLineBytes` comes back as an error and the stream goes on; memory stays bounded by the
 * longest accepted line.
 */
export async function* readLines(path: string, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  checkInputPath(path);
  const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overlong = false;
  let head = '';
  let lineNo = 0;
  const finish = (): InputLine => {
    lineNo++;
    if (overlong) {
      const n = partBytes;
      parts = [];
      partBytes = 0;
      overlong = false;
      return { lineNo, head, error: { code: 'too_large', message: `line ${lineNo}: record longer than ${mb(maxLineBytes)} (${mb(n)}); skipped` } };
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
    parts = [];
    partBytes = 0;
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const text = tryDecode(bytes);
    if (text == null) return { lineNo, error: { code: 'bad_text', message: `line ${lineNo}: ${textProblem(bytes) ?? 'not UTF-8 text'}` } };
    return { lineNo, text };
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
        if (!overlong) {
          if (partBytes + piece.length > maxLineBytes) {
            overlong = true;
            head = new TextDecoder('utf-8').decode(Buffer.concat([...parts, piece]).subarray(0, 512));
            parts = [];
          } else if (piece.length) parts.push(Buffer.from(piece));
        }
        partBytes += piece.length;
        if (nl < 0) break;
        yield finish();
        from = nl + 1;
      }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path === '-' ? 'standard input' : path}: read error (${code ?? (e as Error).message})`);
  }
  if (partBytes > 0 || overlong) yield finish();
}
