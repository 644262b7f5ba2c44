/**
 * MinHash signatures and LSH banding over sets of strings (word shingles).
 * Two signatures agree at a position with probability equal to the Jaccard similarity of the sets,
 * so the fraction of equal positions estimates it; LSH bands let a store find candidates by lookup.
 */

/** 32-bit FNV-1a of a string (UTF-16 code units). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mixer, used as the k-th hash function with a per-k seed. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS: number[] = [];
function seed(k: number): number {
  while (SEEDS.length <= k) SEEDS.push(mix(0x9e3779b9 + SEEDS.length * 0x7f4a7c15));
  return SEEDS[k]!;
}

/** The MinHash signature (k values) of a set of strings; an empty set gives all 0xffffffff. */
export function minhash(items: Iterable<string>, k: number): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  const seeds = Array.from({ length: k }, (_, i) => seed(i));
  for (const item of items) {
    const h = fnv1a(item);
    for (let i = 0; i < k; i++) {
      const v = mix(h ^ seeds[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / n;
}

/**
 * LSH band keys: the signature cut into `bands` bands of equal rows, each hashed to a signed 32-bit
 * integer (fits an SQL INTEGER). Two sets with Jaccard s share at least one band with probability
 * 1 - (1 - s^rows)^bands.
 */
export function bandKeys(sig: ArrayLike<number>, bands: number): number[] {
  const rows = Math.floor(sig.length / bands);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = mix(h ^ sig[b * rows + r]!);
    keys.push(h | 0);
  }
  return keys;
}

/** Word n-grams joined by a space (the whole list when it is shorter than n). */
export function shingles(words: string[], n: number): Set<string> {
  const out = new Set<string>();
  if (words.length < n) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

export function signatureToBytes(sig: Uint32Array): Uint8Array {
  return new Uint8Array(sig.buffer.slice(sig.byteOffset, sig.byteOffset + sig.byteLength));
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
