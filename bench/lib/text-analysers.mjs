// The analysers compared by bench/text.bench.mjs, each with the same two operations:
//   analyse(doc) → number of index terms produced for a document (the whole chain runs)
//   key(word)    → the search key of one word (its terms joined by a space), for the quality table
// Lucene's ArabicAnalyzer runs in Java (bench/java/LuceneArabicBench.java) and is driven from text.bench.mjs.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('../..', import.meta.url).pathname;

/** Rasid's text core as a stream (analyzeTokens: one reused view per token, like Lucene's TokenStream). */
export async function rasid() {
  const { analyzeTokens, tokenize } = await import(join(root, 'dist/text/analyzer.js'));
  const { fileResources } = await import(join(root, 'dist/node/resources.js'));
  // A fresh Resources object per instance: the word counts are parsed and the memos start cold.
  const res = fileResources();
  tokenize('تحميل المعجم', res); // loads the lexicons outside the timed part
  return {
    analyse(doc) {
      let n = 0;
      analyzeTokens(doc, res, (t) => {
        if (t.stem) n++;
      });
      return n;
    },
    key: (w) => tokenize(w, res).map((t) => t.stem).join(' '),
  };
}

/** Rasid's tokenize(): the same chain, every token materialised as an object with its segments. */
export async function rasidTokens() {
  const { tokenize } = await import(join(root, 'dist/text/analyzer.js'));
  const { fileResources } = await import(join(root, 'dist/node/resources.js'));
  const res = fileResources();
  tokenize('تحميل المعجم', res);
  return {
    analyse(doc) {
      let n = 0;
      for (const t of tokenize(doc, res)) if (t.stem) n++;
      return n;
    },
    key: (w) => tokenize(w, res).map((t) => t.stem).join(' '),
  };
}

/** nlp.js (@nlpjs/lang-ar): its Arabic normaliser, tokenizer and stemmer (a Snowball port, with a word cache). */
export async function nlpjs() {
  const { NormalizerAr, TokenizerAr, StemmerAr } = require('@nlpjs/lang-ar');
  const normalizer = new NormalizerAr();
  const tokenizer = new TokenizerAr();
  const stemmer = new StemmerAr();
  const terms = (text) => stemmer.stem(tokenizer.tokenize(normalizer.normalize(text), false));
  return {
    analyse: (doc) => terms(doc).length,
    key: (w) => terms(w).join(' '),
  };
}

/** Snowball's Arabic stemmer (snowball-stemmers, the JS port of the Snowball algorithms) after a Unicode word split. */
export async function snowball() {
  const { newStemmer, algorithms } = require('snowball-stemmers');
  if (!algorithms().includes('arabic')) throw new Error('snowball-stemmers has no Arabic stemmer');
  const stemmer = newStemmer('arabic');
  const WORD = /[\p{L}\p{M}\p{N}]+/gu;
  return {
    analyse(doc) {
      let n = 0;
      for (const m of doc.matchAll(WORD)) if (stemmer.stem(m[0])) n++;
      return n;
    },
    key: (w) => Array.from(w.matchAll(WORD), (m) => stemmer.stem(m[0])).join(' '),
  };
}

export const ANALYSERS = { rasid, rasidTokens, nlpjs, snowball };

// Worker mode: node bench/lib/text-analysers.mjs NAME bench FILE WARMUP_DOCS PASSES
//              node bench/lib/text-analysers.mjs NAME keys FILE
// (each analyser runs in a fresh process, like the Java one)
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const [name, mode, file, warm, passes] = process.argv.slice(2);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  if (mode === 'keys') {
    const a = await ANALYSERS[name]();
    process.stdout.write(text.split('\n').map((w) => a.key(w)).join('\n') + '\n');
  } else {
    // Each document its own string, as when it is read from a file or a JSON record (the pieces of a
    // split are views into the whole text, which every string operation has to unwrap).
    const docs = text.split('\f').map((d) => Buffer.from(d, 'utf8').toString('utf8'));
    const warmA = await ANALYSERS[name]();
    for (let i = 0; i < Math.min(docs.length, Number(warm)); i++) warmA.analyse(docs[i]);
    // pass 1 on a fresh instance (cold caches); the later passes go on with it (steady state). Its
    // set-up (for Rasid: reading and parsing the lexicons) is timed apart.
    const out = { passes: [], tokens: 0, setup: 0 };
    const s0 = process.cpuUsage();
    const a = await ANALYSERS[name]();
    const s = process.cpuUsage(s0);
    out.setup = (s.user + s.system) / 1e6;
    for (let p = 0; p < Number(passes); p++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      let n = 0;
      for (const d of docs) n += a.analyse(d);
      const wall = (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      out.passes.push({ wall, cpu: (c.user + c.system) / 1e6 });
      out.tokens = n;
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}
