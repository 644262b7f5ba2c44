/**
 * A string-keyed hash table for the analyser's hot lookups (word counts, stem memo).
 *
 * Why not a Map: tokens are fresh substrings of the text, and V8 looks a non-internalised string key
 * up in its string table (a runtime call) on every Map.get — several hundred nanoseconds per lookup.
 * Hashing the UTF-16 units in JavaScript and comparing with === is several times faster, and lets a
 * key be looked up as the concatenation of two strings without building it (ال + word).
 */
export class KeyTable<V> {
  private keys: string[] = [];
  private vals: V[] = [];
  /**
   * Open addressing with linear probing, two ints per slot: the entry's index (-1: empty) and its
   * hash, so that a probe reads one cache line and touches a key's characters only when the hashes agree.
   */
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.slots = new Int32Array(2 * n).fill(-1);
    this.mask = n - 1;
  }

  get size(): number {
    return this.keys.length;
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
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const idx = slots[2 * s]!;
      if (idx < 0) return undefined;
      if (slots[2 * s + 1] !== fh) continue;
      const k = this.keys[idx]!;
      if (k.length !== len) continue;
      let ok = true;
      for (let i = 0; ok && i < p; i++) ok = k.charCodeAt(i) === prefix.charCodeAt(i);
      for (let i = start; ok && i < end; i++) ok = k.charCodeAt(p + i - start) === text.charCodeAt(i);
      const q = p + end - start;
      for (let i = 0; ok && i < suffix.length; i++) ok = k.charCodeAt(q + i) === suffix.charCodeAt(i);
      if (ok) return this.vals[idx];
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
    if ((this.keys.length + 1) * 2 > this.mask + 1) this.grow();
    const idx = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.insert(hash('', key), idx);
  }

  clear(): void {
    this.keys = [];
    this.vals = [];
    this.slots.fill(-1);
  }

  *entries(): IterableIterator<[string, V]> {
    for (let i = 0; i < this.keys.length; i++) yield [this.keys[i]!, this.vals[i]!];
  }

  private findRange(text: string, start: number, end: number, h: number): number {
    const fh = h | 0;
    const len = end - start;
    const mask = this.mask;
    const slots = this.slots;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const idx = slots[2 * s]!;
      if (idx < 0) return -1;
      if (slots[2 * s + 1] !== fh) continue;
      const k = this.keys[idx]!;
      if (k.length === len && rangeEquals(k, text, start, len)) return idx;
    }
  }

  private find(prefix: string, key: string): number {
    const fh = hash(prefix, key) | 0;
    const len = prefix.length + key.length;
    const mask = this.mask;
    const slots = this.slots;
    for (let s = fh & mask; ; s = (s + 1) & mask) {
      const idx = slots[2 * s]!;
      if (idx < 0) return -1;
      if (slots[2 * s + 1] !== fh) continue;
      const k = this.keys[idx]!;
      if (k.length === len && (prefix ? joinedEquals(k, prefix, key) : k === key)) return idx;
    }
  }

  private insert(h: number, idx: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let s = h & mask;
    while (slots[2 * s]! >= 0) s = (s + 1) & mask;
    slots[2 * s] = idx;
    slots[2 * s + 1] = h | 0;
  }

  private grow(): void {
    const n = (this.mask + 1) * 2;
    this.slots = new Int32Array(2 * n).fill(-1);
    this.mask = n - 1;
    for (let i = 0; i < this.keys.length; i++) this.insert(hash('', this.keys[i]!), i);
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

function rangeEquals(k: string, text: string, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (k.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function joinedEquals(k: string, prefix: string, key: string): boolean {
  const p = prefix.length;
  for (let i = 0; i < p; i++) if (k.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  for (let i = 0; i < key.length; i++) if (k.charCodeAt(p + i) !== key.charCodeAt(i)) return false;
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
