#!/usr/bin/env node
// Clitic segmentation scored on UD Arabic-PUD (../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu).
// Runs on dist/ (npm run build first).
//
// Definitions. Every gold syntactic word is a character span of its sentence's `# text` (PUD has no
// multi-word-token ranges: clitics are word lines glued by SpaceAfter=No, and all forms are substrings).
// A predicted word is a segment span. correct = |gold spans ∩ predicted spans|; precision = correct /
// predicted, recall = correct / gold, F1 their harmonic mean — this is the CoNLL 2017/2018 shared task
// "Words" metric for the case where all words are substrings of the text (the task aligns words by
// character offsets; its LCS step for multi-word tokens is not needed here).
//   words (raw text):  Rasid's tokenizer + segmenter on `# text`, UD convention (the article stays on its
//                      noun), against all gold words, punctuation included — the shared-task setting.
//   clitics (gold tokens): the segmenter alone on every gold orthographic token (glued words with the
//                      punctuation cut off; our tokenizer runs inside it, for digits and Latin).
//   rasid convention:  the same two with the article split (gold derived from Definite=Def + written ال).
// Speed: the segmenter alone over the Arabic word tokens of two SaudiNewsNet days (about 2 M words),
// first pass with an empty per-word cache, second pass warm; skipped with --no-speed.
// Options: --errors N (print N wrong tokens), --json, --no-speed.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const file = join(root, '..', 'shared', 'data', 'ud-arabic-pud', 'ar_pud-ud-test.conllu');
if (!existsSync(file)) {
  console.log(`eval-segmentation: skipped, ${file} absent`);
  process.exit(0);
}
const { parseConllu, orthographicTokens, rasidGoldWords, matchingSpans, prf } = await import(join(root, 'dist/text/ud-eval.js'));
const { rawTokens } = await import(join(root, 'dist/text/tokenize.js'));
const { CliticSegmenter } = await import(join(root, 'dist/text/clitics.js'));
const { fileResources } = await import(join(root, 'dist/node/resources.js'));

const args = process.argv.slice(2);
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 50) : 0;
const paramsArg = args.includes('--params') ? JSON.parse(args[args.indexOf('--params') + 1]) : null;
const sentences = parseConllu(readFileSync(file, 'utf8'));
const res = fileResources();
const seg = paramsArg ? new CliticSegmenter(res, paramsArg) : new CliticSegmenter(res);

/** Predicted word spans of text[from, to) (tokenizer + segmenter). */
function predict(text, from, to, convention) {
  const out = [];
  for (const t of rawTokens(text.slice(from, to))) {
    if (t.kind !== 'word') {
      out.push({ start: from + t.start, end: from + t.end });
      continue;
    }
    for (const s of seg.segment(t.text, from + t.start, convention)) out.push({ start: s.start, end: s.end });
  }
  return out;
}

const tally = () => ({ gold: 0, predicted: 0, correct: 0 });
const T = { rawUd: tally(), tokUd: tally(), rawRasid: tally(), tokRasid: tally(), multi: tally() };
let tokens = 0;
let tokensRight = 0;
const errors = [];
const add = (t, g, p) => {
  t.gold += g.length;
  t.predicted += p.length;
  t.correct += matchingSpans(g, p);
};
for (const s of sentences) {
  const goldUd = s.words.map((w) => ({ start: w.start, end: w.end }));
  const goldRasid = rasidGoldWords(s);
  add(T.rawUd, goldUd, predict(s.text, 0, s.text.length, 'ud'));
  add(T.rawRasid, goldRasid, predict(s.text, 0, s.text.length, 'rasid'));
  for (const tok of orthographicTokens(s)) {
    if (tok.words.length === 1 && tok.words[0].upos === 'PUNCT') continue;
    const g = tok.words.map((w) => ({ start: w.start, end: w.end }));
    const p = predict(s.text, tok.start, tok.end, 'ud');
    add(T.tokUd, g, p);
    const inTok = (x) => x.start >= tok.start && x.end <= tok.end;
    add(T.tokRasid, goldRasid.filter(inTok), predict(s.text, tok.start, tok.end, 'rasid'));
    if (g.length > 1) add(T.multi, g, p);
    tokens++;
    const ok = g.length === p.length && matchingSpans(g, p) === g.length;
    if (ok) tokensRight++;
    else if (errors.length < showErrors) {
      const show = (xs) => xs.map((x) => s.text.slice(x.start, x.end)).join('+');
      errors.push(`${s.id}\tgold ${show(g)}\tpred ${show(p)}`);
    }
  }
}
const f = (t) => prf(t.gold, t.predicted, t.correct);
const pct = (x) => +(100 * x).toFixed(2);
const row = (t) => {
  const r = f(t);
  return { P: pct(r.precision), R: pct(r.recall), F1: pct(r.f1), gold: r.gold, predicted: r.predicted };
};
const out = {
  data: 'UD Arabic-PUD test, 1000 sentences, 20,747 words',
  'words from raw text, UD convention (CoNLL Words)': row(T.rawUd),
  'clitics on gold orthographic tokens, UD convention': row(T.tokUd),
  'gold multi-word tokens only, UD convention (recall = split found)': row(T.multi),
  'orthographic tokens segmented exactly': `${tokensRight}/${tokens} = ${pct(tokensRight / tokens)}%`,
  'words from raw text, rasid convention (article split)': row(T.rawRasid),
  'clitics on gold orthographic tokens, rasid convention': row(T.tokRasid),
};
if (args.includes('--json')) console.log(JSON.stringify(out));
else for (const [k, v] of Object.entries(out)) console.log(`${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
if (errors.length) console.log(errors.join('\n'));

const snn = join(root, '..', 'shared', 'data', 'saudinewsnet', 'dataset');
if (!args.includes('--no-speed') && existsSync(snn)) {
  const { unzipSync, strFromU8 } = await import('fflate');
  const words = [];
  for (const day of ['2015-07-21.zip', '2015-08-01.zip']) {
    if (!existsSync(join(snn, day))) continue;
    for (const bytes of Object.values(unzipSync(readFileSync(join(snn, day))))) {
      for (const rec of JSON.parse(strFromU8(bytes))) for (const t of rawTokens(rec.content ?? '')) if (t.kind === 'word') words.push(t.text);
    }
  }
  const t0 = performance.now();
  const fresh = new CliticSegmenter(fileResources());
  fresh.segment('و', 0);
  const loadMs = performance.now() - t0;
  // wall-clock and CPU time (the CPU figure does not suffer when other processes share the cores)
  const pass = () => {
    const t = performance.now();
    const c = process.cpuUsage();
    let n = 0;
    for (let i = 0; i < words.length; i++) n += fresh.segment(words[i], 0).length;
    const cpu = process.cpuUsage(c);
    return [(performance.now() - t) / 1000, (cpu.user + cpu.system) / 1e6, n];
  };
  const [cold, coldCpu, segments] = pass();
  const [warm, warmCpu] = pass();
  const mw = (s) => +(words.length / s / 1e6).toFixed(2);
  console.log(
    `speed (SaudiNewsNet, ${words.length} words, ${segments} segments): load ${loadMs.toFixed(0)} ms; ` +
      `M words/s wall (CPU): cold cache ${mw(cold)} (${mw(coldCpu)}), warm ${mw(warm)} (${mw(warmCpu)})`,
  );
}
