#!/usr/bin/env node
// Sentence splitting scored on UD Arabic-PUD (../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu).
// Runs on dist/ (npm run build first).
//
// PUD's sentences are isolated translations, so paragraphs are rebuilt: the consecutive sentences of one
// newdoc (`# newdoc id`) are joined with a single space into one paragraph (no line breaks, so the
// splitter cannot lean on line structure). A boundary is the offset where a sentence ends; the end of the
// paragraph is not counted (it is given). Precision/recall/F1 over boundary offsets, after trimming space.
// Also reported: the share of gold sentences recovered exactly (start and end).
// Option: --errors N prints N wrong boundaries with context.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const file = join(root, '..', 'shared', 'data', 'ud-arabic-pud', 'ar_pud-ud-test.conllu');
if (!existsSync(file)) {
  console.log(`eval-sentences: skipped, ${file} absent`);
  process.exit(0);
}
const { parseConllu, prf } = await import(join(root, 'dist/text/ud-eval.js'));
const { splitSentences } = await import(join(root, 'dist/text/sentences.js'));
const args = process.argv.slice(2);
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 30) : 0;

const docs = new Map();
for (const s of parseConllu(readFileSync(file, 'utf8'))) {
  if (!docs.has(s.doc)) docs.set(s.doc, []);
  docs.get(s.doc).push(s.text);
}
let gold = 0;
let pred = 0;
let correct = 0;
let sentences = 0;
let exact = 0;
const errors = [];
for (const [doc, texts] of docs) {
  const para = texts.join(' ');
  const goldRanges = [];
  let at = 0;
  for (const t of texts) {
    goldRanges.push({ start: at, end: at + t.length });
    at += t.length + 1;
  }
  const predRanges = splitSentences(para);
  const g = new Set(goldRanges.slice(0, -1).map((r) => r.end));
  const p = new Set(predRanges.slice(0, -1).map((r) => r.end));
  gold += g.size;
  pred += p.size;
  for (const x of p) if (g.has(x)) correct++;
  const pk = new Set(predRanges.map((r) => `${r.start}:${r.end}`));
  sentences += goldRanges.length;
  for (const r of goldRanges) if (pk.has(`${r.start}:${r.end}`)) exact++;
  if (errors.length < showErrors) {
    for (const x of g) if (!p.has(x)) errors.push(`${doc} missed\t…${para.slice(Math.max(0, x - 40), x)}‖${para.slice(x, x + 30)}…`);
    for (const x of p) if (!g.has(x)) errors.push(`${doc} extra\t…${para.slice(Math.max(0, x - 40), x)}‖${para.slice(x, x + 30)}…`);
  }
}
const r = prf(gold, pred, correct);
const pct = (x) => +(100 * x).toFixed(2);
console.log(`data: UD Arabic-PUD, ${docs.size} paragraphs (newdocs) of ${sentences} sentences joined with a space`);
console.log(`sentence boundaries: ${JSON.stringify({ P: pct(r.precision), R: pct(r.recall), F1: pct(r.f1), gold, predicted: pred })}`);
console.log(`sentences recovered exactly: ${exact}/${sentences} = ${pct(exact / sentences)}%`);
if (errors.length) console.log(errors.slice(0, showErrors).join('\n'));
