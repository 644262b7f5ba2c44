import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DOC_BLOCK, labelDocument } from '../../extract/entities/labeller.js';
import { defaultResources } from '../../node/resources.js';
import { parseCommandArgs } from '../args.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { writeOut } from '../output.js';
import type { Command } from './index.js';

const HELP = `Usage:
  rasid tag --conll FILE|-

Named-entity tagging of pre-tokenised text (ANERcorp / CoNLL layout) with the trained labeller.

  --conll   input: one token per line (its first whitespace-separated field; other fields are ignored),
            a blank line between sentences; - reads standard input.
            output: the same lines in the same order as token<TAB>tag, blank lines kept; tags are O and
            B-/I- with PERS, LOC, ORG, MISC (ANERcorp's names, IOB2).

Streams: any input size in constant memory (sentences are labelled in blocks of ${'${BLOCK}'} — the block is
also the "document" for the labeller's document-level features).`;

/** Sentences per block: the labeller treats a block as one document. */
export const BLOCK = DOC_BLOCK;
/** Lines held at most: an input without blank lines is labelled in slices of this many tokens (memory stays bounded). */
export const MAX_LINES = 20000;

export const command: Command = {
  summary: 'named-entity tags for a tokenised text (--conll: token per line → token<TAB>tag)',
  help: HELP.replace('${BLOCK}', String(BLOCK)),
  async run(args) {
    const { values, positionals } = parseCommandArgs('tag', args, { conll: { type: 'boolean' } });
    if (!values.conll) throw usageError('tag: say --conll (the only input format): rasid tag --conll FILE|-');
    if (positionals.length !== 1) throw usageError(`tag: name one FILE or - for standard input (got ${positionals.length})`);
    const input = positionals[0]!;
    let stream: Readable;
    if (input === '-') stream = process.stdin;
    else {
      const st = await stat(input).catch((e: NodeJS.ErrnoException) => {
        throw new CliError(e.code === 'ENOENT' ? `${input}: no such file` : `${input}: cannot read (${e.code})`);
      });
      if (st.isDirectory()) throw new CliError(`${input}: is a directory, not a file`);
      stream = createReadStream(input);
    }
    const res = defaultResources();
    if (res.read('data/models/ner.model') == null) throw new CliError('the entity model data/models/ner.model is missing (run npm run train:ner)');
    await tagConllStream(stream, input === '-' ? 'standard input' : input, (sentences) => labelDocument(sentences, res));
    return EXIT.ok;
  },
};

/**
 * Reads CoNLL lines from a byte stream, labels them block by block and writes token<TAB>tag lines.
 * `label` gets the sentences (token lists) of one block and returns their tags.
 */
export async function tagConllStream(stream: Readable, name: string, label: (sentences: string[][]) => string[][]): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let lineNo = 0;
  let first = true;
  // the current block: its lines (a token, or null for a blank line) and how many sentences it has closed
  let lines: Array<string | null> = [];
  let closed = 0;

  const flush = async (): Promise<void> => {
    if (!lines.length) return;
    const sentences: string[][] = [];
    let cur: string[] = [];
    for (const l of lines) {
      if (l === null) {
        if (cur.length) sentences.push(cur), (cur = []);
      } else cur.push(l);
    }
    if (cur.length) sentences.push(cur);
    const tags = label(sentences);
    const out: string[] = [];
    let s = 0;
    let t = 0;
    for (const l of lines) {
      if (l === null) {
        out.push('');
        if (t > 0) s++, (t = 0);
      } else out.push(`${l}\t${tags[s]![t++]}`);
    }
    lines = [];
    closed = 0;
    await writeOut(out.join('\n') + '\n');
  };

  const onLine = async (line: string): Promise<void> => {
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const token = line.trim().split(/\s+/, 1)[0]!;
    if (!token) {
      const endsSentence = lines.length > 0 && lines[lines.length - 1] !== null;
      lines.push(null);
      if (endsSentence && ++closed >= BLOCK) await flush();
    } else {
      lines.push(token);
      if (lines.length >= MAX_LINES) await flush();
    }
  };

  for await (const chunk of stream) {
    const bytes = chunk as Uint8Array;
    if (bytes.includes(0)) throw new CliError(`${name}: looks like a binary file (NUL bytes), not UTF-8 text`);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new CliError(`${name}: not valid UTF-8 text (after line ${lineNo})`);
    }
    if (first && text) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    pending += text;
    let from = 0;
    let nl: number;
    while ((nl = pending.indexOf('\n', from)) >= 0) {
      await onLine(pending.slice(from, nl));
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new CliError(`${name}: not valid UTF-8 text (at the end)`);
  }
  if (pending) await onLine(pending);
  await flush();
}
