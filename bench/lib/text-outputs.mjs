#!/usr/bin/env node
// Dumps what the text core produces, so that a speed change can be checked to change nothing:
//   node bench/lib/text-outputs.mjs CORPUS OUT
// CORPUS: a text of documents separated by \f (bench/text.bench.mjs writes bench/out/saudinewsnet-all.txt).
// OUT gets one line per distinct word form, in the order first met, from a fresh analyser:
//   form · match key · search key · segments (analyser, rasid) · segments (segmentWord, ud) · stemWord
// then one line per document of running text: a digest of every token of tokenize() (offsets, kind,
// tag, keys, segments) and of the analyzeTokens stream. Compare two dumps with `cmp`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const [corpus, outFile] = process.argv.slice(2);
if (!corpus || !outFile) {
  console.error('usage: node bench/lib/text-outputs.mjs CORPUS OUT');
  process.exit(2);
}
const { tokenize, analyzeTokens } = await import(join(root, 'dist/text/analyzer.js'));
const { segmentWord } = await import(join(root, 'dist/text/clitics.js'));
const { stemWord } = await import(join(root, 'dist/text/stem.js'));
const { fileResources } = await import(join(root, 'dist/node/resources.js'));

const segs = (ss) => ss.map((s) => `${s.start}-${s.end}${s.role[0]}:${s.text}`).join(' ');
const docs = readFileSync(corpus, 'utf8').split('\f');
const lines = [];

// 1. Every distinct word form, each analysed once by a fresh analyser (first pass behaviour)
const res = fileResources();
const seen = new Set();
for (const d of docs) {
  analyzeTokens(d, res, (t) => {
    if (t.kind !== 'word') return;
    const w = d.slice(t.start, t.end);
    if (seen.has(w)) return;
    seen.add(w);
    lines.push(`${w}\t${t.norm}\t${t.stem}\t${segs(t.segments)}`);
  });
}
// the same forms through the other entry points (a second Resources: their own caches)
const res2 = fileResources();
let i = 0;
for (const w of seen) {
  lines[i] += `\t${segs(segmentWord(w, 0, res2, 'ud'))}\t${stemWord(w, res2)}\t${segs(tokenize(w, res2)[0]?.segments ?? [])}`;
  i++;
}
console.error(`text-outputs: ${seen.size} word forms`);

// 2. Running text, document by document (a third Resources: tokenize() and the stream from cold)
const res3 = fileResources();
for (const d of docs) {
  const h = createHash('sha1');
  for (const t of tokenize(d, res3)) h.update(`${t.start},${t.end},${t.kind},${t.tag ?? ''},${t.norm},${t.stem},${segs(t.segments)}\n`);
  analyzeTokens(d, res3, (t) => h.update(`${t.start},${t.end},${t.kind},${t.tag ?? ''},${t.norm},${t.stem},${segs(t.segments)}\n`));
  lines.push(h.digest('hex'));
}
writeFileSync(outFile, lines.join('\n') + '\n');
console.error(`text-outputs: ${docs.length} documents → ${outFile}`);
