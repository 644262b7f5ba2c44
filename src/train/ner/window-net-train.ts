/**
 * Trains the windowed feed-forward tagger (src/extract/entities/window-net.ts) on tagged sentences:
 * cross-entropy of the IOB2 label of each token, minibatch SGD with momentum, learning rate decaying
 * linearly to zero, seeded shuffling and initialisation (a run is reproducible). The word vectors stay fixed.
 */
import { forward, netProbabilities, vectorRow, windowInput, WINDOW, type WindowNet, type WordVectors } from '../../extract/entities/window-net.js';

export interface NetOptions {
  hidden: number;
  epochs: number;
  lr: number;
  batch: number;
  momentum: number;
  l2: number;
  seed: number;
}

export const NET_DEFAULTS: NetOptions = { hidden: 128, epochs: 8, lr: 0.05, batch: 32, momentum: 0.9, l2: 1e-6, seed: 1 };

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function trainWindowNet(
  sents: ReadonlyArray<{ words: readonly string[]; tags: readonly string[] }>,
  vec: WordVectors,
  labels: readonly string[],
  opts: Partial<NetOptions> = {},
): WindowNet {
  const o = { ...NET_DEFAULTS, ...opts };
  const rand = rng(o.seed * 7919 + 17);
  const gauss = () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const L = labels.length;
  const nIn = (2 * WINDOW + 1) * (vec.dim + 2);
  const H = o.hidden;
  const net: WindowNet = {
    labels, nIn, nHidden: H,
    W1: Float32Array.from({ length: H * nIn }, () => gauss() * Math.sqrt(2 / nIn)),
    b1: new Float32Array(H),
    W2: Float32Array.from({ length: L * H }, () => gauss() * Math.sqrt(1 / H)),
    b2: new Float32Array(L),
  };
  const labelIdx = new Map(labels.map((l, i) => [l, i]));
  const rows = sents.map((s) => Int32Array.from(s.words, (w) => vectorRow(vec, w)));
  const gold = sents.map((s) => Int32Array.from(s.tags, (t) => labelIdx.get(t) ?? 0));
  const samples: number[] = [];
  sents.forEach((s, i) => s.words.forEach((_, t) => samples.push(i * 4096 + t)));
  const gW1 = new Float32Array(net.W1.length), gb1 = new Float32Array(H), gW2 = new Float32Array(net.W2.length), gb2 = new Float32Array(L);
  const vW1 = new Float32Array(net.W1.length), vb1 = new Float32Array(H), vW2 = new Float32Array(net.W2.length), vb2 = new Float32Array(L);
  const x = new Float32Array(nIn), h = new Float32Array(H), p = new Float32Array(L), dh = new Float32Array(H);
  const total = o.epochs * samples.length;
  let seen = 0;
  const step = (n: number) => {
    const lr = o.lr * Math.max(0.05, 1 - seen / total);
    const apply = (W: Float32Array, g: Float32Array, v: Float32Array, decay: number) => {
      for (let i = 0; i < W.length; i++) {
        v[i] = o.momentum * v[i]! - lr * (g[i]! / n + decay * W[i]!);
        W[i]! += v[i]!;
        g[i] = 0;
      }
    };
    apply(net.W1, gW1, vW1, o.l2);
    apply(net.b1, gb1, vb1, 0);
    apply(net.W2, gW2, vW2, o.l2);
    apply(net.b2, gb2, vb2, 0);
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = samples.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [samples[i], samples[j]] = [samples[j]!, samples[i]!];
    }
    let inBatch = 0;
    for (const sm of samples) {
      const si = Math.floor(sm / 4096);
      const t = sm % 4096;
      windowInput(rows[si]!, t, vec, x);
      forward(net, x, h, p);
      const y = gold[si]![t]!;
      p[y]! -= 1; // dlogits
      dh.fill(0);
      for (let c = 0; c < L; c++) {
        const d = p[c]!;
        gb2[c]! += d;
        const oo = c * H;
        for (let j = 0; j < H; j++) {
          gW2[oo + j]! += d * h[j]!;
          dh[j]! += d * net.W2[oo + j]!;
        }
      }
      for (let j = 0; j < H; j++) {
        if (h[j]! <= 0) continue;
        const d = dh[j]!;
        gb1[j]! += d;
        const oo = j * nIn;
        for (let k = 0; k < nIn; k++) {
          const xk = x[k]!;
          if (xk !== 0) gW1[oo + k]! += d * xk;
        }
      }
      seen++;
      if (++inBatch === o.batch) step(inBatch), (inBatch = 0);
    }
    if (inBatch) step(inBatch);
  }
  return net;
}

/** Probabilities for each sentence (token-major, labels per token). */
export function netPredict(net: WindowNet, vec: WordVectors, sents: ReadonlyArray<{ words: readonly string[] }>): Float32Array[] {
  return sents.map((s) => netProbabilities(net, vec, s.words));
}
