/**
 * Snippets: the passage with the most matched words, the matches marked in the article's ORIGINAL
 * spelling (the analyser's tokens carry offsets into the text, so the key `مدرسه` marks `المدرسةِ`).
 */
import type { Resources } from '../resources.js';
import { tokenize } from '../text/analyzer.js';
import { indexKey, isIndexed } from './compile.js';

export interface Snippet {
  /** the passage as plain text */
  text: string;
  /** matched words, offsets into `text` */
  highlights: { start: number; end: number }[];
  /** the passage as HTML: text escaped, matches in <mark> */
  html: string;
  /** where the passage starts in the article text */
  offset: number;
}

const WINDOW = 32; // words
/** Characters of the body searched for the passage: enough for a news article, bounded for long documents. */
const SCAN = 6000;

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function matcher(positives: { key: string; prefix: boolean }[]): (key: string) => boolean {
  const exact = new Set(positives.filter((p) => !p.prefix).map((p) => p.key));
  const prefixes = positives.filter((p) => p.prefix).map((p) => p.key);
  return (k) => exact.has(k) || prefixes.some((p) => k.startsWith(p));
}

/** All matched word spans of a text (offsets into it). */
export function matchedSpans(text: string, positives: { key: string; prefix: boolean }[], res: Resources): { start: number; end: number }[] {
  const hit = matcher(positives);
  return tokenize(text, res)
    .filter((t) => isIndexed(t) && hit(indexKey(t)))
    .map((t) => ({ start: t.start, end: t.end }));
}

export function makeSnippet(text: string, positives: { key: string; prefix: boolean }[], res: Resources, skip = 0): Snippet {
  // tokens of a prefix of the text keep their offsets; a long document is only scanned near its start
  const words = tokenize(text.slice(0, skip + SCAN), res).filter((t) => isIndexed(t) && t.start >= skip && (t.end < skip + SCAN || skip + SCAN >= text.length));
  const hit = matcher(positives);
  const matched = words.map((t) => hit(indexKey(t)));
  // the window of WINDOW words with the most distinct matched keys (then the most matches), earliest first
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < Math.max(1, words.length - WINDOW + 1); i++) {
    const keys = new Set<string>();
    let n = 0;
    for (let j = i; j < Math.min(words.length, i + WINDOW); j++) if (matched[j]) keys.add(indexKey(words[j]!)), n++;
    const score = keys.size * 1000 + n;
    if (score > bestScore) (bestScore = score), (best = i);
    if (!positives.length) break;
  }
  if (!words.length) return { text: '', highlights: [], html: '', offset: 0 };
  // start a little before the first match so it has some context
  const firstHit = matched.indexOf(true, best);
  const from = firstHit >= 0 && firstHit - best > 8 ? Math.max(best, firstHit - 8) : best;
  const last = Math.min(words.length, from + WINDOW) - 1;
  const start = words[from]!.start;
  const end = words[last]!.end;
  const highlights: { start: number; end: number }[] = [];
  for (let j = from; j <= last; j++) if (matched[j]) highlights.push({ start: words[j]!.start - start, end: words[j]!.end - start });
  const body = text.slice(start, end).replace(/\s+/g, (s) => ' '.repeat(s.length)); // same length: offsets hold
  let html = '';
  let at = 0;
  for (const h of highlights) {
    html += escapeHtml(body.slice(at, h.start)) + '<mark>' + escapeHtml(body.slice(h.start, h.end)) + '</mark>';
    at = h.end;
  }
  html += escapeHtml(body.slice(at));
  const pre = start > skip ? '… ' : '';
  const post = end < text.length ? ' …' : '';
  return {
    text: pre + body + post,
    highlights: highlights.map((h) => ({ start: h.start + pre.length, end: h.end + pre.length })),
    html: escapeHtml(pre) + html + escapeHtml(post),
    offset: start,
  };
}
