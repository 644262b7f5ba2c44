/**
 * The tokenizer: words, numbers (both digit systems, 2,5 and 2.5), punctuation, Latin words,
 * URLs, e-mails, hashtags and mentions, each with exact UTF-16 offsets into the input.
 * Word tokens carry their match key (`norm`); segmentation and stemming are added by the analyser
 * (see analyzer.ts) so that this module stays free of lexicons.
 */

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

// Arabic letters and the marks that live inside Arabic words (harakat, superscript alef, tatweel
// between letters, ZWNJ). Arabic punctuation (، ؛ ؟ ٪ ٫ ٬) and digits are excluded.
const AR_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const AR_MARK = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u200C\\u200D';
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';

const PATTERNS: Array<[TokenKind, RegExp, TokenTag?]> = [
  ['url', /(?:https?:\/\/|www\.)[^\s<>"«»\u060C]+/uy],
  ['url', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/uy, 'email'],
  ['other', new RegExp(`#[${AR_LETTER}${AR_MARK}\\u0640\\p{L}\\p{N}_]+`, 'uy'), 'hashtag'],
  ['other', /@[A-Za-z0-9_]+/uy, 'mention'],
  // 1,000,000 · 2.5 · 2,5 · ٢٫٥ · 17:30 is two numbers and a colon on purpose (times are the time tagger's job)
  ['number', new RegExp(`[${DIGIT}]+(?:[.,\\u066B\\u066C][${DIGIT}]+)*`, 'uy')],
  // Arabic word: letters and inner marks; a tatweel counts only between letters (كـبير), not standing alone (دبي ـ العربية)
  ['word', new RegExp(`[${AR_LETTER}](?:[${AR_LETTER}${AR_MARK}]|\\u0640+(?=[${AR_LETTER}${AR_MARK}\\u0640]))*[${AR_MARK}\\u0640]*`, 'uy')],
  ['latin', /[\p{Script=Latin}](?:[\p{Script=Latin}\p{M}0-9]|['’\-](?=\p{Script=Latin}))*/uy],
];

const SPACE = /\s+/uy;
const PUNCT = /[\p{P}\p{S}\u0640]/uy;

/** Splits text into raw tokens (no segmentation, no keys). Whitespace is skipped. */
export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  const n = text.length;
  outer: while (i < n) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    for (const [kind, re, tag] of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        let value = m[0];
        if (kind === 'url' && !tag) value = value.replace(/[.,;:!?)\]}'"’”]+$/u, '');
        const tok: RawToken = { text: value, start: i, end: i + value.length, kind };
        if (tag) tok.tag = tag;
        out.push(tok);
        i += value.length;
        continue outer;
      }
    }
    PUNCT.lastIndex = i;
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const kind: TokenKind = PUNCT.test(text) ? 'punct' : 'other';
    out.push({ text: text.slice(i, i + len), start: i, end: i + len, kind });
    i += len;
  }
  return out;
}
