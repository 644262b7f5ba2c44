/**
 * String-keyed hash tables for the analyser's hot look-ups: KeyTable (any value: the stemmer's lists
 * and memo, the analyser's stem strings) and CountTable below (positive integers: the word counts, the
 * analyser's memo of word forms, the segmenter's exception lists).
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
/** The running hash of a string's units (what the tokenizer computes while it reads a word). */
export function hashUnits(s: string): number {
  let h = HASH_START;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
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
  if (s.length > COPY.length) COPY = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) COPY[i] = s.charCodeAt(i);
  let out = '';
  for (let i = 0; i < s.length; i += 4096) out += String.fromCharCode.apply(null, COPY.subarray(i, Math.min(s.length, i + 4096)) as unknown as number[]);
  return out;
}
let COPY = new Uint16Array(64);

/**
 * A string → positive-integer table for the analyser's hottest lookups (the word counts, the per-word
 * memo), laid out so that a lookup touches one cache line: each slot holds the key's hash, its value,
 * its length and, for keys of up to 10 UTF-16 units (nearly every Arabic word), the units themselves.
 * A KeyTable hit reads the slot, the key's units in the pool and the value: three places in memory,
 * each a likely cache miss in a table of 100,000 words. Longer keys sit in a pool, as there.
 *
 * Absent keys read as 0. Keys are looked up as built (a string), as a range of a text, or joined from
 * pieces (prefix + range + suffix) without building the string: the pieces are copied to a scratch buffer.
 *
 * With `filter`, a bit per hash value (about 16 bits per key, a few hundred kilobytes that stay in
 * cache) answers most look-ups of absent keys without touching the slots: the segmenter and the stemmer
 * ask for many candidate words that were never seen (زير, الت, موافقته…).
 */
export class CountTable {
  /** SLOT ints per slot: hash, value, length + 1 (0: empty slot), then INLINE units packed two per int (or the pool offset) */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private pool = new Uint16Array(256);
  private poolLen = 0;
  /** one bit per filter position (see filterBit), set for every key added; empty when not filtering */
  private bits: Int32Array;
  private bitsMask: number;

  constructor(capacity = 1024, filter = false) {
    let n = 16;
    while (n * LOAD < capacity) n <<= 1;
    this.slots = new Int32Array(SLOT * n);
    this.mask = n - 1;
    let words = 0;
    if (filter) for (words = 1; words * 32 < capacity * 16; ) words <<= 1;
    this.bits = new Int32Array(words);
    this.bitsMask = words - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, 0 when absent. */
  get(key: string): number {
    const len = key.length;
    const u = scratch(len);
    let h = HASH_START;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ (u[i] = key.charCodeAt(i)), 0x01000193);
    return this.lookup(len, finish(h));
  }

  /** The value of prefix + key, without building the string. */
  getJoined(prefix: string, key: string): number {
    return this.getAround(prefix, key, 0, key.length, '');
  }

  /** The value of text.slice(start, end); `rawHash` is hashUnits() of those units (a scanner computes it while reading). */
  getRange(text: string, start: number, end: number, rawHash: number): number {
    // compared with the text in place (the memo's look-up for every word of a text)
    const len = end - start;
    const fh = finish(rawHash) | 0;
    const mask = this.mask;
    const slots = this.slots;
    const tag = len + 1;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const b = SLOT * s;
      const t = slots[b + 2]!;
      if (t === 0) return 0;
      if (t !== tag || slots[b] !== fh) continue;
      let ok = true;
      if (len <= INLINE) {
        for (let i = 0; ok && i < len; i += 2) ok = slots[b + 3 + (i >> 1)] === (text.charCodeAt(start + i) | (i + 1 < len ? text.charCodeAt(start + i + 1) << 16 : 0));
      } else {
        const d = slots[b + 3]! - start;
        const pool = this.pool;
        for (let i = start; ok && i < end; i++) ok = pool[d + i] === text.charCodeAt(i);
      }
      if (ok) return slots[b + 1]!;
    }
  }

  /** The value of prefix + text.slice(start, end) + suffix, without building it. */
  getAround(prefix: string, text: string, start: number, end: number, suffix: string): number {
    const p = prefix.length;
    const len = p + (end - start) + suffix.length;
    const u = scratch(len);
    let h = HASH_START;
    let j = 0;
    for (let i = 0; i < p; i++) h = Math.imul(h ^ (u[j++] = prefix.charCodeAt(i)), 0x01000193);
    for (let i = start; i < end; i++) h = Math.imul(h ^ (u[j++] = text.charCodeAt(i)), 0x01000193);
    for (let i = 0; i < suffix.length; i++) h = Math.imul(h ^ (u[j++] = suffix.charCodeAt(i)), 0x01000193);
    return this.lookup(len, finish(h));
  }

  has(key: string): boolean {
    return this.get(key) > 0;
  }

  /** Sets the value of `key` (a positive integer below 2³¹). */
  set(key: string, value: number): void {
    const len = key.length;
    const u = scratch(len);
    let h = HASH_START;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ (u[i] = key.charCodeAt(i)), 0x01000193);
    const b = this.slotOf(len, finish(h) | 0);
    if (this.slots[b + 2] !== 0) {
      this.slots[b + 1] = value;
      return;
    }
    this.add(key, value);
  }

  /**
   * Adds a key known to be absent (a lookup just missed it). `rawHash`: hashUnits(key), when the caller
   * has it (the scanner computes it while reading a word).
   */
  add(key: string, value: number, rawHash?: number): void {
    if (this.count + 1 > (this.mask + 1) * LOAD) this.grow();
    const len = key.length;
    let h = HASH_START;
    if (rawHash === undefined) for (let i = 0; i < len; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    else h = rawHash;
    const fh = finish(h) | 0;
    const mask = this.mask;
    const slots = this.slots;
    let s = fh & mask;
    while (slots[SLOT * s + 2] !== 0) s = (s + 1) & mask;
    const b = SLOT * s;
    slots[b] = fh;
    slots[b + 1] = value;
    slots[b + 2] = len + 1;
    if (this.bitsMask >= 0) {
      const f = filterBit(fh);
      const w = (f >>> 5) & this.bitsMask;
      this.bits[w] = this.bits[w]! | (1 << (f & 31));
    }
    if (len <= INLINE) {
      for (let i = 0; i < len; i += 2) slots[b + 3 + (i >> 1)] = key.charCodeAt(i) | (i + 1 < len ? key.charCodeAt(i + 1) << 16 : 0);
    } else {
      const o = this.poolLen;
      if (o + len > this.pool.length) {
        const pool = new Uint16Array(Math.max(this.pool.length * 2, o + len));
        pool.set(this.pool.subarray(0, o));
        this.pool = pool;
      }
      for (let i = 0; i < len; i++) this.pool[o + i] = key.charCodeAt(i);
      this.poolLen = o + len;
      slots[b + 3] = o;
    }
    this.count++;
  }

  clear(): void {
    this.slots.fill(0);
    this.bits.fill(0);
    this.count = 0;
    this.poolLen = 0;
  }

  *entries(): IterableIterator<[string, number]> {
    const slots = this.slots;
    for (let b = 0; b < slots.length; b += SLOT) {
      const len = slots[b + 2]! - 1;
      if (len < 0) continue;
      let key = '';
      for (let i = 0; i < len; i++) key += String.fromCharCode(len <= INLINE ? (slots[b + 3 + (i >> 1)]! >>> ((i & 1) << 4)) & 0xffff : this.pool[slots[b + 3]! + i]!);
      yield [key, slots[b + 1]!];
    }
  }

  /** The value of the key in SCRATCH[0, len) with hash h (finished), 0 when absent. */
  private lookup(len: number, h: number): number {
    if (this.bitsMask >= 0) {
      const f = filterBit(h);
      if ((this.bits[(f >>> 5) & this.bitsMask]! & (1 << (f & 31))) === 0) return 0;
    }
    const b = this.slotOf(len, h | 0);
    return this.slots[b + 2] !== 0 ? this.slots[b + 1]! : 0;
  }

  /** The slot (its first int) holding the key in SCRATCH[0, len) with hash fh, or the empty slot where it would go. */
  private slotOf(len: number, fh: number): number {
    const mask = this.mask;
    const slots = this.slots;
    const u = SCRATCH;
    const tag = len + 1;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const b = SLOT * s;
      const t = slots[b + 2]!;
      if (t === 0) return b;
      if (t !== tag || slots[b] !== fh) continue;
      if (len <= INLINE) {
        let ok = true;
        for (let i = 0; ok && i < len; i += 2) ok = slots[b + 3 + (i >> 1)] === (u[i]! | (i + 1 < len ? u[i + 1]! << 16 : 0));
        if (ok) return b;
      } else {
        const o = slots[b + 3]!;
        const pool = this.pool;
        let ok = true;
        for (let i = 0; ok && i < len; i++) ok = pool[o + i] === u[i];
        if (ok) return b;
      }
    }
  }

  private grow(): void {
    const n = (this.mask + 1) * 2;
    this.slots = rehash(this.slots, n);
    this.mask = n - 1;
  }
}

/**
 * The slots of a CountTable moved to a table of n slots. (A function of its own: the engine compiles
 * its long loop while it runs, and the table's fields are set after it returns, not in that code.)
 */
function rehash(old: Int32Array, n: number): Int32Array {
  const slots = new Int32Array(SLOT * n);
  const mask = n - 1;
  for (let b = 0; b < old.length; b += SLOT) {
    if (old[b + 2] === 0) continue;
    let s = old[b]! & mask;
    while (slots[SLOT * s + 2] !== 0) s = (s + 1) & mask;
    for (let j = 0; j < SLOT; j++) slots[SLOT * s + j] = old[b + j]!;
  }
  return slots;
}

/** A filter position for a finished hash, mixed so that it does not follow the slot number (the hash's low bits). */
const filterBit = (h: number): number => Math.imul(h, 0x9e3779b1) >>> 7;

/** Ints per CountTable slot (32 bytes: two slots per cache line) and the key units kept in a slot. */
const SLOT = 8;
const INLINE = 10;
/** A CountTable grows beyond this share of its slots in use. */
const LOAD = 0.7;

/** Scratch buffer for the units of a key being looked up (JavaScript runs one lookup at a time). */
let SCRATCH = new Uint16Array(256);
function scratch(len: number): Uint16Array {
  if (len > SCRATCH.length) SCRATCH = new Uint16Array(len * 2);
  return SCRATCH;
}
