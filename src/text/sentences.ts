/** Sentence splitting (first cut). */
import type { Range } from '../analysis.js';

/** Sentences of text[start, end): ranges into the whole text, trimmed of surrounding space. */
export function splitSentences(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  const re = /[.!?؟]+(?=\s|$)|\n/gu;
  re.lastIndex = start;
  let s = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    push(text, out, s, m.index + m[0].length);
    s = m.index + m[0].length;
  }
  push(text, out, s, end);
  return out;
}

function push(text: string, out: Range[], s: number, e: number): void {
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
