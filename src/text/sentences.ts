/**
 * Sentence splitting for Arabic news text.
 *
 * Decisions (each pinned by a test in sentences.test.ts):
 * - A line break always ends a sentence (headlines, datelines, paragraphs carry no final mark).
 * - `.` `!` `?` `؟` (and runs of them: `؟!`) end a sentence when followed by white space or the end,
 *   together with the closing quotes and brackets that follow them: «…انتهى.» ends after `»`.
 * - The Arabic semicolon `؛` does not end a sentence: it joins clauses of one sentence, as in PADT.
 * - An ellipsis (`…`, `...`) ends a sentence only at the end of a line: in news it mostly marks a pause
 *   or an omission inside a quotation.
 * - Inside a quotation («…», “…”, "…") or brackets closed on the same line, nothing ends a sentence: a
 *   quotation stays whole with its reporting clause (قال "…. …".), and `(أ ف ب)`, `(الخميس)` never split.
 *   A quotation mark without its partner on the line is ignored, and a quotation longer than 600
 *   characters (a bracket longer than 300) is split inside like running text: a quoted speech of a whole
 *   paragraph is not one sentence.
 * - A bracketed credit right after a sentence end and closing the line (`… الحرب. (رويترز)`) is kept
 *   with that sentence.
 * - A dot does not end a sentence after an abbreviation: a single Arabic letter (د. م. ص. ق.م. أ.) or
 *   a Latin abbreviation or initial (Dr. U.S. J.); nor inside numbers (2.5) or names (العربية.نت).
 *   The era letters after a year do end one (`عام 1436 هـ.`, `2015 م.`).
 * - A mark glued between two Arabic words (`الحرب.وقال`, `لماذا؟قال`, a frequent scraping artefact)
 *   does end one.
 */
import type { Range } from '../analysis.js';

const TERMINAL = new Set(['.', '!', '?', '؟', '…', '‼', '⁉']);
const OPEN_TO_CLOSE: Record<string, string> = { '«': '»', '“': '”', '(': ')', '[': ']', '{': '}', '‹': '›' };
const CLOSERS = new Set(['»', '”', '"', ')', ']', '}', '›', "'", '’']);
const LATIN_ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st mt inc ltd co corp vs etc al e.g i.e u.s u.k u.n a.m p.m no fig gen col lt sgt rev jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const AR_LETTER = /[\u0621-\u064A\u0671-\u06D3]/u;
const MAX_QUOTE = 600;
const MAX_BRACKET = 300;
const SPACE = /\s/u;

/** Sentences of text[start, end): ranges into the whole text, trimmed of surrounding space. */
export function splitSentences(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Pairs of quote/bracket positions on one line: a map from each opening position to its closing one. */
function pairs(text: string, start: number, end: number): Map<number, number> {
  const out = new Map<number, number>();
  const stack: { pos: number; close: string }[] = [];
  let dq = -1; // an open ASCII double quote
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (dq < 0) dq = i;
      else {
        if (i - dq <= MAX_QUOTE) out.set(dq, i);
        dq = -1;
      }
      continue;
    }
    const close = OPEN_TO_CLOSE[c];
    if (close) {
      stack.push({ pos: i, close });
      continue;
    }
    if (CLOSERS.has(c)) {
      // close the innermost matching opener; openers left inside it stay unpaired
      // (a bounded look-back: a line of unmatched openers must not make this quadratic)
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 16; k--) {
        if (stack[k]!.close === c) {
          const open = stack[k]!.pos;
          if (i - open <= (c === ')' || c === ']' || c === '}' ? MAX_BRACKET : MAX_QUOTE)) out.set(open, i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return out;
}

function splitLine(text: string, start: number, end: number, out: Range[]): void {
  const closing = pairs(text, start, end);
  let s = start;
  let i = start;
  while (i < end) {
    const c = text[i]!;
    const close = closing.get(i);
    let runStart: number;
    let runEnd: number;
    if (close !== undefined) {
      // skip the whole quotation or bracket; a quotation whose last words end a sentence («…انتهى.»)
      // is a candidate end right after its closing mark
      i = close + 1;
      if (c === '(' || c === '[' || c === '{') continue;
      let r = close;
      while (r > start && CLOSERS.has(text[r - 1]!) && !closing.has(r - 1)) r--;
      if (r === close && !TERMINAL.has(text[close - 1] ?? '') && text[close - 1] !== '!') continue;
      runEnd = r;
      runStart = r;
      while (runStart > start && (TERMINAL.has(text[runStart - 1]!) || text[runStart - 1] === '!')) runStart--;
      if (runStart === runEnd) continue;
    } else if (TERMINAL.has(c)) {
      runStart = i;
      runEnd = i;
      while (runEnd < end && TERMINAL.has(text[runEnd]!)) runEnd++;
    } else {
      i++;
      continue;
    }
    // closing marks that follow (paired ones were skipped over already)
    let k = Math.max(i, runEnd);
    while (k < end && CLOSERS.has(text[k]!) && !closing.has(k)) k++;
    const e = sentenceEnd(text, start, end, runStart, runEnd, k, closing);
    if (e < 0) {
      i = Math.max(i, runEnd);
      continue;
    }
    push(text, out, s, e);
    s = e;
    i = e;
  }
  push(text, out, s, end);
}

/**
 * Where the sentence ends when the terminal run text[runStart, runEnd) and the closing marks up to `k`
 * end it, or -1 when they do not.
 */
function sentenceEnd(text: string, start: number, end: number, runStart: number, runEnd: number, k: number, closing: Map<number, number>): number {
  const run = text.slice(runStart, runEnd);
  const next = k < end ? text[k]! : '';
  const atEnd = onlySpace(text, k, end);
  let boundary = false;
  if (atEnd) boundary = true;
  else if (run === '…' || /^\.{2,}$/u.test(run)) boundary = false;
  else if (SPACE.test(next)) boundary = run !== '.' || !isAbbreviation(text, start, runStart);
  else if (run.length === 1 && k === runEnd && gluedArabic(text, start, runStart, end)) boundary = true;
  if (!boundary) return -1;
  // a bracketed credit closing the line stays with the sentence: … الحرب. (رويترز)
  let m = k;
  while (m < end && SPACE.test(text[m]!)) m++;
  const credit = closing.get(m);
  if (text[m] === '(' && credit !== undefined && onlySpace(text, credit + 1, end) && credit - m < 40) return credit + 1;
  return k;
}

/** Whether the dot at `dot` ends an abbreviation: د. م. ق.م. أ. Dr. U.S. J. */
function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let b = dot;
  const stop = Math.max(lineStart, dot - 12); // abbreviations are short
  while (b > stop && !SPACE.test(text[b - 1]!) && !'("«“'.includes(text[b - 1]!)) b--;
  const word = text.slice(b, dot).replace(/\u0640/gu, '');
  if (!word) return false;
  // the era after a year ends the sentence: عام 1436 هـ. / 2015 م.
  if ((word === 'ه' || word === 'م') && /\d\s*$/u.test(text.slice(Math.max(lineStart, b - 6), b))) return false;
  // ق.م or U.S: dotted single letters
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (word.length === 1 && AR_LETTER.test(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: J. K. Rowling
  return LATIN_ABBREVIATIONS.has(word.toLowerCase());
}

/** A dot glued between two Arabic words (الحرب.وقال) but not inside a name (العربية.نت) or ق.م. */
function gluedArabic(text: string, lineStart: number, dot: number, end: number): boolean {
  if (dot === lineStart || !AR_LETTER.test(text[dot - 1]!) || !AR_LETTER.test(text[dot + 1] ?? '')) return false;
  let a = dot;
  while (a > lineStart && dot - a < 3 && AR_LETTER.test(text[a - 1]!)) a--;
  let b = dot + 1;
  while (b < end && b - dot <= 4 && AR_LETTER.test(text[b]!)) b++;
  const before = text.slice(a, dot);
  const after = text.slice(dot + 1, b);
  return before.length >= 2 && after.length >= 3 && after !== 'كوم' && !text.startsWith('.', b);
}

/** Whether text[from, end) is all white space (stops at the first other character). */
function onlySpace(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!SPACE.test(text[i]!)) return false;
  return true;
}

function push(text: string, out: Range[], s: number, e: number): void {
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
