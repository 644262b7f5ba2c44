/**
 * The time tagger's view of a text: tokens on the match-key text (so الأربعاء and الاربعاء are one
 * word), each carrying its original offsets, plus the proclitic-stripped readings a word may have
 * (والخميس → الخميس, للثاني → الثاني, بالأسبوع → الأسبوع, لعام → عام).
 */
import { normalize, type Normalized } from '../../text/normalize.js';

export type TokKind = 'w' | 'n' | 'p' | 'l';

export interface Tok {
  /** match key (Latin lower-cased) */
  k: string;
  kind: TokKind;
  /** original offsets */
  s: number;
  e: number;
  /** start in the normalised text (for cutting proclitics) */
  ns: number;
}

export interface Reading {
  k: string;
  /** characters of the match key cut from the start */
  cut: number;
}

const TOKEN = /[\u0621-\u064A\u0671-\u06D3]+|[0-9]+|[A-Za-z]+|\n|[^\s]/g;

export interface TokenizedText {
  toks: Tok[];
  norm: Normalized;
}

export function timeTokens(text: string): TokenizedText {
  const norm = normalize(text);
  const toks: Tok[] = [];
  const t = norm.text;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) {
    const v = m[0];
    const c = v.charCodeAt(0);
    const kind: TokKind = c >= 0x0621 ? 'w' : c >= 0x30 && c <= 0x39 ? 'n' : /[A-Za-z]/.test(v) ? 'l' : 'p';
    const ns = m.index;
    toks.push({ k: kind === 'l' ? v.toLowerCase() : v, kind, s: norm.starts[ns]!, e: norm.ends[ns + v.length - 1]!, ns });
  }
  return { toks, norm };
}

/** Readings of a word: itself, without a conjunction (و ف), without a preposition (ب ل ك; لل → ال). */
export function readings(k: string): Reading[] {
  const out: Reading[] = [{ k, cut: 0 }];
  const preps = (b: string, cut: number) => {
    if (b.length > 3 && b.startsWith('لل')) out.push({ k: 'ا' + b.slice(1), cut: cut + 1 });
    else if (b.length > 2 && (b[0] === 'ب' || b[0] === 'ل' || b[0] === 'ك')) out.push({ k: b.slice(1), cut: cut + 1 });
  };
  if (k.length > 2 && (k[0] === 'و' || k[0] === 'ف')) {
    out.push({ k: k.slice(1), cut: 1 });
    preps(k.slice(1), 1);
  }
  preps(k, 0);
  return out;
}
