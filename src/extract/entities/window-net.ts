/**
 * A windowed feed-forward tagger over dense word vectors (after Collobert et al. 2011, "window approach"):
 * for each token the vectors of the words at −2 … +2 (PPMI-SVD vectors learned from SaudiNewsNet by
 * src/train/word-clusters.ts, fixed), each with an out-of-vocabulary and a padding flag, pass through one
 * ReLU hidden layer to a softmax over the IOB2 labels. Its label distribution feeds the linear labeller as
 * stacked features (ner-features.ts), so this module only scores; training is in src/train/ner/window-net-train.ts.
 * A word missing from the vectors falls back to its proclitic-free forms (وبالحلف → الحلف → حلف).
 */
import { inflateSync } from 'fflate';
import { wordKey } from './ner-lexicons.js';
import { fromBase64 } from './ner-model.js';
import { stripProclitics } from './proclitics.js';

export interface WordVectors {
  dim: number;
  index: Map<string, number>;
  /** row-major, dim values per word, unit length */
  data: Float32Array;
}

/** Parses a word-vector file (see word-clusters.ts, --vectors), keeping the first `dim` dimensions (renormalised). */
export function parseWordVectors(text: string, dim?: number): WordVectors {
  const nl1 = text.indexOf('\n');
  const nl2 = text.indexOf('\n', nl1 + 1);
  const header = JSON.parse(text.slice(0, nl1)) as { dim: number; words: number };
  const words = text.slice(nl1 + 1, nl2).split('\t');
  const bytes = inflateSync(fromBase64(text.slice(nl2 + 1).trim()));
  const raw = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const D = Math.min(dim ?? header.dim, header.dim);
  const data = new Float32Array(words.length * D);
  for (let w = 0; w < words.length; w++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += raw[w * header.dim + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) data[w * D + d] = raw[w * header.dim + d]! / norm;
  }
  return { dim: D, index: new Map(words.map((w, i) => [w, i])), data };
}

/** The vector row of a token (its key, else its proclitic-free forms), −1 when unknown. */
export function vectorRow(vec: WordVectors, text: string): number {
  const key = wordKey(text);
  const r = vec.index.get(key);
  if (r !== undefined) return r;
  const p = stripProclitics(key);
  return vec.index.get(p.base) ?? vec.index.get(p.stem) ?? -1;
}

export const WINDOW = 2;

export interface WindowNet {
  labels: readonly string[];
  /** input size: (2·WINDOW+1)·(dim+2) */
  nIn: number;
  nHidden: number;
  W1: Float32Array; // nHidden × nIn
  b1: Float32Array;
  W2: Float32Array; // labels × nHidden
  b2: Float32Array;
}

/** The input vector of token t of a sentence given its tokens' vector rows. */
export function windowInput(rows: Int32Array, t: number, vec: WordVectors, out: Float32Array): Float32Array {
  const D = vec.dim;
  const S = D + 2;
  out.fill(0);
  for (let p = -WINDOW; p <= WINDOW; p++) {
    const o = (p + WINDOW) * S;
    const j = t + p;
    if (j < 0 || j >= rows.length) {
      out[o + D + 1] = 1; // padding
      continue;
    }
    const r = rows[j]!;
    if (r < 0) {
      out[o + D] = 1; // unknown word
      continue;
    }
    out.set(vec.data.subarray(r * D, r * D + D), o);
  }
  return out;
}

/** Label probabilities (labels × tokens, token-major) of a sentence. */
export function netProbabilities(net: WindowNet, vec: WordVectors, words: readonly string[]): Float32Array {
  const n = words.length;
  const L = net.labels.length;
  const rows = Int32Array.from(words, (w) => vectorRow(vec, w));
  const x = new Float32Array(net.nIn);
  const h = new Float32Array(net.nHidden);
  const out = new Float32Array(n * L);
  for (let t = 0; t < n; t++) {
    windowInput(rows, t, vec, x);
    forward(net, x, h, out.subarray(t * L, t * L + L));
  }
  return out;
}

/** One forward pass: hidden activations into h, probabilities into p. */
export function forward(net: WindowNet, x: Float32Array, h: Float32Array, p: Float32Array): void {
  const { nIn, nHidden, W1, b1, W2, b2 } = net;
  for (let j = 0; j < nHidden; j++) {
    let s = b1[j]!;
    const o = j * nIn;
    for (let i = 0; i < nIn; i++) {
      const xi = x[i]!;
      if (xi !== 0) s += W1[o + i]! * xi;
    }
    h[j] = s > 0 ? s : 0;
  }
  const L = p.length;
  let max = -Infinity;
  for (let y = 0; y < L; y++) {
    let s = b2[y]!;
    const o = y * nHidden;
    for (let j = 0; j < nHidden; j++) s += W2[o + j]! * h[j]!;
    p[y] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let y = 0; y < L; y++) z += p[y] = Math.exp(p[y]! - max);
  for (let y = 0; y < L; y++) p[y]! /= z;
}
