/**
 * The entity labeller's model: a linear-chain sequence model over IOB2 labels (ANERcorp names:
 * PERS, LOC, ORG, MISC). Emission weights are rows keyed by feature hashes (ner-features.ts), plus
 * label-to-label transition weights; decoding is Viterbi with the IOB2 constraint (I-X only after B-X/I-X).
 *
 * File format (data/models/ner.model, text so that it travels through Resources):
 *   line 1: JSON header {format, labels, features, scale, …provenance}
 *   line 2: base64 of the deflated payload:
 *           uint32 key deltas (sorted feature hashes) · int16 weights (features × labels, label-major) ·
 *           float32 transitions ((labels + 1) × labels, the last row is the start of a sentence)
 */
import { deflateSync, inflateSync } from 'fflate';
import type { SentenceFeatures } from './ner-features.js';

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type NerLabel = (typeof LABELS)[number];
/** BILOU (begin, inside, last, unit-length): a model may be trained on it; output is always IOB2. */
export const BILOU_LABELS = ['O', ...['PERS', 'LOC', 'ORG', 'MISC'].flatMap((t) => ['B-', 'I-', 'L-', 'U-'].map((p) => p + t))];

/** IOB2 tags → BILOU. */
export function toBilou(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const type = tag.slice(2);
    const continues = tags[i + 1] === 'I-' + type;
    if (tag.startsWith('B-')) return (continues ? 'B-' : 'U-') + type;
    return (continues ? 'I-' : 'L-') + type;
  });
}
/** BILOU (or IOB2) tags → IOB2. */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag) => (tag.startsWith('U-') ? 'B-' + tag.slice(2) : tag.startsWith('L-') ? 'I-' + tag.slice(2) : tag));
}
export const MODEL_FORMAT = 'rasid-ner/1';

export interface ModelHeader {
  format: string;
  labels: string[];
  features: number;
  /** weight = int16 × scale */
  scale: number;
  /** subtracted from the O label's emission score at decoding (0 when absent) */
  oBias?: number;
  /** confidence calibration: scores are divided by it before the forward–backward marginals (1 when absent) */
  temperature?: number;
  [k: string]: unknown;
}

/** True where label b may follow label a (IOB2: I-X only after B-X or I-X; a = -1 is the sentence start). */
export function allowedTransition(labels: readonly string[], a: number, b: number): boolean {
  const lb = labels[b]!;
  const la = a < 0 ? 'O' : labels[a]!;
  const bilou = labels.some((l) => l.startsWith('L-'));
  // an open chunk (B-/I- in BILOU) must go on with I-/L- of its type
  const open = bilou && (la.startsWith('B-') || la.startsWith('I-'));
  if (lb.startsWith('I-') || lb.startsWith('L-')) return la !== 'O' && (bilou ? open : true) && la.slice(2) === lb.slice(2);
  return !open;
}

export class NerModel {
  readonly L: number;
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly keys: Uint32Array;
  /** allowed[a * L + b], a = L for the start */
  private readonly allowed: Uint8Array;
  /** subtracted from the O label's score: the precision/recall trade-off chosen at training time */
  private readonly oBias: number;
  private readonly oIndex: number;
  /** scores are divided by it before computing confidences (fitted on held-out data at training time) */
  readonly temperature: number;

  constructor(
    readonly labels: readonly string[],
    keys: Uint32Array,
    /** weights, row-major: W[row * L + label] */
    readonly W: Float32Array,
    /** transitions: trans[a * L + b] for a in 0..L (row L = sentence start) */
    readonly trans: Float32Array,
    readonly header: Partial<ModelHeader> = {},
  ) {
    this.L = labels.length;
    this.keys = keys;
    this.oBias = typeof header.oBias === 'number' ? header.oBias : 0;
    this.oIndex = labels.indexOf('O');
    this.temperature = typeof header.temperature === 'number' && header.temperature > 0 ? header.temperature : 1;
    let cap = 1;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap).fill(-1);
    for (let r = 0; r < keys.length; r++) {
      let h = mix(keys[r]!) & this.mask;
      while (this.table[h] !== -1) h = (h + 1) & this.mask;
      this.table[h] = r;
    }
    this.allowed = new Uint8Array((this.L + 1) * this.L);
    for (let a = -1; a < this.L; a++) for (let b = 0; b < this.L; b++) this.allowed[(a < 0 ? this.L : a) * this.L + b] = allowedTransition(labels, a, b) ? 1 : 0;
  }

  /** The weight row of a feature hash, or -1. */
  row(key: number): number {
    let h = mix(key) & this.mask;
    for (;;) {
      const r = this.table[h]!;
      if (r < 0) return -1;
      if (this.keys[r] === key) return r;
      h = (h + 1) & this.mask;
    }
  }

  /** Emission scores, n × L. */
  emissions(sf: SentenceFeatures): Float32Array {
    const n = sf.offsets.length - 1;
    const L = this.L;
    const E = new Float32Array(n * L);
    for (let t = 0; t < n; t++) {
      const eo = t * L;
      for (let p = sf.offsets[t]!; p < sf.offsets[t + 1]!; p++) {
        const r = this.row(sf.feats[p]!);
        if (r < 0) continue;
        const wo = r * L;
        for (let y = 0; y < L; y++) E[eo + y]! += this.W[wo + y]!;
      }
      if (this.oBias) E[eo + this.oIndex]! -= this.oBias;
    }
    return E;
  }

  /** The best label sequence (label indices). */
  decode(sf: SentenceFeatures): Int32Array {
    return viterbi(this.emissions(sf), sf.offsets.length - 1, this.L, this.trans, this.allowed);
  }

  /**
   * The best label sequence with a confidence per token: the posterior marginal of the chosen label
   * (forward–backward over the same scores; a probability for a CRF model, a softer indication for a perceptron).
   */
  tag(sf: SentenceFeatures, temperature = this.temperature): { labels: Int32Array; scores: Float32Array } {
    const n = sf.offsets.length - 1;
    const L = this.L;
    const E = this.emissions(sf);
    const labels = viterbi(E, n, L, this.trans, this.allowed);
    const scores = new Float32Array(n);
    if (n === 0) return { labels, scores };
    // marginals of the scores divided by the temperature fitted at training time (a perceptron's raw scores
    // would make every marginal 1); scaled forward–backward in probability space (one exp per score)
    const inv = 1 / temperature;
    const P = new Float64Array(n * L); // exp(emission / T), each row divided by its maximum
    for (let t = 0; t < n; t++) {
      let mx = -Infinity;
      for (let y = 0; y < L; y++) mx = Math.max(mx, E[t * L + y]!);
      for (let y = 0; y < L; y++) P[t * L + y] = Math.exp((E[t * L + y]! - mx) * inv);
    }
    const A = new Float64Array((L + 1) * L); // exp(transition / T), 0 where not allowed
    for (let i = 0; i < A.length; i++) A[i] = this.allowed[i] ? Math.exp(this.trans[i]! * inv) : 0;
    const alpha = new Float64Array(n * L);
    const beta = new Float64Array(n * L);
    let z = 0;
    for (let y = 0; y < L; y++) z += alpha[y] = A[L * L + y]! * P[y]!;
    for (let y = 0; y < L; y++) alpha[y]! /= z || 1;
    for (let t = 1; t < n; t++) {
      z = 0;
      for (let b = 0; b < L; b++) {
        let sum = 0;
        for (let a = 0; a < L; a++) sum += alpha[(t - 1) * L + a]! * A[a * L + b]!;
        z += alpha[t * L + b] = sum * P[t * L + b]!;
      }
      for (let b = 0; b < L; b++) alpha[t * L + b]! /= z || 1;
    }
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
    for (let t = n - 2; t >= 0; t--) {
      z = 0;
      for (let a = 0; a < L; a++) {
        let sum = 0;
        for (let b = 0; b < L; b++) sum += A[a * L + b]! * P[(t + 1) * L + b]! * beta[(t + 1) * L + b]!;
        z += beta[t * L + a] = sum;
      }
      for (let a = 0; a < L; a++) beta[t * L + a]! /= z || 1;
    }
    for (let t = 0; t < n; t++) {
      let norm = 0;
      for (let y = 0; y < L; y++) norm += alpha[t * L + y]! * beta[t * L + y]!;
      const y = labels[t]!;
      scores[t] = norm > 0 ? Math.min(1, (alpha[t * L + y]! * beta[t * L + y]!) / norm) : 0;
    }
    return { labels, scores };
  }
}

/** Viterbi over emissions E (n × L) and transitions (row L = start), honouring `allowed`. */
export function viterbi(E: Float32Array | Float64Array, n: number, L: number, trans: Float32Array | Float64Array, allowed: Uint8Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) delta[y] = allowed[L * L + y] ? E[y]! + trans[L * L + y]! : -Infinity;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (!allowed[a * L + y]) continue;
        const s = delta[(t - 1) * L + a]! + trans[a * L + y]!;
        if (s > best) (best = s), (arg = a);
      }
      delta[t * L + y] = best + E[t * L + y]!;
      back[t * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) if (delta[(n - 1) * L + y]! > best) (best = delta[(n - 1) * L + y]!), (arg = y);
  out[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]!]!;
  return out;
}

/** A table of allowed transitions for `viterbi`. */
export function transitionMask(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const m = new Uint8Array((L + 1) * L);
  for (let a = -1; a < L; a++) for (let b = 0; b < L; b++) m[(a < 0 ? L : a) * L + b] = allowedTransition(labels, a, b) ? 1 : 0;
  return m;
}

function mix(x: number): number {
  // the keys are FNV hashes already; one multiply spreads their low bits for the power-of-two table
  return Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
}

// ---- (de)serialisation ----

/** Serialises a model: weights are quantised to int16 with one scale; near-zero rows are dropped by the caller. */
export function encodeModel(labels: readonly string[], keys: Uint32Array, W: Float32Array | Float64Array, trans: Float32Array | Float64Array, meta: Record<string, unknown>): string {
  const L = labels.length;
  const n = keys.length;
  let maxAbs = 0;
  for (let i = 0; i < W.length; i++) maxAbs = Math.max(maxAbs, Math.abs(W[i]!));
  const scale = maxAbs / 32767 || 1;
  const order = [...keys.keys()].sort((a, b) => keys[a]! - keys[b]!);
  const payload = new Uint8Array(n * 4 + n * L * 2 + (L + 1) * L * 4);
  const dv = new DataView(payload.buffer);
  let off = 0;
  let prev = 0;
  for (const r of order) {
    dv.setUint32(off, (keys[r]! - prev) >>> 0, true);
    prev = keys[r]!;
    off += 4;
  }
  for (let y = 0; y < L; y++)
    for (const r of order) {
      dv.setInt16(off, Math.round(W[r * L + y]! / scale), true);
      off += 2;
    }
  for (let i = 0; i < (L + 1) * L; i++) {
    dv.setFloat32(off, trans[i]!, true);
    off += 4;
  }
  const header: ModelHeader = { format: MODEL_FORMAT, labels: [...labels], features: n, scale, ...meta };
  return JSON.stringify(header) + '\n' + toBase64(deflateSync(payload, { level: 9 })) + '\n';
}

/** Parses a model file written by encodeModel. */
export function decodeModel(text: string): NerModel {
  const nl = text.indexOf('\n');
  if (nl < 0) throw new Error('entity model: not a rasid-ner model file');
  const header = JSON.parse(text.slice(0, nl)) as ModelHeader;
  if (header.format !== MODEL_FORMAT) throw new Error(`entity model: unknown format ${header.format}`);
  const payload = inflateSync(fromBase64(text.slice(nl + 1).trim()));
  const dv = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const n = header.features;
  const L = header.labels.length;
  if (payload.byteLength !== n * 4 + n * L * 2 + (L + 1) * L * 4) throw new Error('entity model: payload size does not match its header');
  const keys = new Uint32Array(n);
  let off = 0;
  let acc = 0;
  for (let r = 0; r < n; r++) {
    acc = (acc + dv.getUint32(off, true)) >>> 0;
    keys[r] = acc;
    off += 4;
  }
  const W = new Float32Array(n * L);
  for (let y = 0; y < L; y++)
    for (let r = 0; r < n; r++) {
      W[r * L + y] = dv.getInt16(off, true) * header.scale;
      off += 2;
    }
  const trans = new Float32Array((L + 1) * L);
  for (let i = 0; i < trans.length; i++) {
    trans[i] = dv.getFloat32(off, true);
    off += 4;
  }
  return new NerModel(header.labels, keys, W, trans, header);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Node's Buffer (the core runs in browsers too). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]! + (i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=') + (i + 2 < bytes.length ? B64[c & 63]! : '=');
    if (chunk.length >= 65536) parts.push(chunk), (chunk = '');
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) lookup[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const v = lookup[s.charCodeAt(i)]!;
    if (v < 0) throw new Error('entity model: bad base64');
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
