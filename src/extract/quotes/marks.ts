/**
 * Quotation-mark pairs: «…», “…”, „…“, "…" and '…'. Straight marks pair up left to right inside a
 * paragraph; an apostrophe counts as a mark only at a word edge (so Latin "don't" is no quote).
 * A pair crosses a paragraph break only as a quote running over several paragraphs, written the
 * usual way: the opening mark stays unclosed at the paragraph's end and the next paragraph opens again
 * (وقال أردوغان: "ما يجري في سوريا …\n\n"إن استقرار سوريا …") — one pair from the first opening to the last close.
 */
import type { Range } from '../../analysis.js';

export interface MarkPair {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark */
  close: number;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›' };

export function findMarkPairs(text: string, paragraphs: Range[]): MarkPair[] {
  const out: MarkPair[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let resumeAt = -1;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let i = Math.max(p.start, resumeAt);
    while (i < p.end) {
      const c = text[i]!;
      const closeWith = PAIRS[c];
      if ((closeWith || c === '"') && !text.slice(i + 1, p.end).includes(closeWith ?? c)) {
        const run = runOver(text, paras, pi, c, closeWith ?? c);
        if (run) {
          out.push({ open: i, close: run.close });
          resumeAt = run.close + 1;
          break;
        }
        // قالت فيه: "بناء على صلاحيات اللجنة … دوليا. — opened after a colon and never closed: the quotation runs to the
        // paragraph's end (its final stop is the close)
        const end = colonOpened(text, i) ? paragraphClose(text, i, p.end) : -1;
        if (end > 0) {
          out.push({ open: i, close: end });
          break;
        }
      }
      // وقال:» لا عمالة ولا عمولة «: guillemets written the other way round (the next guillemet after an unpaired
      // » is a «, and no » follows that « before the next «)
      // (the » stands after a space or colon and the « right after a word, as an opening and a closing mark do: a »
      // glued to the word before it closes something — «… «حزب الله» وإيران في لبنان»، مشيراً إلى أن «…» —, never opens)
      if (c === '»' && (i === 0 || /[\s:(]/u.test(text[i - 1]!))) {
        const j = nextGuillemet(text, i + 1, p.end);
        if (j > i + 1 && text[j] === '«' && !/\s/u.test(text[j - 1]!)) {
          const k = nextGuillemet(text, j + 1, p.end);
          if (k < 0 || text[k] === '«' || text[k] === '»' && nextGuillemet(text, k + 1, p.end) >= 0 && text[nextGuillemet(text, k + 1, p.end)] === '«') {
            out.push({ open: i, close: j });
            i = j + 1;
            continue;
          }
        }
      }
      if (closeWith) {
        const j = matchingClose(text, i, c, closeWith, p.end);
        if (j > i && j < p.end) {
          out.push({ open: i, close: j });
          i = j + 1;
          continue;
        }
      } else if (c === '"' || c === '″') {
        const j = text.indexOf(c, i + 1);
        if (j > i + 1 && j < p.end) {
          out.push({ open: i, close: j });
          i = j + 1;
          continue;
        }
      } else if (c === "'" && isEdgeOpen(text, i)) {
        let j = text.indexOf("'", i + 1);
        while (j > 0 && j < p.end && !isEdgeClose(text, j)) j = text.indexOf("'", j + 1);
        if (j > i + 1 && j < p.end) {
          out.push({ open: i, close: j });
          i = j + 1;
          continue;
        }
      }
      i++;
    }
  }
  return out;
}

/** The offset of the next « or » from `from` before `end`, or -1. */
function nextGuillemet(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text[i] === '«' || text[i] === '»') return i;
  return -1;
}

/**
 * An opening mark left unclosed in paragraph `pi`: when the next paragraphs each reopen with the same
 * mark, the close in the first of them that closes it ends the quote.
 */
function runOver(text: string, paras: Range[], pi: number, open: string, close: string): { close: number } | null {
  for (let k = pi + 1; k < paras.length && k <= pi + 4; k++) {
    const q = paras[k]!;
    let a = q.start;
    while (a < q.end && /\s/u.test(text[a]!)) a++;
    if (text[a] !== open) return null;
    const j = text.indexOf(close, a + 1);
    if (j > a && j < q.end) return { close: j };
  }
  return null;
}

/**
 * The close of the pair opening at i, past short names nested inside it: «إن «حزب الله» حتى وإن كان قادرا … لا
 * استراتيجي» is one quotation with a name in it. A nested pair counts only as a name (five words at most, no other
 * mark inside); anything else — a stray mark, a longer inner quotation — leaves the first close, as without nesting.
 */
function matchingClose(text: string, i: number, open: string, close: string, end: number): number {
  const first = text.indexOf(close, i + 1);
  if (first < 0 || first >= end) return first;
  const inner = text.indexOf(open, i + 1);
  if (inner < 0 || inner > first) return first;
  for (let k = i + 1; k < end; k++) {
    if (text[k] === close) return k;
    if (text[k] !== open) continue;
    const b = text.indexOf(close, k + 1);
    if (b < 0 || b >= end) return first;
    const body = text.slice(k + 1, b);
    if (body.includes(open) || body.trim().split(/\s+/).length > 5) return first;
    k = b;
  }
  return first;
}

/** True when a colon (spaces aside) stands right before the mark at i: قال: "… */
function colonOpened(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /[ \t\u00a0]/.test(text[k]!)) k--;
  return text[k] === ':';
}

/** The offset of the paragraph's final stop after i (its end when it ends in a sentence stop), else -1. */
function paragraphClose(text: string, i: number, end: number): number {
  let k = end - 1;
  while (k > i && /\s/u.test(text[k]!)) k--;
  // (three words at least inside)
  return k > i && /[.!?؟…]/.test(text[k]!) && text.slice(i + 1, k).trim().split(/\s+/).length >= 3 ? k : -1;
}

const isSpaceOrPunct = (ch: string | undefined) => ch === undefined || /[\s\p{P}]/u.test(ch);

function isEdgeOpen(text: string, i: number): boolean {
  return isSpaceOrPunct(text[i - 1]) && !/\s/u.test(text[i + 1] ?? ' ');
}

function isEdgeClose(text: string, j: number): boolean {
  return isSpaceOrPunct(text[j + 1]) && !/\s/u.test(text[j - 1] ?? ' ');
}
