/**
 * The tokenizer: words, numbers (both digit systems, 2,5 and 2.5, ٢٫٥), punctuation, Latin words,
 * URLs, e-mails, hashtags and mentions, each with exact UTF-16 offsets into the input.
 * Segmentation and stemming are added by the analyser (see analyzer.ts) so that this module stays
 * free of lexicons.
 *
 * A hand-written scanner over a per-code-unit class table (this is the hot path of every analysis;
 * a loop of sticky regular expressions was several times slower). Regular expressions are used only
 * where a URL, e-mail, hashtag or mention may start.
 */

import { HASH_START, hashStep } from './keytable.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'latin' | 'url' | 'other';
/** A finer label for tokens whose contract kind is coarse. */
export type TokenTag = 'email' | 'hashtag' | 'mention';

export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  tag?: TokenTag;
}

// Character classes.
const UNKNOWN = 0;
const SPACE = 1; // white space, and invisible format marks between tokens (LRM, RLM, BOM …)
const AR_LETTER = 2;
const AR_MARK = 3; // harakat, superscript alef, Quranic marks, ZWNJ/ZWJ: inside Arabic words only
const TATWEEL = 4;
const DIGIT = 5; // 0–9, ٠–٩, ۰–۹
const LATIN = 6;
const LETTER = 7; // a letter of another script (Cyrillic, Hebrew, CJK …)
const MARK = 8; // other combining marks
const PUNCT = 9; // punctuation and the common symbols (% + = $ …)
const SYMBOL = 10; // emoji and other pictographs, controls

const CLS = new Uint8Array(0x10000);

const RE_SPACE = /[\s\p{Cf}]/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_LETTER = /[\p{L}\p{Nl}]/u;
const RE_MARK = /\p{M}/u;
const RE_PUNCT = /[\p{P}\p{Sm}\p{Sc}\p{Sk}]/u;

function classify(c: number): number {
  // Arabic block first (the common case), by explicit ranges.
  if (c >= 0x0600 && c <= 0x06ff) {
    if (c === 0x0640) return TATWEEL;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de && c !== 0x06e5 && c !== 0x06e6 && c !== 0x06e9)) return AR_MARK;
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return DIGIT;
    if ((c >= 0x0620 && c <= 0x063f) || (c >= 0x0641 && c <= 0x064a) || c === 0x066e || c === 0x066f || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || c === 0x06e5 || c === 0x06e6 || c === 0x06ee || c === 0x06ef || (c >= 0x06fa && c <= 0x06fc) || c === 0x06ff) return AR_LETTER;
    if (c === 0x061c) return SPACE; // Arabic letter mark
    return PUNCT; // ، ؛ ؟ ٪ ٫ ٬ ۔ …
  }
  if ((c >= 0x08ca && c <= 0x08ff) || (c >= 0xfe70 && c <= 0xfe7f)) return AR_MARK; // incl. isolated harakat forms ﹰ
  if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe80 && c <= 0xfefc)) {
    if (c >= 0xfd3e && c <= 0xfd3f) return PUNCT; // ornate parentheses ﴾ ﴿
    return AR_LETTER; // supplement, extended-A and presentation forms (folded by the match key)
  }
  if (c === 0x200c || c === 0x200d) return AR_MARK; // ZWNJ/ZWJ: part of Persian and Urdu words (می‌خواهم)
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c >= 0xd800 && c <= 0xdfff) return SYMBOL; // surrogates: resolved per code point below
  const ch = String.fromCharCode(c);
  if (RE_SPACE.test(ch)) return SPACE;
  if (RE_LATIN.test(ch)) return RE_LETTER.test(ch) ? LATIN : MARK;
  if (RE_LETTER.test(ch)) return LETTER;
  if (RE_MARK.test(ch)) return MARK;
  if (RE_PUNCT.test(ch)) return PUNCT;
  return SYMBOL;
}

function cls(c: number): number {
  let k = CLS[c]!;
  if (k === UNKNOWN) CLS[c] = k = classify(c);
  return k;
}

const RE_URL = /(?:https?:\/\/|www\.)[^\s\p{Cf}<>"«»\u060C\u061B]+/iuy;
const RE_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const RE_MENTION = /@[A-Za-z0-9_]+/y;
const URL_TRAILING = /[.,;:!?'"’”)\]}]+$/;

/** True if an e-mail address may start at i: a run of address characters followed by @. */
function maybeEmail(text: string, i: number): boolean {
  const n = text.length;
  for (let j = i; j < n && j < i + 128; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x40) return j > i;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d)) return false;
  }
  return false;
}

/** The end of an e-mail address starting at i, or -1. */
function emailEnd(text: string, i: number): number {
  if (!maybeEmail(text, i)) return -1;
  RE_EMAIL.lastIndex = i;
  return RE_EMAIL.test(text) ? RE_EMAIL.lastIndex : -1;
}

function isUrlStart(text: string, i: number, c: number): boolean {
  if (c === 0x68 || c === 0x48) {
    const p = text.slice(i, i + 8).toLowerCase();
    return p.startsWith('http://') || p.startsWith('https://');
  }
  if (c === 0x77 || c === 0x57) return text.slice(i, i + 4).toLowerCase() === 'www.';
  return false;
}

/** Splits text into raw tokens (no segmentation, no keys). White space and invisible marks are skipped. */
export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  scanTokens(text, (start, end, kind, tag) => {
    const tok: RawToken = { text: text.slice(start, end), start, end, kind };
    if (tag) tok.tag = tag;
    out.push(tok);
  });
  return out;
}

/**
 * The scanner behind rawTokens: calls `emit` for each token in order (no objects are built here).
 * For a word, `hash` is the running FNV-1a hash of its units (keytable.ts hashStep), so that a memo can
 * look the word up without slicing it; for other tokens it is 0.
 */
export function scanTokens(text: string, emit: (start: number, end: number, kind: TokenKind, tag: TokenTag | undefined, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? CLS[c] || cls(c) : cls(c);
    let j = i + 1;
    let kind: TokenKind;
    let tag: TokenTag | undefined;
    let hash = 0;
    switch (k) {
      case SPACE:
        i++;
        continue;
      case AR_LETTER:
        // An Arabic word: letters and inner marks; a tatweel inside or after letters belongs to the
        // word (كـبير), a tatweel standing alone is punctuation (دبي ـ العربية).
        hash = hashStep(HASH_START, c);
        while (j < n) {
          const u = text.charCodeAt(j);
          const d = u < 0x0700 && u >= 0x0600 ? CLS[u]! || cls(u) : cls(u);
          if (d !== AR_LETTER && d !== AR_MARK && d !== TATWEEL) break;
          hash = hashStep(hash, u);
          j++;
        }
        kind = 'word';
        break;
      case DIGIT:
        // 1,000,000 · 2.5 · 2,5 · ٢٫٥; 17:30 is two numbers and a colon on purpose (times are the time tagger's job)
        for (;;) {
          while (j < n && cls(text.charCodeAt(j)) === DIGIT) j++;
          const s = text.charCodeAt(j);
          if ((s === 0x2e || s === 0x2c || s === 0x066b || s === 0x066c) && j + 1 < n && cls(text.charCodeAt(j + 1)) === DIGIT) {
            j += 2;
            continue;
          }
          break;
        }
        {
          const emailTo = emailEnd(text, i);
          if (emailTo > 0) {
            j = emailTo;
            kind = 'url';
            tag = 'email';
            break;
          }
        }
        kind = 'number';
        break;
      case LATIN:
        if (isUrlStart(text, i, c)) {
          RE_URL.lastIndex = i;
          const m = RE_URL.exec(text);
          if (m) {
            j = i + m[0].replace(URL_TRAILING, '').length;
            if (j > i + 4) {
              kind = 'url';
              break;
            }
          }
        }
        {
          const emailTo = c < 0x80 ? emailEnd(text, i) : -1;
          if (emailTo > 0) {
            j = emailTo;
            kind = 'url';
            tag = 'email';
            break;
          }
        }
        // A Latin word: letters, combining marks, digits; ' ’ - inside (don't, Al-Assad, F-16).
        j = i + 1;
        while (j < n) {
          const d = cls(text.charCodeAt(j));
          if (d === LATIN || d === MARK || (d === DIGIT && text.charCodeAt(j) < 0x80)) {
            j++;
            continue;
          }
          const s = text.charCodeAt(j);
          if ((s === 0x27 || s === 0x2019 || s === 0x2d) && j + 1 < n) {
            const e = cls(text.charCodeAt(j + 1));
            if (e === LATIN || (e === DIGIT && text.charCodeAt(j + 1) < 0x80)) {
              j += 2;
              continue;
            }
          }
          break;
        }
        kind = 'latin';
        break;
      case PUNCT:
        if (c === 0x23 /* # */) {
          // A hashtag: # then letters, digits, marks, _ (#السعودية_تحتفل, #Aleppo)
          while (j < n) {
            const d = cls(text.charCodeAt(j));
            if (d === AR_LETTER || d === AR_MARK || d === TATWEEL || d === DIGIT || d === LATIN || d === LETTER || d === MARK || text.charCodeAt(j) === 0x5f) j++;
            else break;
          }
          if (j > i + 1) {
            kind = 'other';
            tag = 'hashtag';
            break;
          }
        } else if (c === 0x40 /* @ */) {
          RE_MENTION.lastIndex = i;
          if (RE_MENTION.test(text)) {
            j = RE_MENTION.lastIndex;
            kind = 'other';
            tag = 'mention';
            break;
          }
        } else if (c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d) {
          // an e-mail may start with . _ % + - (rare, but do not cut it)
          {
            const emailTo = emailEnd(text, i);
            if (emailTo > 0) {
              j = emailTo;
              kind = 'url';
              tag = 'email';
              break;
            }
          }
        }
        kind = 'punct';
        j = i + 1;
        break;
      case TATWEEL:
        kind = 'punct'; // a tatweel standing alone is a dash: دبي ـ العربية.نت
        break;
      case LETTER:
        while (j < n) {
          const d = cls(text.charCodeAt(j));
          if (d !== LETTER && d !== MARK) break;
          j++;
        }
        kind = 'other';
        break;
      default: {
        // surrogate pairs (emoji, rare scripts) as one code point; stray marks and controls
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) j = i + 2;
        }
        kind = k === PUNCT ? 'punct' : 'other';
      }
    }
    emit(i, j, kind, tag, hash);
    i = j;
  }
}
