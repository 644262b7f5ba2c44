#!/usr/bin/env node
// The text core benchmark: Rasid's analyser (tokenize + match key + clitic segments + stem) side by side,
// in the same run and on the same text, with Lucene 8's ArabicAnalyzer (Java, Debian liblucene8-java),
// nlp.js's Arabic normaliser/tokenizer/stemmer (@nlpjs/lang-ar) and Snowball's Arabic stemmer
// (snowball-stemmers). Then a quality table on bench/variant-pairs.tsv.
//
// Text: SaudiNewsNet articles (../shared/data/saudinewsnet), title + content, in file order: all of them
// (31,000 articles, 99 MB of UTF-8) unless RASID_BENCH_MB caps the megabytes; written once to bench/out/
// (documents separated by \f). Snowball, some 40 times slower than the others, runs on the first
// RASID_BENCH_SLOW_MB megabytes of that text (default 8), in one round of two passes: its MB/s are of its
// own, shorter text (said in the report); the whole corpus would take it some 8 minutes per pass.
// Each analyser runs in its own fresh process, RASID_BENCH_ROUNDS times (default 2, in alternating order):
// a warm-up over the first 10 % of the documents (JIT, a separate instance), then RASID_BENCH_PASSES timed
// passes (default 3) over all of them with one new instance: the first pass starts with cold caches, the
// later ones show the steady state. Reported: MB/s of UTF-8 input for the best first pass and the best
// later pass over the rounds, by wall clock and by the process's CPU time (all threads). On a shared
// machine the CPU figure is the steadier one; both are given.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench', 'out');
const dataDir = join(root, '..', 'shared', 'data', 'saudinewsnet', 'dataset');
const MB_TARGET = process.env.RASID_BENCH_MB ? Number(process.env.RASID_BENCH_MB) : Infinity;
/** The slow analysers' share of the text, in MB (see above). */
const SLOW_MB = Number(process.env.RASID_BENCH_SLOW_MB ?? 8);
const PASSES = Math.max(2, Number(process.env.RASID_BENCH_PASSES ?? 3));
/** Each analyser runs in this many fresh processes (rounds in alternating order); the best figures count. */
const ROUNDS = Math.max(1, Number(process.env.RASID_BENCH_ROUNDS ?? 2));
const log = (m) => console.error(`text.bench: ${m}`);
const lines = ['## Text core: throughput and spelling-variant quality', ''];
const say = (s = '') => lines.push(s);
const finish = (code = 0) => {
  process.stdout.write(lines.join('\n') + '\n');
  process.exit(code);
};

if (!existsSync(join(root, 'dist', 'text', 'analyzer.js'))) {
  say('Not run: the build is missing (`npm run build`; `npm run bench` builds first).');
  finish(1);
}
mkdirSync(out, { recursive: true });

// ---------------------------------------------------------------------------------------------
// 1. The text

function buildCorpus() {
  const file = join(out, MB_TARGET === Infinity ? 'saudinewsnet-all.txt' : `saudinewsnet-${MB_TARGET}mb.txt`);
  // `.complete` marks a file that holds every article (the cap was not reached)
  if (existsSync(file) && (statSync(file).size > MB_TARGET * 1e6 || existsSync(file + '.complete'))) return file;
  const docs = [];
  let bytes = 0;
  let complete = true;
  outer: for (const zip of readdirSync(dataDir).filter((f) => f.endsWith('.zip')).sort()) {
    for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dataDir, zip))))) {
      if (!name.endsWith('.json')) continue;
      for (const rec of JSON.parse(strFromU8(data))) {
        const doc = [rec.title, rec.content].filter((x) => typeof x === 'string' && x.trim()).join('\n\n').replaceAll('\f', ' ');
        if (!doc) continue;
        docs.push(doc);
        bytes += Buffer.byteLength(doc);
        if (bytes >= MB_TARGET * 1e6) {
          complete = false;
          break outer;
        }
      }
    }
  }
  writeFileSync(file, docs.join('\f'));
  if (complete) writeFileSync(file + '.complete', '');
  return file;
}

let corpus = null;
if (!existsSync(dataDir)) {
  say(`Throughput skipped: ${dataDir} is absent (the SaudiNewsNet articles live in ../shared, beside the project).`);
  log('SaudiNewsNet absent: throughput skipped');
} else {
  log('preparing the text …');
  corpus = buildCorpus();
}

// ---------------------------------------------------------------------------------------------
// 2. Lucene: jars (installed from Debian if missing and allowed), harness compiled with javac

function findJar(prefix) {
  const dir = '/usr/share/java';
  if (!existsSync(dir)) return null;
  const hits = readdirSync(dir).filter((f) => f.startsWith(prefix) && /^[a-z-]+(-8[\d.]*)?\.jar$/.test(f)).sort();
  return hits.length ? join(dir, hits.at(-1)) : null;
}
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;

function lucene() {
  let core = findJar('lucene-core');
  let common = findJar('lucene-analyzers-common');
  if ((!core || !common || !has('javac')) && process.getuid?.() === 0 && has('apt-get')) {
    const pkgs = ['liblucene8-java', ...(has('javac') ? [] : ['default-jdk-headless'])];
    log(`installing ${pkgs.join(' ')} with apt-get …`);
    let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      spawnSync('apt-get', ['update'], { encoding: 'utf8' });
      r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
    if (r.status !== 0) log(`apt-get failed: ${(r.stderr || r.stdout).trim().split('\n').at(-1)}`);
    core = findJar('lucene-core');
    common = findJar('lucene-analyzers-common');
  }
  if (!core || !common) return { skip: 'Lucene skipped: liblucene8-java is not installed (as root: `apt-get install liblucene8-java`).' };
  if (!has('javac') || !has('java')) return { skip: 'Lucene skipped: no Java compiler (install a JDK, e.g. `apt-get install default-jdk-headless`).' };
  const src = join(root, 'bench', 'java', 'LuceneArabicBench.java');
  const classes = join(root, 'bench', 'java', 'classes');
  const cls = join(classes, 'LuceneArabicBench.class');
  const cp = [classes, core, common].join(':');
  if (!existsSync(cls) || statSync(cls).mtimeMs < statSync(src).mtimeMs) {
    mkdirSync(classes, { recursive: true });
    const r = spawnSync('javac', ['-cp', cp, '-d', classes, src], { encoding: 'utf8' });
    if (r.status !== 0) return { skip: `Lucene skipped: javac failed: ${r.stderr.trim().split('\n')[0]}` };
  }
  const version = core.match(/(\d+\.\d+\.\d+)/)?.[1] ?? '8';
  return { cmd: (args) => ['java', ['-Xmx2g', '-cp', cp, 'LuceneArabicBench', ...args]], version };
}

// ---------------------------------------------------------------------------------------------
// 3. The runs

const nodeWorker = join(root, 'bench', 'lib', 'text-analysers.mjs');
const luc = lucene();
const ANALYSERS = [
  { id: 'rasid', label: 'Rasid text core, streamed (analyzeTokens)', cmd: (a) => [process.execPath, [nodeWorker, 'rasid', ...a]] },
  { id: 'rasidTokens', label: 'Rasid tokenize() (token objects with segments)', cmd: (a) => [process.execPath, [nodeWorker, 'rasidTokens', ...a]] },
  luc.cmd ? { id: 'lucene', label: `Lucene ${luc.version} ArabicAnalyzer (Java)`, cmd: luc.cmd } : { id: 'lucene', label: 'Lucene ArabicAnalyzer', skip: luc.skip },
  { id: 'nlpjs', label: 'nlp.js @nlpjs/lang-ar (normalise + tokenize + stem)', cmd: (a) => [process.execPath, [nodeWorker, 'nlpjs', ...a]] },
  { id: 'snowball', label: 'Snowball Arabic (snowball-stemmers, after a word split)', slow: true, cmd: (a) => [process.execPath, [nodeWorker, 'snowball', ...a]] },
];

function run(a, args) {
  const [cmd, argv] = a.cmd(args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${a.id}: exit ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(-3).join(' / ')}`);
  return r.stdout;
}

const results = {};
if (corpus) {
  const text = readFileSync(corpus, 'utf8');
  const docs = text.split('\f');
  const mb = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1e6;
  const warm = Math.ceil(docs.length / 10);
  log(`${docs.length} articles, ${mb.toFixed(1)} MB of UTF-8 text; warm-up ${warm} articles, ${PASSES} timed passes each`);
  // the slow analysers' text: the first SLOW_MB megabytes of the articles
  const slow = { file: corpus, docs: docs.length, mb, warm, passes: PASSES };
  if (mb > SLOW_MB) {
    let bytes = 0;
    let n = 0;
    while (n < docs.length && bytes < SLOW_MB * 1e6) bytes += Buffer.byteLength(docs[n++]);
    slow.file = corpus.replace(/\.txt$/, `-first${SLOW_MB}mb.txt`);
    if (!existsSync(slow.file)) writeFileSync(slow.file, docs.slice(0, n).join('\f'));
    Object.assign(slow, { docs: n, mb: bytes / 1e6, warm: Math.ceil(n / 10), passes: 2 });
  }
  const textOf = (a) => (a.slow ? slow : { file: corpus, docs: docs.length, mb, warm, passes: PASSES });
  // ROUNDS rounds, the order reversed in every other one, so that a burst of load from other processes
  // does not fall on one analyser only; each figure is the best over the rounds.
  const runs = {};
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...ANALYSERS].reverse() : ANALYSERS;
    for (const a of order) {
      if (a.skip || runs[a.id]?.error || (a.slow && round > 0)) continue; // a slow one: one round
      log(`${a.id} (round ${round + 1}/${ROUNDS}) …`);
      try {
        const t = textOf(a);
        const r = JSON.parse(run(a, ['bench', t.file, String(t.warm), String(t.passes)]));
        (runs[a.id] ??= { tokens: r.tokens, runs: [], setups: [] }).runs.push(r.passes);
        if (typeof r.setup === 'number') runs[a.id].setups.push(r.setup);
      } catch (e) {
        runs[a.id] = { error: e.message };
        log(e.message);
      }
    }
  }
  for (const a of ANALYSERS) {
    const r = runs[a.id];
    if (!r) continue;
    if (r.error) {
      results[a.id] = { error: r.error };
      continue;
    }
    const firsts = r.runs.map((ps) => ps[0]);
    const later = r.runs.flatMap((ps) => (ps.length > 1 ? ps.slice(1) : ps));
    const min = (xs, k) => Math.min(...xs.map((p) => p[k]));
    const mb = textOf(a).mb;
    results[a.id] = { mb, tokens: r.tokens, passes: r.runs, setup: r.setups.length ? Math.min(...r.setups) : null, firstWall: mb / min(firsts, 'wall'), firstCpu: mb / min(firsts, 'cpu'), wallMBs: mb / min(later, 'wall'), cpuMBs: mb / min(later, 'cpu') };
    log(`${a.id}: first pass ${results[a.id].firstCpu.toFixed(1)} MB/s CPU; steady ${results[a.id].wallMBs.toFixed(1)} MB/s wall, ${results[a.id].cpuMBs.toFixed(1)} MB/s CPU`);
  }
  say(`Text: ${docs.length.toLocaleString('en')} SaudiNewsNet articles (title + content), ${mb.toFixed(1)} MB of UTF-8 (${text.length.toLocaleString('en')} UTF-16 units). ` +
    `Each analyser runs in its own fresh process, ${ROUNDS} time(s) (rounds in alternating order, so that load from other processes does not fall on one analyser only): a JIT warm-up on ${warm.toLocaleString('en')} articles (a separate instance), then ${PASSES} passes over all the articles with one new instance. ` +
    `The first pass starts with cold caches (Rasid's per-word memos, nlp.js's stem cache) — the best first pass over the rounds; the steady state is the best of the later passes. MB/s of UTF-8 input; CPU = the process's CPU time, all threads (JIT, GC) — the steadier figure on a shared machine.`);
  say();
  if (slow.file !== corpus) {
    say(`Slow analysers (${ANALYSERS.filter((a) => a.slow).map((a) => a.label.split(' (')[0]).join(', ')}; some 40 times slower than the others): one round of two passes over the first ${slow.docs.toLocaleString('en')} articles (${slow.mb.toFixed(1)} MB; warm-up ${slow.warm.toLocaleString('en')}), their MB/s and terms are of that text — the whole corpus would take them minutes per pass (RASID_BENCH_SLOW_MB sets the share).`);
    say();
  }
  say('| analyser | terms | first pass MB/s (wall · CPU) | steady MB/s (wall · CPU) | Rasid stream ÷ analyser: first pass (CPU) | steady (CPU) |');
  say('|---|---:|---:|---:|---:|---:|');
  const r0 = results.rasid;
  for (const a of ANALYSERS) {
    const r = results[a.id];
    if (a.skip) say(`| ${a.label} | — | — | — | — | — |`);
    else if (r.error) say(`| ${a.label} | failed: ${r.error.slice(0, 120)} | | | | |`);
    else {
      const ratio = (k) => (r0 && !r0.error ? (r0[k] / r[k]).toFixed(2) + '×' : '—');
      const part = r.mb < mb ? ` — first ${r.mb.toFixed(1)} MB` : '';
      say(`| ${a.label}${part} | ${r.tokens.toLocaleString('en')} | ${r.firstWall.toFixed(1)} · ${r.firstCpu.toFixed(1)} | ${r.wallMBs.toFixed(1)} · ${r.cpuMBs.toFixed(1)} | ${ratio('firstCpu')} | ${ratio('cpuMBs')} |`);
    }
  }
  say();
  for (const a of ANALYSERS) if (a.skip) say(a.skip);
  const setups = ANALYSERS.filter((a) => results[a.id]?.setup != null).map((a) => `${a.label.split(' (')[0]} ${(results[a.id].setup * 1000).toFixed(0)} ms`);
  if (setups.length) say(`Set-up of the timed instance, before the passes and not in them (CPU, best over the rounds): ${setups.join('; ')}. For Rasid this is reading and parsing the word counts and exception lists. Its priming on a built-in sample of made-up text (src/text/priming.ts, on throwaway memos) warms the engine's compiled code once per process, when the first analyser has seen 2,000 word forms: here during the warm-up (a few tens of milliseconds), as in any process past its first pages of text; a fresh analyser in a warm process does not prime again. The Java figure is not taken (its analyser is built in the harness).`);
  say();
  say('What each side does per token. Rasid: its own tokenizer (words, numbers in both digit systems, punctuation, Latin, URLs, e-mails, hashtags, mentions, with offsets), the match key (normalisation), the clitic segmentation and the light stem; a word form met before is answered from a per-instance memo, a new one is analysed (segmenter and stemmer against the word counts of data/lexicons/wordfreq.tsv); the stream reports every token with its keys, and its segments are kept packed and built as objects when a consumer reads them (this benchmark reads the stem of every token). Lucene ArabicAnalyzer: StandardTokenizer, lower-casing, decimal digits, stop words, Arabic normalisation and light10 stemming; the harness reads every term. nlp.js: its normaliser, tokenizer and stemmer; Snowball: a Unicode word split and the Snowball Arabic stemmer.');
  say();
  say('Terms: Rasid counts every token (the stream and tokenize() alike) (punctuation and numbers included, each with its keys; words with their segments); Lucene drops stop words and punctuation; nlp.js and Snowball count the words of their own split.');
  say();
}

// ---------------------------------------------------------------------------------------------
// 4. Quality: spelling variants that must share a key, look-alikes that must not

const pairs = readFileSync(join(root, 'bench', 'variant-pairs.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('a\t'))
  .map((l) => {
    const [a, b, expect, category, why] = l.split('\t');
    return { a, b, expect, category, why };
  });
const words = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
const wordFile = join(out, 'variant-words.txt');
writeFileSync(wordFile, words.join('\n'));
const quality = {};
for (const a of ANALYSERS) {
  if (a.skip || a.id === 'rasidTokens') continue; // the same keys as the stream
  try {
    const keys = run(a, ['keys', wordFile]).split('\n');
    const key = new Map(words.map((w, i) => [w, keys[i] ?? '']));
    const rows = pairs.map((p) => {
      const ka = key.get(p.a);
      const kb = key.get(p.b);
      const ok = p.expect === 'same' ? ka === kb : ka !== kb;
      return { ...p, ka, kb, ok };
    });
    quality[a.id] = rows;
  } catch (e) {
    log(e.message);
  }
}
const ids = ANALYSERS.filter((a) => quality[a.id]).map((a) => a.id);
const shortLabel = (id) => (id === 'rasid' ? 'Rasid' : ANALYSERS.find((a) => a.id === id).label.split(' (')[0]);
const nSame = pairs.filter((p) => p.expect === 'same').length;
const nApart = pairs.length - nSame;
say(`Quality on bench/variant-pairs.tsv: ${nSame} spelling-variant pairs that must share a search key and ${nApart} look-alike pairs that must not (keys: each analyser's terms for the word).`);
say();
say(`| pairs | ${ids.map(shortLabel).join(' | ')} |`);
say(`|---|${ids.map(() => '---:').join('|')}|`);
const cats = [...new Set(pairs.map((p) => `${p.expect}: ${p.category}`))];
for (const c of cats) {
  const ps = quality[ids[0]].filter((r) => `${r.expect}: ${r.category}` === c).length;
  say(`| ${c} (${ps}) | ${ids.map((id) => quality[id].filter((r) => `${r.expect}: ${r.category}` === c && r.ok).length).join(' | ')} |`);
}
say(`| **conflated (${nSame})** | ${ids.map((id) => `**${quality[id].filter((r) => r.expect === 'same' && r.ok).length}**`).join(' | ')} |`);
say(`| **kept apart (${nApart})** | ${ids.map((id) => `**${quality[id].filter((r) => r.expect === 'apart' && r.ok).length}**`).join(' | ')} |`);
say(`| **all (${pairs.length})** | ${ids.map((id) => `**${quality[id].filter((r) => r.ok).length}**`).join(' | ')} |`);
say();
for (const id of ids) {
  const bad = quality[id].filter((r) => !r.ok);
  if (!bad.length) continue;
  say(`${shortLabel(id)} misses: ` + bad.slice(0, 12).map((r) => `${r.a}/${r.b} ${r.expect === 'same' ? '≠' : '='} (${r.ka || '∅'} · ${r.kb || '∅'})`).join('; ') + (bad.length > 12 ? ` … (${bad.length} in all)` : ''));
  say();
}
writeFileSync(join(out, 'text.json'), JSON.stringify({ results, quality }, null, 1));
finish(0);
