/**
 * `npm run train:ner`: trains the entity labeller on ANERcorp's training part, holding back its last 10 %
 * of sentences as the development part, scores it there (conlleval) and writes data/models/ner.model.
 *
 *   node dist/train/ner/train-cli.js [--data FILE] [--algo crf|perceptron] [--epochs N] [--dev-fraction 0.1]
 *        [--min-count N] [--c2 X] [--eta0 X] [--out FILE] [--all] [--no-write]
 *
 * --all trains on every sentence (no development score; for a final model once settings are chosen).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot, fileResources } from '../../node/resources.js';
import { sentenceFeatures } from '../../extract/entities/ner-features.js';
import { nerLexicons } from '../../extract/entities/ner-lexicons.js';
import { encodeModel, LABELS } from '../../extract/entities/ner-model.js';
import { parseConll, splitDev } from './anercorp.js';
import { conlleval, formatScore, type ConllScore } from './conlleval.js';
import { buildDict, encode, predict, trainCrf, trainPerceptron, type Weights } from './train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(packageRoot, '..', 'shared', 'data', 'anercorp', 'train.txt') },
    algo: { type: 'string', default: 'crf' },
    epochs: { type: 'string' },
    'dev-fraction': { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: '1' },
    c2: { type: 'string', default: '1' },
    eta0: { type: 'string', default: '0.1' },
    prune: { type: 'string', default: '0.001' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(packageRoot, 'data', 'models', 'ner.model') },
    all: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    dump: { type: 'string' },
  },
});

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
const sentences = parseConll(text);
const devFraction = values.all ? 0 : Number(values['dev-fraction']);
const { train, dev } = splitDev(sentences, devFraction);
log(`${sentences.length} sentences: ${train.length} train, ${dev.length} development (last ${devFraction * 100}%)`);

const res = fileResources();
const lex = nerLexicons(res);
const trainFeats = train.map((s) => sentenceFeatures(s.words, lex));
const devFeats = dev.map((s) => sentenceFeatures(s.words, lex));
const dict = buildDict(trainFeats, Number(values['min-count']));
const trainData = trainFeats.map((sf, i) => encode(sf, train[i]!.tags, dict));
const devData = devFeats.map((sf, i) => encode(sf, dev[i]!.tags, dict));
log(`${dict.keys.length} features (min count ${values['min-count']}), ${lex.clusters.size} clustered words`);

const algo = values.algo!;
const epochs = Number(values.epochs ?? (algo === 'crf' ? 25 : 15));
const score = (w: Weights): ConllScore =>
  conlleval(
    dev.map((s) => s.tags),
    devData.map((s) => Array.from(predict(s, w), (y) => LABELS[y]!)),
  );
const onEpoch = (e: number, w: Weights) => {
  if (dev.length && (e % 5 === 0 || e === epochs)) log(`epoch ${e}: dev F1 ${(100 * score(w).f1).toFixed(2)}`);
  else log(`epoch ${e}`);
};
let weights: Weights;
if (algo === 'perceptron') weights = trainPerceptron(trainData, dict.keys.length, { epochs, seed: Number(values.seed), onEpoch });
else if (algo === 'crf') weights = trainCrf(trainData, dict.keys.length, { epochs, seed: Number(values.seed), c2: Number(values.c2), eta0: Number(values.eta0), onEpoch });
else {
  process.stderr.write(`train:ner: --algo must be crf or perceptron\n`);
  process.exit(2);
}
const trainSeconds = Number(secs());
let final: ConllScore | null = null;
if (dev.length) {
  final = score(weights);
  process.stdout.write(`development part (${dev.length} sentences):\n${formatScore(final)}\n`);
  if (values.dump) {
    // the development part with gold and predicted tags, for error analysis (stays outside the repository)
    const lines: string[] = [];
    devData.forEach((s, i) => {
      const p = predict(s, weights);
      dev[i]!.words.forEach((w, t) => lines.push(`${w}\t${dev[i]!.tags[t]}\t${LABELS[p[t]!]}`));
      lines.push('');
    });
    writeFileSync(values.dump, lines.join('\n'));
  }
}

// Drop feature rows whose weights are all negligible, then write the model.
const L = LABELS.length;
const prune = Number(values.prune);
let maxAbs = 0;
for (const v of weights.W) maxAbs = Math.max(maxAbs, Math.abs(v));
const keep: number[] = [];
for (let r = 0; r < dict.keys.length; r++) {
  let m = 0;
  for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(weights.W[r * L + y]!));
  if (m > prune * maxAbs) keep.push(r);
}
const keys = Uint32Array.from(keep, (r) => dict.keys[r]!);
const W = new Float32Array(keep.length * L);
keep.forEach((r, i) => {
  for (let y = 0; y < L; y++) W[i * L + y] = weights.W[r * L + y]!;
});
const argv = process.argv.slice(2).join(' ');
const meta = {
  algo,
  epochs,
  trainedOn: `ANERcorp train.txt, ${values.all ? 'all' : `first ${train.length}`} of ${sentences.length} sentences`,
  devSentences: dev.length,
  devF1: final ? Number((100 * final.f1).toFixed(2)) : null,
  devF1ByType: final ? Object.fromEntries(Object.entries(final.byType).map(([t, s]) => [t, Number((100 * s.f1).toFixed(2))])) : null,
  command: `node dist/train/ner/train-cli.js${argv ? ' ' + argv : ''}`,
  trainSeconds,
};
const encoded = encodeModel(LABELS, keys, W, weights.trans, meta);
log(`kept ${keep.length} of ${dict.keys.length} feature rows; model ${(encoded.length / 1e6).toFixed(2)} MB`);
if (!values['no-write']) {
  writeFileSync(values.out!, encoded);
  log(`wrote ${values.out}`);
}
