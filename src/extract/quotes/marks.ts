/**
 * Quotation-mark pairs: «…», “…”, „…“, "…" and '…'. Straight marks pair up left to right inside a
 * paragraph; an apostrophe counts as a mark only at a word edge (so Latin "don't" is no quote).
 * A pair never crosses a paragraph break.
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
  for (const p of paras) {
    let i = p.start;
    while (i < p.end) {
      const c = text[i]!;
      const closeWith = PAIRS[c];
      if (closeWith) {
        const j = text.indexOf(closeWith, i + 1);
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

const isSpaceOrPunct = (ch: string | undefined) => ch === undefined || /[\s\p{P}]/u.test(ch);

function isEdgeOpen(text: string, i: number): boolean {
  return isSpaceOrPunct(text[i - 1]) && !/\s/u.test(text[i + 1] ?? ' ');
}

function isEdgeClose(text: string, j: number): boolean {
  return isSpaceOrPunct(text[j + 1]) && !/\s/u.test(text[j - 1] ?? ' ');
}
