/**
 * Trains the entity labeller (defaults: the committed model's settings — averaged perceptron, 10 epochs,
 * features seen at least twice, two passes) on ANERcorp's training part, holding back its last 10 % of
 * sentences as the development part, scores it there (conlleval) and writes the models under --out:
 *   ner.model      first pass (sentence features)
 *   ner-doc.model  second pass (+ document features from the first pass's labels), trained on first-pass
 *                  labels predicted by 5-fold jackknifing so that it learns how far they can be trusted
 * `npm run train:ner` runs it twice: `--out data/models/dev` (the 90 % models: the development figure) and
 * `--all` (every sentence: the shipped models in data/models, with the development models' temperatures).
 *
 *   node dist/train/ner/train-cli.js [--data FILE] [--algo crf|perceptron] [--epochs N] [--stages 1|2]
 *        [--dev-fraction 0.1] [--min-count N] [--c2 X] [--eta0 X] [--all] [--no-write] [--dump FILE]
 *        [--ablate clusters,gazetteer,triggers] [--with-kb] [--cv K [--biases B1,B2…] [--both-passes]] [--o-bias B]
 *        [--auto N [--auto-out FILE] [--auto-data DIR]]
 *        [--scheme iob2|bilou] [--seeds N] [--calibrate] [--out DIR] [--train-limit N]
 *        [--stack-vectors FILE [--stack-dim D] [--stack-hidden H] [--stack-epochs E] [--stack-lr X] [--stack-cache FILE]]
 *
 * --all trains on every sentence (no development score). --cv K cross-validates the first pass, with
 * --both-passes both (about seven times the training).
 * --auto N builds the auto-name lexicon from N tokens of SaudiNewsNet (auto-names.ts; --auto-out FILE keeps it).
 * --train-limit N trains on the first N sentences only (a learning curve; the development part unchanged).
 * --stack-vectors adds the label distribution of a windowed network over word vectors as features (an
 * experiment, not used by the committed models; see data/models/README.md).
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainArgs } from '../args.js';
import { packageRoot, fileResources } from '../../node/resources.js';
import { autoFeatureHashes, documentFeatures, sentenceFeatures, stackedFeatures, withExtraFeatures, type SentenceFeatures } from '../../extract/entities/ner-features.js';
import { AutoCounts, loadUnlabelled } from './auto-names.js';
import { parseWordVectors } from '../../extract/entities/window-net.js';
import { netPredict, trainWindowNet } from './window-net-train.js';
import { AUTO_FILE, combineNameIndexes, kbNameIndex, nerLexicons, parseAuto, PhraseIndex, type NerLexicons } from '../../extract/entities/ner-lexicons.js';
import { BILOU_LABELS, decodeModel, encodeModel, toBilou, toIob2, type NerModel } from '../../extract/entities/ner-model.js';
import { DOC_BLOCK, DOC_MODEL_FILE, MODEL_FILE } from '../../extract/entities/labeller.js';
import { parseConll, splitDev, type TaggedSentence } from './anercorp.js';
import { conlleval, formatScore, type ConllScore } from './conlleval.js';
import { buildDict, encode, LABEL_SET, predict, trainCrf, trainPerceptron, useLabels, type EncodedSentence, type Weights } from './train.js';

const { values } = trainArgs('train-ner', 'node dist/train/ner/train-cli.js [--data FILE] [--algo crf|perceptron] [--epochs N] [--stages 1|2] [--dev-fraction X] [--all] [--no-write] [--cv K] [--seed N] [--seeds N] [--calibrate] [--out DIR] [--train-limit N] … (all options: src/train/ner/train-cli.ts)', {
  options: {
    data: { type: 'string', default: join(packageRoot, '..', 'shared', 'data', 'anercorp', 'train.txt') },
    algo: { type: 'string', default: 'perceptron' },
    epochs: { type: 'string' },
    stages: { type: 'string', default: '2' },
    folds: { type: 'string', default: '5' },
    'dev-fraction': { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: '2' },
    c2: { type: 'string', default: '1' },
    eta0: { type: 'string', default: '0.1' },
    prune: { type: 'string', default: '0.001' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '1' },
    all: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    dump: { type: 'string' },
    ablate: { type: 'string', default: '' },
    'with-kb': { type: 'boolean', default: false },
    cv: { type: 'string' },
    /** with --cv: cross-validate both passes (each fold's second pass trained on jackknifed first-pass labels) */
    'both-passes': { type: 'boolean', default: false },
    /** sentences per "document" for the second pass's features (default: the labeller's DOC_BLOCK, 40) */
    'doc-block': { type: 'string' },
    biases: { type: 'string' },
    'o-bias': { type: 'string', default: '0' },
    calibrate: { type: 'boolean', default: false },
    scheme: { type: 'string', default: 'iob2' },
    /** stacking (an experiment): word vectors for the windowed network whose label distribution becomes features */
    'stack-vectors': { type: 'string' },
    'stack-dim': { type: 'string', default: '64' },
    'stack-hidden': { type: 'string', default: '128' },
    'stack-epochs': { type: 'string', default: '8' },
    'stack-lr': { type: 'string', default: '0.05' },
    /** cache of the network's out-of-fold and development probabilities (reused when its settings match) */
    'stack-cache': { type: 'string' },
    /** learning curve: train on the first N sentences of the training part only (the development part unchanged) */
    'train-limit': { type: 'string' },
    /** auto-names: tokens of SaudiNewsNet text the first pass labels to build the auto-name lexicon (0: none) */
    auto: { type: 'string', default: '0' },
    'auto-out': { type: 'string' },
    'auto-data': { type: 'string', default: join(packageRoot, '..', 'shared', 'data', 'saudinewsnet', 'dataset') },
    /** where the models go, relative to the package root: data/models (shipped) or data/models/dev (the 90 % models) */
    out: { type: 'string', default: 'data/models' },
  },
});
/** A model file's path under --out («data/models/ner.model» → «<out>/ner.model»). */
const outPath = (file: string) => join(packageRoot, values.out!, file.slice(file.lastIndexOf('/') + 1));

const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
const log = (m: string) => process.stderr.write(`[train:ner ${secs()}s] ${m}\n`);

let text: string;
try {
  text = readFileSync(values.data!, 'utf8');
} catch {
  process.stderr.write(`train:ner: cannot read ${values.data} (ANERcorp training part; see ../shared/README.md)\n`);
  process.exit(1);
}
const algo = values.algo!;
if (algo !== 'crf' && algo !== 'perceptron') {
  process.stderr.write(`train:ner: --algo must be crf or perceptron\n`);
  process.exit(2);
}
const epochs = Number(values.epochs ?? (algo === 'crf' ? 25 : 10));
const BILOU = values.scheme === 'bilou';
if (BILOU) useLabels(BILOU_LABELS);
const sentences = parseConll(text);
const devFraction = values.all ? 0 : Number(values['dev-fraction']);
const split = splitDev(sentences, devFraction);
const dev = split.dev;
const train = values['train-limit'] ? split.train.slice(0, Number(values['train-limit'])) : split.train;
log(`${sentences.length} sentences: ${train.length} train, ${dev.length} development (last ${devFraction * 100}%)`);

const res = fileResources();
// the auto-name lexicon is built here (never read from a file: that belongs to the models being replaced)
const lex = { ...ablated(nerLexicons(res), values.ablate!), auto: undefined };

/**
 * Feature groups switched off for an ablation run (--ablate clusters,gazetteer,triggers). --with-kb joins the
 * knowledge base's names to the gazetteer (an experiment: +0.2 F1 in cross-validation, but the tagger would
 * then depend on a KB that changes; the committed model does not use it).
 */
function ablated(l: NerLexicons, what: string): NerLexicons {
  const off = new Set(what.split(',').filter(Boolean));
  for (const w of off) if (!['clusters', 'gazetteer', 'triggers', 'induced'].includes(w)) throw new Error(`--ablate: unknown group ${w}`);
  return {
    ...l,
    ...(values['with-kb'] ? { names: combineNameIndexes(l.names, kbNameIndex(res)) } : {}),
    ...(off.has('clusters') ? { clusters: new Map(), clusterSizes: [] } : {}),
    ...(off.has('gazetteer') ? { names: new PhraseIndex() } : {}),
    ...(off.has('induced') ? { induced: new Map() } : {}),
    ...(off.has('triggers') ? { triggers: new Map(), triggerFirsts: new Set(), triggerMaxWords: 0 } : {}),
  };
}

interface Item {
  s: TaggedSentence;
  sf: SentenceFeatures;
  /** the features without auto-name features (see augmentAuto) */
  base?: SentenceFeatures;
}
interface Trained {
  w: Weights;
  dict: ReturnType<typeof buildDict>;
}

function fit(items: Item[], feats: (it: Item, i: number) => SentenceFeatures = (it) => it.sf): Trained {
  const fs = items.map(feats);
  const dict = buildDict(fs, Number(values['min-count']));
  const data: EncodedSentence[] = fs.map((sf, i) => encode(sf, BILOU ? toBilou(items[i]!.s.tags) : items[i]!.s.tags, dict));
  // --seeds N: the average of N models trained on differently shuffled data (less variance)
  const nSeeds = Number(values.seeds);
  let w: Weights | null = null;
  for (let k = 0; k < nSeeds; k++) {
    const opts = { epochs, seed: Number(values.seed) + k };
    const wk = algo === 'perceptron' ? trainPerceptron(data, dict.keys.length, opts) : trainCrf(data, dict.keys.length, { ...opts, c2: Number(values.c2), eta0: Number(values.eta0) });
    if (!w) w = wk;
    else {
      for (let i = 0; i < w.W.length; i++) w.W[i]! += wk.W[i]!;
      for (let i = 0; i < w.trans.length; i++) w.trans[i]! += wk.trans[i]!;
    }
  }
  if (nSeeds > 1) {
    for (let i = 0; i < w!.W.length; i++) w!.W[i]! /= nSeeds;
    for (let i = 0; i < w!.trans.length; i++) w!.trans[i]! /= nSeeds;
  }
  return { w: w!, dict };
}
function label(m: Trained, sf: SentenceFeatures, oBias = 0): string[] {
  return toIob2(Array.from(predict(encode(sf, null, m.dict), m.w, oBias), (y) => LABEL_SET[y]!));
}
const BIASES = (values.biases ?? '').split(',').filter(Boolean).map(Number);
/** Index ranges of consecutive blocks of DOC_BLOCK sentences: the "documents" of ANERcorp (it has no boundaries). */
function blocks(n: number, size = DOC_BLOCK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i += size) out.push([i, Math.min(n, i + size)]);
  return out;
}
/** Sentences per document for the second pass's features (an experiment: the labeller uses DOC_BLOCK). */
const DOC_SIZE = Number(values['doc-block'] ?? DOC_BLOCK);
/** Second-pass features of items given first-pass labels, document by document. */
function docFeats(items: Item[], firstPass: string[][]): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  for (const [a, b] of blocks(items.length, DOC_SIZE)) {
    const part = items.slice(a, b);
    out.push(...documentFeatures(part.map((x) => x.s.words), firstPass.slice(a, b), part.map((x) => x.sf), lex));
  }
  return out;
}

const trainItems: Item[] = train.map((s) => ({ s, sf: sentenceFeatures(s.words, lex) }));
const devItems: Item[] = dev.map((s) => ({ s, sf: sentenceFeatures(s.words, lex) }));
log(`features computed (${lex.clusters.size} clustered words, ${epochs} epochs of ${algo})`);
if (values['stack-vectors']) stack();

/** Auto-names (auto-names.ts): unlabelled sentences and their features, tagged by each first pass built. */
const AUTO_TOKENS = Number(values.auto);
const unlabelled = AUTO_TOKENS > 0 ? loadUnlabelled(values['auto-data']!, AUTO_TOKENS) : [];
const unlabelledFeats = unlabelled.map((ws) => sentenceFeatures(ws, lex));
if (AUTO_TOKENS > 0) log(`auto-names: ${unlabelled.length} unlabelled sentences (${unlabelled.reduce((a, s) => a + s.length, 0)} tokens)`);
/** The auto-name lexicon (TSV) of a first pass trained on `items` (their base features). */
function autoLexicon(items: Item[]): string {
  const m = fit(items, (it) => it.base ?? it.sf);
  const counts = new AutoCounts();
  unlabelledFeats.forEach((sf, i) => counts.add(unlabelled[i]!, label(m, sf)));
  return counts.toTsv();
}
/**
 * Adds auto-name features: each of `items` gets them from the lexicon of a first pass trained on the other
 * folds of `items` (jackknife: no sentence sees evidence its own labels produced), each of `held` from the
 * lexicon of a first pass trained on all of `items`, which is returned.
 */
function augmentAuto(items: Item[], held: Item[], K = Number(values.folds)): string {
  const add = (it: Item, auto: Map<string, string[]>) => {
    it.base ??= it.sf;
    it.sf = withExtraFeatures(it.base, autoFeatureHashes(it.s.words, auto));
  };
  const nb = blocks(items.length).length;
  for (let k = 0; k < K; k++) {
    const lo = Math.floor((k * nb) / K) * DOC_BLOCK;
    const hi = Math.min(items.length, Math.floor(((k + 1) * nb) / K) * DOC_BLOCK);
    const auto = parseAuto(autoLexicon([...items.slice(0, lo), ...items.slice(hi)]));
    for (let i = lo; i < hi; i++) add(items[i]!, auto);
  }
  const tsv = autoLexicon(items);
  const auto = parseAuto(tsv);
  for (const it of held) add(it, auto);
  return tsv;
}

/**
 * Stacking (--stack-vectors FILE): a windowed network over the word vectors (window-net.ts) is trained on the
 * training part; its label distribution becomes features of the linear labeller. On the training part the
 * distributions are out-of-fold (the same contiguous folds as the jackknife), so the labeller learns how far
 * they can be trusted; the development part gets those of a network trained on the whole training part.
 */
function stack(): void {
  const vec = parseWordVectors(readFileSync(values['stack-vectors']!, 'utf8'), Number(values['stack-dim']));
  const opts = { hidden: Number(values['stack-hidden']), epochs: Number(values['stack-epochs']), lr: Number(values['stack-lr']) };
  const K = Number(values.folds);
  const tag = JSON.stringify({ v: values['stack-vectors'], dim: vec.dim, opts, K, train: train.length, dev: dev.length, scheme: values.scheme });
  const cache = values['stack-cache'];
  let oof: Float32Array[] = [];
  let devP: Float32Array[] = [];
  if (cache && existsSync(cache)) {
    const c = JSON.parse(readFileSync(cache, 'utf8')) as { tag: string; oof: number[][]; dev: number[][] };
    if (c.tag === tag) (oof = c.oof.map((a) => Float32Array.from(a))), (devP = c.dev.map((a) => Float32Array.from(a)));
  }
  if (!oof.length) {
    const labels = LABEL_SET;
    const nb = blocks(trainItems.length).length;
    oof = new Array(trainItems.length);
    const tagsOf = (s: TaggedSentence) => (BILOU ? { words: s.words, tags: toBilou(s.tags) } : s);
    for (let k = 0; k < K; k++) {
      const lo = Math.floor((k * nb) / K) * DOC_BLOCK;
      const hi = Math.min(trainItems.length, Math.floor(((k + 1) * nb) / K) * DOC_BLOCK);
      const net = trainWindowNet([...train.slice(0, lo), ...train.slice(hi)].map(tagsOf), vec, labels, opts);
      const p = netPredict(net, vec, train.slice(lo, hi));
      for (let i = lo; i < hi; i++) oof[i] = p[i - lo]!;
      log(`stacking: network fold ${k + 1}/${K}`);
    }
    const netAll = trainWindowNet(train.map(tagsOf), vec, labels, opts);
    devP = netPredict(netAll, vec, dev);
    const score = (ps: Float32Array[], sents: TaggedSentence[]) =>
      conlleval(sents.map((s) => s.tags), ps.map((p, i) => toIob2(Array.from({ length: sents[i]!.words.length }, (_, t) => {
        let a = 0;
        for (let y = 1; y < labels.length; y++) if (p[t * labels.length + y]! > p[t * labels.length + a]!) a = y;
        return labels[a]!;
      }))));
    log(`stacking: network alone — out-of-fold F1 ${(100 * score(oof, train).f1).toFixed(2)}${dev.length ? `, development F1 ${(100 * score(devP, dev).f1).toFixed(2)}` : ''}`);
    if (cache) writeFileSync(cache, JSON.stringify({ tag, oof: oof.map((a) => Array.from(a, (v) => Math.round(v * 1e4) / 1e4)), dev: devP.map((a) => Array.from(a, (v) => Math.round(v * 1e4) / 1e4)) }));
  }
  trainItems.forEach((it, i) => (it.sf = stackedFeatures(it.sf, oof[i]!, LABEL_SET)));
  devItems.forEach((it, i) => (it.sf = stackedFeatures(it.sf, devP[i]!, LABEL_SET)));
}

/** Out-of-fold first-pass labels: fold k (contiguous, whole documents) labelled by a model of the other folds. */
const biasPreds: string[][][] = BIASES.map(() => []);
function jackknife(items: Item[], K: number, quiet = false): string[][] {
  const nb = blocks(items.length).length;
  const out: string[][] = new Array(items.length);
  BIASES.forEach((_, b) => (biasPreds[b] = new Array(items.length)));
  for (let k = 0; k < K; k++) {
    const lo = Math.floor((k * nb) / K) * DOC_BLOCK;
    const hi = Math.min(items.length, Math.floor(((k + 1) * nb) / K) * DOC_BLOCK);
    const m = fit([...items.slice(0, lo), ...items.slice(hi)]);
    for (let i = lo; i < hi; i++) out[i] = label(m, items[i]!.sf);
    BIASES.forEach((b, bi) => {
      for (let i = lo; i < hi; i++) biasPreds[bi]![i] = label(m, items[i]!.sf, b);
    });
    if (!quiet) log(`fold ${k + 1}/${K}`);
  }
  return out;
}

/**
 * Cross-validation of both passes (--cv K --both-passes): fold k is labelled by a first pass trained on the
 * other folds and a second pass trained on those folds' jackknifed first-pass labels, as `train:ner` builds
 * the shipped pair. Returns the out-of-fold labels of both passes.
 */
function crossValidateTwoPasses(items: Item[], K: number): { first: string[][]; second: string[][]; secondBiased: string[][][] } {
  const nb = blocks(items.length).length;
  const first: string[][] = new Array(items.length);
  const second: string[][] = new Array(items.length);
  const secondBiased: string[][][] = BIASES.map(() => new Array(items.length));
  for (let k = 0; k < K; k++) {
    const lo = Math.floor((k * nb) / K) * DOC_BLOCK;
    const hi = Math.min(items.length, Math.floor(((k + 1) * nb) / K) * DOC_BLOCK);
    const rest = [...items.slice(0, lo), ...items.slice(hi)].map((it) => ({ s: it.s, sf: it.base ?? it.sf }));
    const held = items.slice(lo, hi).map((it) => ({ s: it.s, sf: it.base ?? it.sf }));
    if (AUTO_TOKENS > 0) augmentAuto(rest, held);
    const m1 = fit(rest);
    const heldFirst = held.map((it) => label(m1, it.sf));
    const restDoc = docFeats(rest, jackknife(rest, Number(values.folds), true));
    const m2 = fit(rest, (_, i) => restDoc[i]!);
    const heldDoc = docFeats(held, heldFirst);
    held.forEach((_, i) => ((first[lo + i] = heldFirst[i]!), (second[lo + i] = label(m2, heldDoc[i]!, Number(values['o-bias'])))));
    BIASES.forEach((b, bi) => held.forEach((_, i) => (secondBiased[bi]![lo + i] = label(m2, heldDoc[i]!, b))));
    log(`fold ${k + 1}/${K} (both passes)`);
  }
  return { first, second, secondBiased };
}

/**
 * Cross-validation with auto-names: fold k is labelled by a model trained on the other folds, whose
 * auto-name features come from lexicons built within those folds only (augmentAuto).
 */
function jackknifeAuto(items: Item[], K: number): string[][] {
  const nb = blocks(items.length).length;
  const out: string[][] = new Array(items.length);
  for (let k = 0; k < K; k++) {
    const lo = Math.floor((k * nb) / K) * DOC_BLOCK;
    const hi = Math.min(items.length, Math.floor(((k + 1) * nb) / K) * DOC_BLOCK);
    const rest = [...items.slice(0, lo), ...items.slice(hi)].map((it) => ({ s: it.s, sf: it.base ?? it.sf }));
    const held = items.slice(lo, hi).map((it) => ({ s: it.s, sf: it.base ?? it.sf }));
    augmentAuto(rest, held);
    const m = fit(rest);
    held.forEach((it, i) => (out[lo + i] = label(m, it.sf)));
    log(`fold ${k + 1}/${K} (auto-names)`);
  }
  return out;
}

/**
 * Fits each written model's confidence temperature on the development part: the T minimising the log loss of
 * "the chosen label is right" under the chosen label's marginal (labels and F1 do not change), written into the
 * model header. `--calibrate` alone does this for the committed models without training.
 */
function calibrate(): void {
  if (!dev.length) return;
  const first = decodeModel(readFileSync(outPath(MODEL_FILE), 'utf8'));
  const docPath = outPath(DOC_MODEL_FILE);
  const second = existsSync(docPath) ? decodeModel(readFileSync(docPath, 'utf8')) : null;
  const firstLabels = devItems.map((it) => toIob2(Array.from(first.decode(it.sf), (y) => first.labels[y]!)));
  const passes: Array<[string, NerModel, SentenceFeatures[]]> = [[MODEL_FILE, first, devItems.map((it) => it.sf)]];
  if (second) passes.push([DOC_MODEL_FILE, second, docFeats(devItems, firstLabels)]);
  for (const [file, model, feats] of passes) {
    let best = 1;
    let bestLoss = Infinity;
    for (const T of [0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64]) {
      let loss = 0;
      feats.forEach((sf, i) => {
        const r = model.tag(sf, T);
        r.labels.forEach((y, t) => {
          const p = Math.min(1 - 1e-6, Math.max(1e-6, r.scores[t]!));
          loss -= model.labels[y] === (BILOU ? toBilou(dev[i]!.tags) : dev[i]!.tags)[t] ? Math.log(p) : Math.log(1 - p);
        });
      });
      if (loss < bestLoss) (bestLoss = loss), (best = T);
    }
    const path = outPath(file);
    const text = readFileSync(path, 'utf8');
    const nl = text.indexOf('\n');
    const header = { ...JSON.parse(text.slice(0, nl)), temperature: best };
    writeFileSync(path, JSON.stringify(header) + text.slice(nl));
    log(`${file}: confidence temperature ${best} (log loss ${(bestLoss / dev.reduce((a, s) => a + s.words.length, 0)).toFixed(4)} per token)`);
  }
}
if (values.calibrate) {
  // models trained with --auto label with the auto-name lexicon written beside them
  const autoPath = outPath(AUTO_FILE);
  if (existsSync(autoPath)) {
    const auto = parseAuto(readFileSync(autoPath, 'utf8'));
    devItems.forEach((it) => (it.sf = withExtraFeatures(it.sf, autoFeatureHashes(it.s.words, auto))));
  }
  calibrate();
  process.exit(0);
}

if (values.cv && values['both-passes']) {
  const K = Number(values.cv);
  const { first, second, secondBiased } = crossValidateTwoPasses(trainItems, K);
  const gold = train.map((s) => s.tags);
  process.stdout.write(`${K}-fold cross-validation of both passes on the training part (${algo}${AUTO_TOKENS ? `, auto-names from ${AUTO_TOKENS} tokens` : ''}):\nfirst pass: F1 ${(100 * conlleval(gold, first).f1).toFixed(2)}\nsecond pass:\n${formatScore(conlleval(gold, second))}\n`);
  BIASES.forEach((b, bi) => {
    const sc = conlleval(gold, secondBiased[bi]!);
    process.stdout.write(`second pass, O bias ${b}: P ${(100 * sc.precision).toFixed(2)} R ${(100 * sc.recall).toFixed(2)} F1 ${(100 * sc.f1).toFixed(2)}\n`);
  });
  process.exit(0);
}
if (values.cv) {
  const K = Number(values.cv);
  const oof = AUTO_TOKENS > 0 ? jackknifeAuto(trainItems, K) : jackknife(trainItems, K);
  process.stdout.write(`${K}-fold cross-validation of the first pass on the training part (${algo}, ablate: ${values.ablate || 'none'}):\n${formatScore(conlleval(train.map((s) => s.tags), oof))}\n`);
  if (values.dump) {
    // gold and out-of-fold tags of the training part, for error analysis (stays outside the repository)
    const lines: string[] = [];
    train.forEach((s, i) => (s.words.forEach((w, t) => lines.push(`${w}\t${s.tags[t]}\t${oof[i]![t]}`)), lines.push('')));
    writeFileSync(values.dump, lines.join('\n'));
  }
  BIASES.forEach((b, bi) => {
    const sc = conlleval(train.map((s) => s.tags), biasPreds[bi]!);
    process.stdout.write(`O bias ${b}: P ${(100 * sc.precision).toFixed(2)} R ${(100 * sc.recall).toFixed(2)} F1 ${(100 * sc.f1).toFixed(2)}\n`);
  });
  process.exit(0);
}

const stages = Number(values.stages);
/** subtracted from O's score in the final pass (precision/recall balance; chosen by cross-validation with --cv --biases) */
const O_BIAS = Number(values['o-bias']);
const autoTsv = AUTO_TOKENS > 0 ? augmentAuto(trainItems, devItems) : null;
if (autoTsv) log(`auto-names: ${autoTsv.split('\n').length - 2} words`);
if (autoTsv && values['auto-out']) writeFileSync(values['auto-out'], autoTsv);
const m1 = fit(trainItems);
log(`first pass trained (${m1.dict.keys.length} features)`);
const devGold = dev.map((s) => s.tags);
let final: ConllScore | null = null;
let devFirst: string[][] = [];
const report: string[] = [];
if (dev.length) {
  devFirst = devItems.map((it) => label(m1, it.sf));
  const s1 = conlleval(devGold, devFirst);
  report.push(`development part (${dev.length} sentences), first pass:\n${formatScore(s1)}`);
  final = s1;
  if (stages < 2 && O_BIAS) {
    final = conlleval(devGold, devItems.map((it) => label(m1, it.sf, O_BIAS)));
    report.push(`first pass with O bias ${O_BIAS}:\n${formatScore(final)}`);
  }
}
let m2: Trained | null = null;
if (stages >= 2) {
  const oof = jackknife(trainItems, Number(values.folds));
  log(`jackknifed first pass on the training part: F1 ${(100 * conlleval(train.map((s) => s.tags), oof).f1).toFixed(2)}`);
  const trainDoc = docFeats(trainItems, oof);
  m2 = fit(trainItems, (_, i) => trainDoc[i]!);
  log(`second pass trained (${m2.dict.keys.length} features)`);
  if (dev.length) {
    const devDoc = docFeats(devItems, devFirst);
    const pred = devDoc.map((sf) => label(m2!, sf, O_BIAS));
    if (O_BIAS) report.push(`second pass without O bias: F1 ${(100 * conlleval(devGold, devDoc.map((sf) => label(m2!, sf))).f1).toFixed(2)}`);
    final = conlleval(devGold, pred);
    report.push(`development part (${dev.length} sentences), second pass (document features, blocks of ${DOC_BLOCK} sentences, O bias ${O_BIAS}):\n${formatScore(final)}`);
    if (values.dump) {
      // gold and predicted tags of the development part, for error analysis (stays outside the repository)
      const lines: string[] = [];
      dev.forEach((s, i) => (s.words.forEach((w, t) => lines.push(`${w}\t${s.tags[t]}\t${devFirst[i]![t]}\t${pred[i]![t]}`)), lines.push('')));
      writeFileSync(values.dump, lines.join('\n'));
    }
  }
}
const trainSeconds = Number(secs());
process.stdout.write(report.join('\n') + '\n');
log(`training done in ${trainSeconds}s`);

function encodeTrained(m: Trained, pass: string, oBias: number): string {
  // drop feature rows whose weights are all negligible
  const L = LABEL_SET.length;
  const prune = Number(values.prune);
  let maxAbs = 0;
  for (const v of m.w.W) maxAbs = Math.max(maxAbs, Math.abs(v));
  const keep: number[] = [];
  for (let r = 0; r < m.dict.keys.length; r++) {
    let mx = 0;
    for (let y = 0; y < L; y++) mx = Math.max(mx, Math.abs(m.w.W[r * L + y]!));
    if (mx > prune * maxAbs) keep.push(r);
  }
  const keys = Uint32Array.from(keep, (r) => m.dict.keys[r]!);
  const W = new Float32Array(keep.length * L);
  keep.forEach((r, i) => {
    for (let y = 0; y < L; y++) W[i * L + y] = m.w.W[r * L + y]!;
  });
  const argv = process.argv.slice(2).join(' ');
  const meta = {
    pass,
    oBias,
    algo,
    epochs,
    trainedOn: `ANERcorp train.txt, ${values.all ? 'all' : `first ${train.length}`} of ${sentences.length} sentences`,
    devSentences: dev.length,
    devF1: final ? Number((100 * final.f1).toFixed(2)) : null,
    devF1ByType: final ? Object.fromEntries(Object.entries(final.byType).map(([t, s]) => [t, Number((100 * s.f1).toFixed(2))])) : null,
    command: `node dist/train/ner/train-cli.js${argv ? ' ' + argv : ''}`,
    trainSeconds,
  };
  const encoded = encodeModel(LABEL_SET, keys, W, m.w.trans, meta);
  log(`${pass}: kept ${keep.length} of ${m.dict.keys.length} feature rows; ${(encoded.length / 1e6).toFixed(2)} MB`);
  return encoded;
}
const files: Array<[string, string]> = [[MODEL_FILE, encodeTrained(m1, 'first', m2 ? 0 : O_BIAS)]];
if (m2) files.push([DOC_MODEL_FILE, encodeTrained(m2, 'second', O_BIAS)]);
if (!values['no-write']) {
  mkdirSync(join(packageRoot, values.out!), { recursive: true });
  for (const [name, data] of files) writeFileSync(outPath(name), data);
  // the models' auto-name lexicon goes with them; models trained without one must not find a stale one
  if (autoTsv) writeFileSync(outPath(AUTO_FILE), autoTsv);
  else if (existsSync(outPath(AUTO_FILE))) unlinkSync(outPath(AUTO_FILE));
  log(`wrote ${files.map(([n]) => outPath(n)).join(', ')}`);
  if (dev.length) calibrate();
  else copyTemperatures();
}

/**
 * A model trained on every sentence has no development part to fit its confidence temperature on: it takes
 * the temperature fitted for the same recipe on the 90 % models (data/models/dev), when they exist.
 */
function copyTemperatures(): void {
  for (const file of [MODEL_FILE, DOC_MODEL_FILE]) {
    const from = join(packageRoot, 'data', 'models', 'dev', file.slice(file.lastIndexOf('/') + 1));
    const to = outPath(file);
    if (!existsSync(from) || !existsSync(to) || from === to) continue;
    const src = readFileSync(from, 'utf8');
    const temperature = (JSON.parse(src.slice(0, src.indexOf('\n'))) as { temperature?: number }).temperature;
    if (temperature == null) continue;
    const text = readFileSync(to, 'utf8');
    const nl = text.indexOf('\n');
    writeFileSync(to, JSON.stringify({ ...JSON.parse(text.slice(0, nl)), temperature }) + text.slice(nl));
    log(`${to}: confidence temperature ${temperature} (from ${from})`);
  }
}
