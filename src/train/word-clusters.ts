/**
 * Builds unsupervised word clusters for the entity labeller from the unlabelled SaudiNewsNet text:
 * directional co-occurrence counts (±2 words) → PPMI (context distribution smoothing, α = 0.75)
 * → randomised truncated SVD → unit-length word vectors → spherical k-means at several granularities.
 * Writes data/models/word-clusters.tsv: `word<TAB>c64<TAB>c256<TAB>c1024` (match keys, one word a line).
 *
 *   npm run build && node dist/train/word-clusters.js [--data ../shared/data/saudinewsnet/dataset] [--out data/models/word-clusters.tsv]
 *
 * Deterministic (seeded random numbers), about 3–5 minutes on one core.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainArgs } from './args.js';
import { deflateSync, unzipSync, strFromU8 } from 'fflate';
import { rawTokens } from '../text/tokenize.js';
import { matchKey } from '../text/normalize.js';
import { packageRoot } from '../node/resources.js';

const { values } = trainArgs('word-clusters', 'node dist/train/word-clusters.js [--data DIR] [--out FILE] [--max-words N] [--min-count N] [--contexts N] [--dim D] [--ks K1,K2,…] [--vectors FILE --vector-dim D [--vectors-only]]', {
  options: {
    data: { type: 'string', default: join(packageRoot, '..', 'shared', 'data', 'saudinewsnet', 'dataset') },
    out: { type: 'string', default: join(packageRoot, 'data', 'models', 'word-clusters.tsv') },
    'max-words': { type: 'string', default: '60000' },
    'min-count': { type: 'string', default: '5' },
    contexts: { type: 'string', default: '10000' },
    dim: { type: 'string', default: '128' },
    ks: { type: 'string', default: '64,256,1024' },
    /** also write the word vectors (their first N dimensions, unit length, int8) to this file */
    vectors: { type: 'string' },
    'vector-dim': { type: 'string', default: '64' },
    /** write the vectors only (no k-means, the clusters file untouched) */
    'vectors-only': { type: 'boolean', default: false },
  },
});

const MAX_WORDS = Number(values['max-words']);
const MIN_COUNT = Number(values['min-count']);
const N_CTX = Number(values.contexts);
const DIM = Number(values.dim);
const KS = values.ks!.split(',').map(Number);
const WINDOW = [-2, -1, 1, 2];
if (MAX_WORDS > 65535 || N_CTX * WINDOW.length > 65535) throw new Error('vocabulary too large for 16-bit packing');

let seed = 12345;
function rand(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function gauss(): number {
  const u = rand() || 1e-12;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
const log = (msg: string) => process.stderr.write(`[clusters ${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
const t0 = performance.now();

/** The key the labeller looks words up by (see ner-features.ts): match key, Latin lower-cased, digits → 0. */
function tokenKey(text: string, kind: string): string {
  if (kind === 'number') return '0';
  const k = matchKey(text);
  return kind === 'latin' ? k.toLowerCase() : k;
}

// 1. Read and tokenise the corpus.
const docs: string[][] = [];
for (const f of readdirSync(values.data!).filter((f) => f.endsWith('.zip')).sort()) {
  const zip = unzipSync(readFileSync(join(values.data!, f)));
  for (const name of Object.keys(zip).sort()) {
    const arr = JSON.parse(strFromU8(zip[name]!)) as Array<{ content?: string; title?: string }>;
    for (const a of arr) {
      const text = `${a.title ?? ''}\n${a.content ?? ''}`;
      docs.push(rawTokens(text).map((t) => tokenKey(t.text, t.kind)));
    }
  }
}
const counts = new Map<string, number>();
let nTokens = 0;
for (const d of docs) for (const w of d) counts.set(w, (counts.get(w) ?? 0) + 1), nTokens++;
log(`${docs.length} documents, ${nTokens} tokens, ${counts.size} types`);

// 2. Vocabulary: targets are the frequent words (any kind), contexts the most frequent tokens.
const byFreq = [...counts.entries()].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const words = byFreq.slice(0, MAX_WORDS).map(([w]) => w);
const id = new Map(words.map((w, i) => [w, i]));
const T = words.length;
const C = Math.min(N_CTX, T);
const CC = C * WINDOW.length;
log(`${T} target words, ${CC} directional contexts`);

// 3. Co-occurrence pairs packed as target << 16 | context, sorted and run-length counted.
let pairs = new Uint32Array(nTokens * WINDOW.length);
let np = 0;
for (const d of docs) {
  const ids = d.map((w) => id.get(w) ?? -1);
  for (let i = 0; i < ids.length; i++) {
    const t = ids[i]!;
    if (t < 0) continue;
    for (let k = 0; k < WINDOW.length; k++) {
      const j = i + WINDOW[k]!;
      if (j < 0 || j >= ids.length) continue;
      const c = ids[j]!;
      if (c < 0 || c >= C) continue;
      pairs[np++] = ((t << 16) | (k * C + c)) >>> 0;
    }
  }
}
docs.length = 0;
pairs = pairs.subarray(0, np).sort();
const rowPtr = new Int32Array(T + 1);
const colIdx: number[] = [];
const vals: number[] = [];
for (let i = 0; i < np; ) {
  const p = pairs[i]!;
  let j = i + 1;
  while (j < np && pairs[j] === p) j++;
  const t = p >>> 16;
  rowPtr[t + 1]!++;
  colIdx.push(p & 0xffff);
  vals.push(j - i);
  i = j;
}
for (let t = 0; t < T; t++) rowPtr[t + 1]! += rowPtr[t]!;
const nnz = colIdx.length;
const col = Int32Array.from(colIdx);
const val = Float32Array.from(vals);
log(`${np} pairs, ${nnz} distinct`);

// 4. PPMI with smoothed context distribution.
const rowSum = new Float64Array(T);
const colSum = new Float64Array(CC);
let total = 0;
for (let t = 0; t < T; t++)
  for (let p = rowPtr[t]!; p < rowPtr[t + 1]!; p++) {
    rowSum[t]! += val[p]!;
    colSum[col[p]!]! += val[p]!;
    total += val[p]!;
  }
let colAlpha = 0;
for (let c = 0; c < CC; c++) colAlpha += Math.pow(colSum[c]!, 0.75);
for (let t = 0; t < T; t++)
  for (let p = rowPtr[t]!; p < rowPtr[t + 1]!; p++) {
    const pc = Math.pow(colSum[col[p]!]!, 0.75) / colAlpha;
    const pmi = Math.log(val[p]! / rowSum[t]! / pc);
    val[p] = pmi > 0 ? pmi : 0;
  }

// 5. Randomised truncated SVD (Halko et al.): Y = (M Mᵀ)^q M Ω, Q = orth(Y), B = Qᵀ M, eig(B Bᵀ).
const K = DIM + 16;
/** M (T×CC) · X (CC×k) → T×k, or with `transposed` Mᵀ (CC×T) · X (T×k) → CC×k; row-major, sparse M. */
function mulSparse(X: Float64Array, k: number, transposed: boolean): Float64Array {
  const out = new Float64Array((transposed ? CC : T) * k);
  for (let t = 0; t < T; t++) {
    for (let p = rowPtr[t]!; p < rowPtr[t + 1]!; p++) {
      const v = val[p]!;
      if (v === 0) continue;
      const o = (transposed ? col[p]! : t) * k;
      const x = (transposed ? t : col[p]!) * k;
      for (let j = 0; j < k; j++) out[o + j]! += v * X[x + j]!;
    }
  }
  return out;
}
const mulM = (X: Float64Array, k: number) => mulSparse(X, k, false);
const mulMt = (Y: Float64Array, k: number) => mulSparse(Y, k, true);
function orthonormalize(Y: Float64Array, n: number, k: number): void {
  // modified Gram–Schmidt on the k columns of the n×k row-major matrix Y
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0;
      for (let r = 0; r < n; r++) d += Y[r * k + i]! * Y[r * k + j]!;
      for (let r = 0; r < n; r++) Y[r * k + j]! -= d * Y[r * k + i]!;
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += Y[r * k + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) Y[r * k + j]! /= norm;
  }
}
const omega = new Float64Array(CC * K);
for (let i = 0; i < omega.length; i++) omega[i] = gauss();
let Q = mulM(omega, K);
orthonormalize(Q, T, K);
for (let q = 0; q < 2; q++) {
  const Z = mulMt(Q, K);
  orthonormalize(Z, CC, K);
  Q = mulM(Z, K);
  orthonormalize(Q, T, K);
  log(`power iteration ${q + 1}`);
}
const Bt = mulMt(Q, K); // CC×K = (Qᵀ M)ᵀ
const G = new Float64Array(K * K); // B Bᵀ
for (let c = 0; c < CC; c++) {
  const o = c * K;
  for (let i = 0; i < K; i++) {
    const bi = Bt[o + i]!;
    if (bi === 0) continue;
    for (let j = i; j < K; j++) G[i * K + j]! += bi * Bt[o + j]!;
  }
}
for (let i = 0; i < K; i++) for (let j = 0; j < i; j++) G[i * K + j] = G[j * K + i]!;
const { values: eig, vectors: V } = jacobiEigen(G, K);
const order = [...eig.keys()].sort((a, b) => eig[b]! - eig[a]!).slice(0, DIM);
// word vectors: Q · V[:, order] · S^0.5, S = sqrt(eig) → scale eig^0.25; then unit length
const E = new Float32Array(T * DIM);
for (let t = 0; t < T; t++) {
  let norm = 0;
  for (let d = 0; d < DIM; d++) {
    const e = order[d]!;
    let s = 0;
    for (let i = 0; i < K; i++) s += Q[t * K + i]! * V[i * K + e]!;
    s *= Math.pow(Math.max(eig[e]!, 0), 0.25);
    E[t * DIM + d] = s;
    norm += s * s;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) E[t * DIM + d]! /= norm;
}
log(`SVD done (top singular values ${order.slice(0, 3).map((e) => Math.sqrt(eig[e]!).toFixed(1)).join(', ')})`);

// 5b. Word vectors for the labeller's dense features (optional): the first VD dimensions (largest singular
// values first), unit length again, quantised to int8. Line 1: JSON header; line 2: the words, tab-separated;
// line 3: base64 of the deflated int8 matrix (row-major, one row a word).
if (values.vectors) {
  const VD = Math.min(DIM, Number(values['vector-dim']));
  const q = new Int8Array(T * VD);
  for (let t = 0; t < T; t++) {
    let norm = 0;
    for (let d = 0; d < VD; d++) norm += E[t * DIM + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < VD; d++) q[t * VD + d] = Math.max(-127, Math.min(127, Math.round((E[t * DIM + d]! / norm) * 127)));
  }
  const header = { format: 'rasid-word-vectors/1', dim: VD, words: T, scale: 1 / 127, built: 'node dist/train/word-clusters.js --vectors FILE --vector-dim ' + VD, data: 'SaudiNewsNet' };
  writeFileSync(values.vectors, JSON.stringify(header) + '\n' + words.join('\t') + '\n' + Buffer.from(deflateSync(new Uint8Array(q.buffer), { level: 9 })).toString('base64') + '\n');
  log(`wrote ${values.vectors} (${T} words × ${VD})`);
  if (values['vectors-only']) process.exit(0);
}

// 6. Spherical k-means at each granularity.
const assignments = KS.map((k) => kmeans(k));
const lines = ['# word clusters: word<TAB>' + KS.map((k) => `c${k}`).join('<TAB>') + ' — built by dist/train/word-clusters.js from SaudiNewsNet (see data/models/README.md)'];
for (let t = 0; t < T; t++) lines.push([words[t], ...assignments.map((a) => a[t])].join('\t'));
writeFileSync(values.out!, lines.join('\n') + '\n');
log(`wrote ${values.out} (${T} words)`);

function kmeans(k: number): Int32Array {
  const cent = new Float32Array(k * DIM);
  // initialise from k distinct words spread over the frequency ranks
  for (let c = 0; c < k; c++) {
    const t = Math.floor(rand() * T);
    for (let d = 0; d < DIM; d++) cent[c * DIM + d] = E[t * DIM + d]!;
  }
  const assign = new Int32Array(T).fill(-1);
  for (let iter = 0; iter < 12; iter++) {
    let changed = 0;
    for (let t = 0; t < T; t++) {
      let best = 0;
      let bestS = -Infinity;
      const eo = t * DIM;
      for (let c = 0; c < k; c++) {
        const co = c * DIM;
        let s = 0;
        for (let d = 0; d < DIM; d++) s += E[eo + d]! * cent[co + d]!;
        if (s > bestS) (bestS = s), (best = c);
      }
      if (assign[t] !== best) changed++, (assign[t] = best);
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let t = 0; t < T; t++) {
      const co = assign[t]! * DIM;
      size[assign[t]!]!++;
      for (let d = 0; d < DIM; d++) cent[co + d]! += E[t * DIM + d]!;
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        const t = Math.floor(rand() * T); // re-seed an empty cluster
        for (let d = 0; d < DIM; d++) cent[c * DIM + d] = E[t * DIM + d]!;
        continue;
      }
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += cent[c * DIM + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) cent[c * DIM + d]! /= norm;
    }
    log(`k=${k} iteration ${iter + 1}: ${changed} moved`);
    if (changed < T / 500) break;
  }
  return assign;
}

/** Eigen-decomposition of a symmetric n×n matrix (cyclic Jacobi); columns of `vectors` are eigenvectors. */
function jacobiEigen(A0: Float64Array, n: number): { values: number[]; vectors: Float64Array } {
  const A = Float64Array.from(A0);
  const Vm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Vm[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p * n + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * n + q]! - A[p * n + p]!) / (2 * apq);
        const tt = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(tt * tt + 1);
        const s = tt * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = Vm[k * n + p]!;
          const vkq = Vm[k * n + q]!;
          Vm[k * n + p] = c * vkp - s * vkq;
          Vm[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(A[i * n + i]!);
  return { values, vectors: Vm };
}
