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
 * Arabic punctuation (، ؛ ؟) is kept as it is.
 */

export interface Normalized {
  /** the normalised text */
  text: string;
  /** for each UTF-16 unit of `text`, the offset in the original where its source starts */
  starts: Int32Array;
  /** for each UTF-16 unit of `text`, the offset in the original where its source ends */
  ends: Int32Array;
}

const enum Kind {
  Match = 0,
  Display = 1,
}

/** Marks removed from both keys: harakat, superscript alef, tatweel, Quranic marks, bidi and zero-width marks. */
function isRemoved(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat and other Arabic combining marks
    c === 0x0670 || // superscript alef: هٰذا → هذا
    c === 0x0640 || // tatweel: كـبير → كبير
    (c >= 0x0610 && c <= 0x061a) || // Quranic honorifics
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || // zero-width, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x061c || // Arabic letter mark
    c === 0xfeff // BOM / zero-width no-break space
  );
}

/** Letter folding for the match key; returns the replacement code unit or -1 to keep. */
function foldMatch(c: number): number {
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
    case 0x0672: // ٲ
    case 0x0673: // ٳ
      return 0x0627; // ا
    case 0x0649: // ى
    case 0x06cc: // ی Persian yeh
    case 0x064a:
      return 0x064a; // ي
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x0624: // ؤ
    case 0x0626: // ئ
      return 0x0621; // ء
    case 0x06a9: // ک Persian kaf
      return 0x0643; // ك
    default:
      return foldCommon(c);
  }
}

/** Folding shared by both keys: digits to ASCII, Persian letter shapes to Arabic ones. */
function foldCommon(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // ٠–٩
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30; // ۰–۹
  if (c === 0x06cc) return 0x064a; // ی → ي
  if (c === 0x06a9) return 0x0643; // ک → ك
  return -1;
}

/** Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and other compatibility characters need NFKC. */
function needsNfkc(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) || (c >= 0xff01 && c <= 0xff5e);
}

function normalizeWithMap(input: string, kind: Kind): Normalized {
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (c: number, s: number, e: number) => {
    // NFKC may produce marks or foldable letters: run them through the same rules.
    if (isRemoved(c)) return;
    const f = kind === Kind.Match ? foldMatch(c) : foldCommon(c);
    out.push(f >= 0 ? f : c);
    starts.push(s);
    ends.push(e);
  };
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (needsNfkc(c)) {
      const nf = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < nf.length; k++) push(nf.charCodeAt(k), i, i + 1);
      continue;
    }
    push(c, i, i + 1);
  }
  return {
    text: codesToString(out),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

/** Chunked fromCharCode so that long texts do not overflow the argument limit. */
function codesToString(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/** The match key of a text, with its offset map. */
export function normalize(input: string): Normalized {
  const n = normalizeWithMap(input, Kind.Match);
  return n;
}

/** The display key of a text, with its offset map. */
export function normalizeDisplay(input: string): Normalized {
  return normalizeWithMap(input, Kind.Display);
}

/**
 * The match key alone (fast path, no offset map): the one function every lookup uses.
 * matchKey('الإجْلاء') === matchKey('الاجلاء')
 */
export function matchKey(input: string): string {
  let changed = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isRemoved(c) || foldMatch(c) >= 0 || needsNfkc(c)) {
      changed = true;
      break;
    }
  }
  if (!changed) return input;
  const codes: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (needsNfkc(c)) {
      const nf = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < nf.length; k++) {
        const d = nf.charCodeAt(k);
        if (isRemoved(d)) continue;
        const f = foldMatch(d);
        codes.push(f >= 0 ? f : d);
      }
      continue;
    }
    if (isRemoved(c)) continue;
    const f = foldMatch(c);
    codes.push(f >= 0 ? f : c);
  }
  return codesToString(codes);
}

/** The display key alone: keeps hamza, ة and ى; removes marks; ASCII digits. */
export function displayKey(input: string): string {
  return normalizeWithMap(input, Kind.Display).text;
}

/**
 * Maps a span [start, end) of the normalised text back to the original text.
 * An empty span maps to the position where it would sit.
 */
export function toOriginal(n: Normalized, start: number, end: number, originalLength?: number): { start: number; end: number } {
  const len = n.text.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = start < len ? n.starts[start]! : originalLength ?? n.ends[len - 1]!;
  const e = end > 0 ? n.ends[Math.min(end, len) - 1]! : s;
  return { start: s, end: Math.max(s, e) };
}

/** True for the code units the match key drops (useful to tokenizers deciding word extents). */
export function isIgnorableMark(c: number): boolean {
  return isRemoved(c);
}
