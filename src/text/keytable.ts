/**
 * A string-keyed hash table for the analyser's hot lookups (word counts, stem memo).
 *
 * Why not a Map: tokens are fresh substrings of the text, and V8 looks a non-internalised string key
 * up in its string table (a runtime call) on every Map.get — several hundred nanoseconds per lookup.
 * Hashing the UTF-16 units in JavaScript and comparing with === is several times faster, and lets a
 * key be looked up as the concatenation of two strings without building it (ال + word).
 */
export class KeyTable<V> {
  private vals: V[] = [];
  /** where each entry's key ends in `pool` (entry i starts where entry i - 1 ends) */
  private ends: number[] = [];
  /**
   * Open addressing with linear probing, four ints per slot: the entry's hash, its index (-1: empty),
   * and where its key's units sit in `pool` (offset, length). A probe reads one cache line, touches a
   * key only when the hashes agree, and then reads its units from one typed array (no string header,
   * no keys[] array on the way): a hit costs two memory reads before the value.
   */
  private slots: Int32Array;
  private mask: number;
  /** The keys' UTF-16 units one after another, in insertion order (frequent words, seen first, sit together). */
  private pool = new Uint16Array(1024);
  private poolLen = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.slots = new Int32Array(4 * n).fill(-1);
    this.mask = n - 1;
  }

  get size(): number {
    return this.vals.length;
  }

  get(key: string): V | undefined {
    const i = this.find('', key);
    return i >= 0 ? this.vals[i] : undefined;
  }

  /** The value of the key prefix + key, without building the string. */
  getJoined(prefix: string, key: string): V | undefined {
    const i = this.find(prefix, key);
    return i >= 0 ? this.vals[i] : undefined;
  }

  /**
   * The value of the key text.slice(start, end), without slicing. `rawHash` is hashUnits() of those units
   * (a scanner can compute it while it reads the word).
   */
  getRange(text: string, start: number, end: number, rawHash: number): V | undefined {
    const i = this.findRange(text, start, end, finish(rawHash));
    return i >= 0 ? this.vals[i] : undefined;
  }

  /** The value of the key text.slice(start, end), hashed here (no substring is built). */
  getSlice(text: string, start: number, end: number): V | undefined {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const i = this.findRange(text, start, end, finish(h));
    return i >= 0 ? this.vals[i] : undefined;
  }

  /** The value of the key prefix + text.slice(start, end) + suffix, without building it. */
  getAround(prefix: string, text: string, start: number, end: number, suffix: string): V | undefined {
    let h = HASH_START;
    for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let i = 0; i < suffix.length; i++) h = Math.imul(h ^ suffix.charCodeAt(i), 0x01000193);
    const fh = finish(h) | 0;
    const p = prefix.length;
    const len = p + (end - start) + suffix.length;
    const mask = this.mask;
    const slots = this.slots;
    const pool = this.pool;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const b = 4 * s;
      if (slots[b + 1]! < 0) return undefined;
      if (slots[b] !== fh || slots[b + 3] !== len) continue;
      const o = slots[b + 2]!;
      let ok = true;
      for (let i = 0; ok && i < p; i++) ok = pool[o + i] === prefix.charCodeAt(i);
      const a = o + p - start;
      for (let i = start; ok && i < end; i++) ok = pool[a + i] === text.charCodeAt(i);
      const q = o + p + end - start;
      for (let i = 0; ok && i < suffix.length; i++) ok = pool[q + i] === suffix.charCodeAt(i);
      if (ok) return this.vals[slots[b + 1]!];
    }
  }

  has(key: string): boolean {
    return this.find('', key) >= 0;
  }

  set(key: string, value: V): void {
    const i = this.find('', key);
    if (i >= 0) {
      this.vals[i] = value;
      return;
    }
    this.add(key, value);
  }

  /** Adds a key known to be absent (a miss of get/getRange just before): no second probe for it. */
  add(key: string, value: V): void {
    if ((this.vals.length + 1) * 2 > this.mask + 1) this.grow();
    const idx = this.vals.length;
    this.vals.push(value);
    const o = this.poolLen;
    if (o + key.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, o + key.length));
      pool.set(this.pool.subarray(0, o));
      this.pool = pool;
    }
    for (let i = 0; i < key.length; i++) this.pool[o + i] = key.charCodeAt(i);
    this.poolLen = o + key.length;
    this.ends.push(this.poolLen);
    this.insert(hash('', key), idx, o, key.length);
  }

  clear(): void {
    this.vals = [];
    this.ends = [];
    this.poolLen = 0;
    this.slots.fill(-1);
  }

  *entries(): IterableIterator<[string, V]> {
    // the keys are kept as units only (no string per entry for the collector to trace)
    for (let i = 0; i < this.vals.length; i++) {
      const from = i > 0 ? this.ends[i - 1]! : 0;
      let key = '';
      for (let j = from; j < this.ends[i]!; j++) key += String.fromCharCode(this.pool[j]!);
      yield [key, this.vals[i]!];
    }
  }

  private findRange(text: string, start: number, end: number, h: number): number {
    const fh = h | 0;
    const len = end - start;
    const mask = this.mask;
    const slots = this.slots;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const b = 4 * s;
      const idx = slots[b + 1]!;
      if (idx < 0) return -1;
      if (slots[b] === fh && slots[b + 3] === len && rangeEquals(this.pool, slots[b + 2]!, text, start, len)) return idx;
    }
  }

  private find(prefix: string, key: string): number {
    const fh = hash(prefix, key) | 0;
    const len = prefix.length + key.length;
    const mask = this.mask;
    const slots = this.slots;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const b = 4 * s;
      const idx = slots[b + 1]!;
      if (idx < 0) return -1;
      if (slots[b] === fh && slots[b + 3] === len && joinedEquals(this.pool, slots[b + 2]!, prefix, key)) return idx;
    }
  }

  private insert(h: number, idx: number, off: number, len: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let s = h & mask;
    while (slots[4 * s + 1]! >= 0) s = (s + 1) & mask;
    const b = 4 * s;
    slots[b] = h | 0;
    slots[b + 1] = idx;
    slots[b + 2] = off;
    slots[b + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    const n = (this.mask + 1) * 2;
    this.slots = new Int32Array(4 * n).fill(-1);
    this.mask = n - 1;
    for (let b = 0; b < old.length; b += 4) if (old[b + 1]! >= 0) this.insert(old[b]! >>> 0, old[b + 1]!, old[b + 2]!, old[b + 3]!);
  }
}

/** The FNV-1a offset basis: start a running hash with it, then step it with hashStep for each unit. */
export const HASH_START = 0x811c9dc5;
/** One FNV-1a step over a UTF-16 unit. */
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
const finish = (h: number): number => (h ^ (h >>> 15)) >>> 0;

/** FNV-1a over the UTF-16 units of prefix + key. */
function hash(prefix: string, key: string): number {
  let h = HASH_START;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return finish(h);
}

function rangeEquals(pool: Uint16Array, o: number, text: string, start: number, len: number): boolean {
  const d = o - start;
  for (let i = start; i < start + len; i++) if (pool[d + i] !== text.charCodeAt(i)) return false;
  return true;
}

function joinedEquals(pool: Uint16Array, o: number, prefix: string, key: string): boolean {
  const p = prefix.length;
  for (let i = 0; i < p; i++) if (pool[o + i] !== prefix.charCodeAt(i)) return false;
  const q = o + p;
  for (let i = 0; i < key.length; i++) if (pool[q + i] !== key.charCodeAt(i)) return false;
  return true;
}

/**
 * A copy of s that does not keep a larger string alive: V8 makes substrings of 13 units or more
 * views into their parent, so a memo keyed by a token's text would pin the whole text it came from.
 */
export function ownCopy(s: string): string {
  if (s.length < 13) return s;
  let out = '';
  for (let i = 0; i < s.length; i += 4096) out += String.fromCharCode.apply(null, Array.from({ length: Math.min(4096, s.length - i) }, (_, k) => s.charCodeAt(i + k)));
  return out;
}
