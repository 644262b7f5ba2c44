/**
 * Arabic normalisation with an offset map back to the original text.
 *
 * Two keys:
 * - the *match* key, for every matching step: NFKC presentation forms (ﻻ → لا), tatweel, harakat
 *   (U+064B–U+0652), superscript alef (U+0670), bidi and zero-width marks removed;
 *   أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ ئ → ء; ی ک → ي ك; Arabic-Indic and Persian digits → ASCII.
 *   So «إجلاء» and «اجلاء», «مدرسة» and «مدرسه», «مصطفى» and «مصطفي» share a key.
 * - the *display* key: the same clean-up but keeping hamza forms, ة and ى (for readable output).
 *
 * Arabic punctuation (، ؛ ؟ « ») is kept as it is; the number separators ٫ ٬ and the sign ٪
 * become . , % so that ٢٫٥ and 2.5 share a key.
 *
 * Both keys work per UTF-16 unit through a lookup table (this is the hot path of every analysis),
 * with one contextual rule: a combining hamza (U+0654/U+0655, decomposed text) fuses with the
 * letter before it, so «و» + U+0654 gets the key of «ؤ».
 */

export interface Normalized {
  /** the normalised text */
  text: string;
  /** for each UTF-16 unit of `text`, the offset in the original where its source starts */
  starts: Int32Array;
  /** for each UTF-16 unit of `text`, the offset in the original where its source ends */
  ends: Int32Array;
}

// Table entries: KEEP, REMOVE, NFKC (look the expansion up), HAMZA (combining hamza or madda, see
// above) or the replacement code unit itself (always ≥ 0x20).
const KEEP = 0;
const REMOVE = 1;
const NFKC = 2;
const HAMZA = 3;

function buildTable(match: boolean): Uint16Array {
  const t = new Uint16Array(0x10000);
  const set = (from: number, to: number, v: number) => {
    for (let c = from; c <= to; c++) t[c] = v;
  };
  // Removed from both keys.
  set(0x064b, 0x065f, REMOVE); // harakat (ً ٌ ٍ َ ُ ِ ّ ْ) and other Arabic combining marks: مُحَمَّد → محمد
  set(0x0653, 0x0655, HAMZA); // madda, hamza above/below as combining marks (decomposed أ ؤ إ)
  t[0x0670] = REMOVE; // superscript alef: هٰذا → هذا
  t[0x0640] = REMOVE; // tatweel: كـبير → كبير
  set(0x0610, 0x061a, REMOVE); // Quranic honorifics
  set(0x06d6, 0x06dc, REMOVE); // Quranic annotation marks
  set(0x06df, 0x06e4, REMOVE);
  set(0x06e7, 0x06e8, REMOVE);
  set(0x06ea, 0x06ed, REMOVE);
  set(0x200b, 0x200f, REMOVE); // zero width space, ZWNJ, ZWJ, LRM, RLM
  set(0x202a, 0x202e, REMOVE); // bidi embeddings and overrides
  set(0x2066, 0x2069, REMOVE); // bidi isolates
  t[0x061c] = REMOVE; // Arabic letter mark
  t[0xfeff] = REMOVE; // BOM / zero-width no-break space
  t[0x00ad] = REMOVE; // soft hyphen
  // Compatibility forms folded by NFKC: Arabic presentation forms A and B (ﻻ → لا, ﺍﻟﻠﻪ), full-width ASCII.
  set(0xfb50, 0xfdff, NFKC);
  set(0xfe70, 0xfefe, NFKC);
  set(0xff01, 0xff5e, NFKC);
  // Digits (both keys): ٠–٩ and ۰–۹ → 0–9; the Arabic decimal and thousands separators and percent sign.
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  t[0x066b] = 0x2e; // ٫ → .
  t[0x066c] = 0x2c; // ٬ → ,
  t[0x066a] = 0x25; // ٪ → %
  // Persian and Urdu letter shapes → Arabic ones (both keys): ک → ك, ی → ي, ہ ە → ه.
  t[0x06a9] = 0x0643;
  t[0x06cc] = 0x064a;
  t[0x06c1] = 0x0647;
  t[0x06d5] = 0x0647;
  if (match) {
    t[0x0623] = 0x0627; // أ → ا
    t[0x0625] = 0x0627; // إ → ا
    t[0x0622] = 0x0627; // آ → ا
    t[0x0671] = 0x0627; // ٱ (wasla) → ا
    t[0x0672] = 0x0627; // ٲ
    t[0x0673] = 0x0627; // ٳ
    t[0x0649] = 0x064a; // ى → ي: مصطفى → مصطفي
    t[0x0629] = 0x0647; // ة → ه: مدرسة → مدرسه
    t[0x06c3] = 0x0647; // ۃ (Urdu ta marbuta) → ه
    t[0x06c0] = 0x0647; // ۀ → ه
    t[0x0624] = 0x0621; // ؤ → ء: مسؤول → مسءول
    t[0x0626] = 0x0621; // ئ → ء: رئيس → رءيس
  }
  return t;
}

const MATCH_TABLE = buildTable(true);
const DISPLAY_TABLE = buildTable(false);

/** The key of a compatibility character: its NFKC form run through the same table. */
const nfkcCache = [new Map<number, string>(), new Map<number, string>()];
function nfkcKey(c: number, table: Uint16Array): string {
  const cache = nfkcCache[table === MATCH_TABLE ? 0 : 1]!;
  let s = cache.get(c);
  if (s !== undefined) return s;
  const nf = String.fromCharCode(c).normalize('NFKC');
  s = '';
  for (let k = 0; k < nf.length; k++) {
    const d = nf.charCodeAt(k);
    const v = table[d]!;
    if (v === KEEP) s += nf[k];
    else if (v >= 0x20) s += String.fromCharCode(v);
    // REMOVE / HAMZA: marks dropped (a composed letter is never produced here)
  }
  // Isolated harakat forms (ﹰ U+FE70 …) decompose to a space + mark: they stand for the mark alone.
  if (s === ' ' && nf.length > 1) s = '';
  cache.set(c, s);
  return s;
}

/**
 * The code unit a combining hamza or madda fuses into with the letter before it, or -1.
 * Decomposed text writes أ as ا + U+0654, ؤ as و + U+0654, ئ as ي + U+0654, آ as ا + U+0653.
 */
function fuseHamza(prev: number, mark: number, match: boolean): number {
  if (prev === 0x0627 /* ا */) {
    if (match) return 0x0627;
    return mark === 0x0654 ? 0x0623 : mark === 0x0655 ? 0x0625 : 0x0622;
  }
  if (mark !== 0x0654) return -1;
  if (prev === 0x0648 /* و */) return match ? 0x0621 : 0x0624;
  if (prev === 0x064a /* ي */ || prev === 0x0649 /* ى */) return match ? 0x0621 : 0x0626;
  return -1;
}

function normalizeWithMap(input: string, table: Uint16Array): Normalized {
  const match = table === MATCH_TABLE;
  const n = input.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let len = 0;
  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need);
    const o = new Uint16Array(cap);
    o.set(out);
    out = o;
    const s = new Int32Array(cap);
    s.set(starts);
    starts = s;
    const e = new Int32Array(cap);
    e.set(ends);
    ends = e;
  };
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const v = table[c]!;
    if (v === KEEP || v >= 0x20) {
      if (len === cap) grow(1); // only after an NFKC expansion (ﷺ is 18 units)
      out[len] = v === KEEP ? c : v;
      starts[len] = i;
      ends[len++] = i + 1;
    } else if (v === NFKC) {
      const s = nfkcKey(c, table);
      grow(s.length);
      for (let k = 0; k < s.length; k++) {
        out[len] = s.charCodeAt(k);
        starts[len] = i;
        ends[len++] = i + 1;
      }
    } else if (v === HAMZA && len > 0) {
      const f = fuseHamza(out[len - 1]!, c, match);
      if (f >= 0) {
        out[len - 1] = f;
        ends[len - 1] = i + 1;
      }
    }
  }
  return { text: unitsToString(out, len), starts: starts.slice(0, len), ends: ends.slice(0, len) };
}

/**
 * Where each UTF-16 unit of the match key of `input` starts in `input` (normalize(input).starts without
 * building the key or any array): written to `starts`, which the caller reuses. Returns the key's length,
 * or -1 when `starts` is too short.
 */
export function matchKeyStarts(input: string, starts: Int32Array): number {
  const table = MATCH_TABLE;
  const cap = starts.length;
  let len = 0;
  let last = 0; // the last unit of the key so far (a combining hamza fuses with it)
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const v = table[c]!;
    if (v === KEEP || v >= 0x20) {
      if (len === cap) return -1;
      last = v === KEEP ? c : v;
      starts[len++] = i;
    } else if (v === NFKC) {
      const s = nfkcKey(c, table);
      if (len + s.length > cap) return -1;
      for (let k = 0; k < s.length; k++) starts[len++] = i;
      if (s.length) last = s.charCodeAt(s.length - 1);
    } else if (v === HAMZA && len > 0) {
      const f = fuseHamza(last, c, true);
      if (f >= 0) last = f;
    }
  }
  return len;
}

/** Chunked fromCharCode so that long texts do not overflow the argument limit. */
function unitsToString(units: Uint16Array, len: number): string {
  if (len <= 4096) return String.fromCharCode.apply(null, units.subarray(0, len) as unknown as number[]);
  let s = '';
  for (let i = 0; i < len; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return s;
}

/** The key alone, without an offset map (the fast path). */
function keyOf(input: string, table: Uint16Array): string {
  const n = input.length;
  let i = 0;
  while (i < n && table[input.charCodeAt(i)] === KEEP) i++;
  if (i === n) return input; // nothing to change: no allocation
  const match = table === MATCH_TABLE;
  let out = input.slice(0, i);
  let runStart = i;
  // Copy unchanged runs by slicing; rebuild only at the characters that change.
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    const v = table[c]!;
    if (v === KEEP) continue;
    if (runStart < i) out += input.slice(runStart, i);
    runStart = i + 1;
    if (v >= 0x20) out += String.fromCharCode(v);
    else if (v === NFKC) out += nfkcKey(c, table);
    else if (v === HAMZA && out.length > 0) {
      const f = fuseHamza(out.charCodeAt(out.length - 1), c, match);
      if (f >= 0) out = out.slice(0, -1) + String.fromCharCode(f);
    }
  }
  if (runStart < n) out += input.slice(runStart);
  return out;
}

/** The match key of a text, with its offset map. */
export function normalize(input: string): Normalized {
  return normalizeWithMap(input, MATCH_TABLE);
}

/** The display key of a text, with its offset map. */
export function normalizeDisplay(input: string): Normalized {
  return normalizeWithMap(input, DISPLAY_TABLE);
}

/**
 * The match key alone (fast path, no offset map): the one function every lookup uses.
 * matchKey('الإجْلاء') === matchKey('الاجلاء')
 */
export function matchKey(input: string): string {
  return keyOf(input, MATCH_TABLE);
}

/** The display key alone: keeps hamza, ة and ى; removes marks; ASCII digits. */
export function displayKey(input: string): string {
  return keyOf(input, DISPLAY_TABLE);
}

/**
 * Maps a span [start, end) of the normalised text back to the original text.
 * An empty span maps to the position where it would sit.
 */
export function toOriginal(n: Normalized, start: number, end: number, originalLength?: number): { start: number; end: number } {
  const len = n.text.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = start < len ? n.starts[start]! : (originalLength ?? n.ends[len - 1]!);
  const e = end > start && end > 0 ? n.ends[Math.min(end, len) - 1]! : s;
  return { start: s, end: Math.max(s, e) };
}

/** True for the code units the match key drops (useful to tokenizers deciding word extents). */
export function isIgnorableMark(c: number): boolean {
  const v = MATCH_TABLE[c]!;
  return v === REMOVE || v === HAMZA;
}
