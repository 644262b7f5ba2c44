/**
 * Training the entity labeller (ner-model.ts): an averaged structured perceptron, or a linear-chain CRF
 * trained by stochastic gradient with L2 (CRFsuite's l2sgd, with the weight-scaling trick), both over the
 * hashed features of ner-features.ts, decoding with Viterbi under the IOB2 constraint.
 */
import { LABELS, transitionMask, viterbi } from '../../extract/entities/ner-model.js';
import type { SentenceFeatures } from '../../extract/entities/ner-features.js';

export interface EncodedSentence {
  /** feature rows per token: idx[offsets[t] .. offsets[t+1]) (unknown features dropped) */
  idx: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

export interface FeatureDict {
  index: Map<number, number>;
  keys: number[];
}

/** The label set being trained (IOB2 by default; useLabels(BILOU_LABELS) for BILOU). */
export let LABEL_SET: readonly string[] = LABELS;
export let L: number = LABELS.length;
export let labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
export let ALLOWED = transitionMask(LABELS);
export function useLabels(labels: readonly string[]): void {
  LABEL_SET = labels;
  L = labels.length;
  labelIndex = new Map(labels.map((l, i) => [l, i]));
  ALLOWED = transitionMask(labels);
}

/** Feature dictionary from training sentences: hashes seen at least `minCount` times. */
export function buildDict(feats: SentenceFeatures[], minCount: number): FeatureDict {
  const counts = new Map<number, number>();
  for (const sf of feats) for (const h of sf.feats) counts.set(h, (counts.get(h) ?? 0) + 1);
  const keys: number[] = [];
  const index = new Map<number, number>();
  for (const [h, c] of counts) if (c >= minCount) index.set(h, keys.length), keys.push(h);
  return { index, keys };
}

export function encode(sf: SentenceFeatures, tags: readonly string[] | null, dict: FeatureDict): EncodedSentence {
  const n = sf.offsets.length - 1;
  const idx: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) {
    offsets[t] = idx.length;
    for (let p = sf.offsets[t]!; p < sf.offsets[t + 1]!; p++) {
      const r = dict.index.get(sf.feats[p]!);
      if (r !== undefined) idx.push(r);
    }
  }
  offsets[n] = idx.length;
  const gold = new Int32Array(n);
  if (tags) for (let t = 0; t < n; t++) gold[t] = labelIndex.get(tags[t]!) ?? 0;
  return { idx: Int32Array.from(idx), offsets, gold };
}

export interface Weights {
  W: Float64Array;
  trans: Float64Array;
}

function emissions(s: EncodedSentence, W: Float64Array, scale = 1): Float64Array {
  const n = s.gold.length;
  const E = new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    const eo = t * L;
    for (let p = s.offsets[t]!; p < s.offsets[t + 1]!; p++) {
      const wo = s.idx[p]! * L;
      for (let y = 0; y < L; y++) E[eo + y]! += W[wo + y]!;
    }
    if (scale !== 1) for (let y = 0; y < L; y++) E[eo + y]! *= scale;
  }
  return E;
}

/** The best labels; `oBias` is subtracted from the O label's scores (trades precision for recall). */
export function predict(s: EncodedSentence, w: Weights, oBias = 0): Int32Array {
  const E = emissions(s, w.W);
  if (oBias) for (let t = 0; t < s.gold.length; t++) E[t * L]! -= oBias;
  return viterbi(E, s.gold.length, L, w.trans, ALLOWED);
}

/** Seeded shuffling, so that a training run is reproducible. */
function shuffler(seed: number): <T>(a: T[]) => T[] {
  let x = seed >>> 0 || 1;
  const rnd = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 4294967296);
  return (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };
}

export interface TrainOptions {
  epochs: number;
  seed?: number;
  /** called after each epoch with the weights to use (averaged for the perceptron) */
  onEpoch?: (epoch: number, w: Weights) => void;
}

/** Averaged structured perceptron (Collins 2002) with the lazy-averaging trick (Daumé): avg = w − u/c. */
export function trainPerceptron(data: EncodedSentence[], nFeatures: number, opts: TrainOptions): Weights {
  const W = new Float64Array(nFeatures * L);
  const U = new Float64Array(nFeatures * L);
  const T = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  let c = 1;
  const shuffle = shuffler(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  const averaged = (): Weights => {
    const aw = new Float64Array(W.length);
    for (let i = 0; i < W.length; i++) aw[i] = W[i]! - U[i]! / c;
    const at = new Float64Array(T.length);
    for (let i = 0; i < T.length; i++) at[i] = T[i]! - TU[i]! / c;
    return { W: aw, trans: at };
  };
  for (let e = 1; e <= opts.epochs; e++) {
    for (const si of shuffle(order)) {
      const s = data[si]!;
      const n = s.gold.length;
      const pred = viterbi(emissions(s, W), n, L, T, ALLOWED);
      for (let t = 0; t < n; t++) {
        const g = s.gold[t]!;
        const p = pred[t]!;
        if (g !== p) {
          for (let q = s.offsets[t]!; q < s.offsets[t + 1]!; q++) {
            const o = s.idx[q]! * L;
            W[o + g]! += 1;
            U[o + g]! += c;
            W[o + p]! -= 1;
            U[o + p]! -= c;
          }
        }
        const ga = t === 0 ? L : s.gold[t - 1]!;
        const pa = t === 0 ? L : pred[t - 1]!;
        if (ga !== pa || g !== p) {
          T[ga * L + g]! += 1;
          TU[ga * L + g]! += c;
          T[pa * L + p]! -= 1;
          TU[pa * L + p]! -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(e, averaged());
  }
  return averaged();
}

export interface CrfOptions extends TrainOptions {
  /** L2 coefficient (CRFsuite's c2), spread over the training sentences */
  c2: number;
  /** initial learning rate */
  eta0: number;
}

/** Linear-chain CRF by SGD with L2 (log-space forward–backward). */
export function trainCrf(data: EncodedSentence[], nFeatures: number, opts: CrfOptions): Weights {
  const W = new Float64Array(nFeatures * L);
  const T = new Float64Array((L + 1) * L);
  let scale = 1; // true weights = scale × W (L2 decay without touching every weight)
  const N = data.length;
  const lambda = (2 * opts.c2) / N;
  const shuffle = shuffler(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  let k = 0;
  const snapshot = (): Weights => {
    const w = new Float64Array(W.length);
    for (let i = 0; i < W.length; i++) w[i] = W[i]! * scale;
    return { W: w, trans: Float64Array.from(T) };
  };
  for (let e = 1; e <= opts.epochs; e++) {
    for (const si of shuffle(order)) {
      const s = data[si]!;
      const n = s.gold.length;
      const eta = opts.eta0 / (1 + (opts.eta0 * lambda * k) / 1); // 1/(λ t)-like decay
      k++;
      scale *= 1 - eta * lambda;
      if (scale < 1e-9) {
        for (let i = 0; i < W.length; i++) W[i]! *= scale;
        scale = 1;
      }
      const E = emissions(s, W, scale);
      const { alpha, beta, logZ } = forwardBackward(E, n, T);
      // emission gradient: observed − expected
      for (let t = 0; t < n; t++) {
        const g = s.gold[t]!;
        const grad = new Float64Array(L);
        for (let y = 0; y < L; y++) grad[y] = -Math.exp(alpha[t * L + y]! + beta[t * L + y]! - logZ);
        grad[g]! += 1;
        const step = eta / scale;
        for (let q = s.offsets[t]!; q < s.offsets[t + 1]!; q++) {
          const o = s.idx[q]! * L;
          for (let y = 0; y < L; y++) if (grad[y] !== 0) W[o + y]! += step * grad[y]!;
        }
      }
      // transition gradient
      for (let t = 0; t < n; t++) {
        if (t === 0) {
          for (let y = 0; y < L; y++) if (ALLOWED[L * L + y]) T[L * L + y]! -= eta * Math.exp(alpha[y]! + beta[y]! - logZ);
          T[L * L + s.gold[0]!]! += eta;
          continue;
        }
        for (let a = 0; a < L; a++) {
          const aa = alpha[(t - 1) * L + a]!;
          if (aa === -Infinity) continue;
          for (let b = 0; b < L; b++) {
            if (!ALLOWED[a * L + b]) continue;
            const p = Math.exp(aa + T[a * L + b]! + E[t * L + b]! + beta[t * L + b]! - logZ);
            T[a * L + b]! -= eta * p;
          }
        }
        T[s.gold[t - 1]! * L + s.gold[t]!]! += eta;
      }
      for (let i = 0; i < T.length; i++) T[i]! *= 1 - eta * lambda;
    }
    opts.onEpoch?.(e, snapshot());
  }
  return snapshot();
}

function logSumExp(xs: Float64Array | number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

function forwardBackward(E: Float64Array, n: number, T: Float64Array): { alpha: Float64Array; beta: Float64Array; logZ: number } {
  const alpha = new Float64Array(n * L).fill(-Infinity);
  const beta = new Float64Array(n * L).fill(-Infinity);
  const tmp = new Float64Array(L);
  for (let y = 0; y < L; y++) if (ALLOWED[L * L + y]) alpha[y] = T[L * L + y]! + E[y]!;
  for (let t = 1; t < n; t++)
    for (let b = 0; b < L; b++) {
      for (let a = 0; a < L; a++) tmp[a] = ALLOWED[a * L + b] ? alpha[(t - 1) * L + a]! + T[a * L + b]! : -Infinity;
      alpha[t * L + b] = logSumExp(tmp) + E[t * L + b]!;
    }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
  for (let t = n - 2; t >= 0; t--)
    for (let a = 0; a < L; a++) {
      for (let b = 0; b < L; b++) tmp[b] = ALLOWED[a * L + b] ? T[a * L + b]! + E[(t + 1) * L + b]! + beta[(t + 1) * L + b]! : -Infinity;
      beta[t * L + a] = logSumExp(tmp);
    }
  const last = new Float64Array(L);
  for (let y = 0; y < L; y++) last[y] = alpha[(n - 1) * L + y]!;
  return { alpha, beta, logZ: logSumExp(last) };
}
