/**
 * Gazetteer matching: every knowledge-base name form (and demonym form) found in the article's tokens,
 * longest match first, with proclitics stripped from the first word (وبروكسل، ببروكسل، لمنظمة، للحلف).
 * The span never includes the clitic: «ببروكسل» → «بروكسل»; «للحلف الأطلسي» → «لحلف الأطلسي» (the
 * second ل is the article's, contracted after the preposition; the key restores «الحلف»).
 * Lookup is indexed by the first token's match key, so the cost is a few map probes per token.
 */
import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { matchKey } from '../../text/normalize.js';
import type { Token } from '../../text/analyzer.js';

export interface GazetteerMatch {
  /** offsets into the article text, clitic excluded */
  start: number;
  end: number;
  /** index of the first and one past the last token */
  tokenStart: number;
  tokenEnd: number;
  /** the name's match key (tokens joined by one space) */
  key: string;
  /** a name form of entries, or a demonym form of a country */
  kind: 'name' | 'demonym';
  /** candidates in priority order (for a demonym: its country) */
  entries: KbEntry[];
  /** entries for which this form is weak (needs support) */
  weakFor: Set<KbEntry>;
  /**
   * a demonym form that is also a weak name form of other entries (الألمانية: the German agency's short
   * name; السوداني: a surname): the match is the demonym, these entries link only with support
   */
  shadowed?: KbEntry[];
  /** the proclitic stripped from the first token, as match-key letters ('' when none) */
  clitic: string;
}

/**
 * Proclitic sequences, in match-key letters, longest first: conjunctions و ف, prepositions ب ل ك, and
 * their combinations (وب، ول، فب، فل، وك، فك). «لل» / «ولل» / «فلل» are the preposition ل before the
 * article (للمدينة = ل + المدينة): handled separately by restoring «ال».
 */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 2;

export interface KeyVariant {
  /** the key to look up */
  key: string;
  /** match-key letters of the token consumed by the clitic */
  consumed: number;
  clitic: string;
}

/** The token's key and its clitic-stripped variants: «وللمنظمة» → وللمنظمه, المنظمه (after ول), … */
export function keyVariants(norm: string): KeyVariant[] {
  const out: KeyVariant[] = [{ key: norm, consumed: 0, clitic: '' }];
  for (const p of ['ولل', 'فلل', 'لل']) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_STEM) {
      // ل + ال: the span starts at the article's ل, the key restores the alef
      out.push({ key: 'ا' + norm.slice(p.length - 1), consumed: p.length - 1, clitic: p.slice(0, -1) });
      break;
    }
  }
  for (const p of PROCLITICS) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_STEM) out.push({ key: norm.slice(p.length), consumed: p.length, clitic: p });
  }
  return out;
}

/** The original-text offset after the first `n` match-key letters of `text` (which starts at `start`). */
export function offsetAfterKeyLetters(text: string, start: number, n: number): number {
  if (n <= 0) return start;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    count += matchKey(text[i]!).length;
    if (count >= n) {
      // skip marks (harakat, tatweel) that belong to the consumed letter
      let j = i + 1;
      while (j < text.length && matchKey(text[j]!).length === 0) j++;
      return start + j;
    }
  }
  return start + text.length;
}

/** Tokens that can start or continue a name. */
const NAME_KINDS = new Set(['word', 'latin', 'number', 'punct', 'other']);

/**
 * All gazetteer matches, left to right, non-overlapping (at each position the longest match wins;
 * a name form beats a demonym form of the same length).
 */
export function matchGazetteer(text: string, tokens: Token[], kb: Kb): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'latin') {
      i++;
      continue;
    }
    let best: { len: number; key: string; v: KeyVariant } | null = null;
    for (const v of keyVariants(t.norm)) {
      const forms = kb.byFirst.get(v.key);
      if (!forms) continue;
      for (const f of forms) {
        const n = f.tokens.length;
        if (best && n <= best.len) break; // forms are sorted longest first
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n; k++) {
          const tk = tokens[i + k]!;
          if (!NAME_KINDS.has(tk.kind) || tk.norm !== f.tokens[k]) {
            ok = false;
            break;
          }
          // a name does not run across a line break
          if (text.slice(tokens[i + k - 1]!.end, tk.start).includes('\n')) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        best = { len: n, key: f.key, v };
        break;
      }
      // an unstripped match is preferred to a stripped one of the same length (checked first)
    }
    if (!best) {
      i++;
      continue;
    }
    const last = tokens[i + best.len - 1]!;
    const start = offsetAfterKeyLetters(t.text, t.start, best.v.consumed);
    const names = kb.names.get(best.key);
    // a form that is both a demonym and a (weak) name is read as the demonym first (compile.ts)
    const demonym = kb.demonyms.get(best.key);
    const m: GazetteerMatch = {
      start,
      end: last.end,
      tokenStart: i,
      tokenEnd: i + best.len,
      key: best.key,
      kind: names && !demonym ? 'name' : 'demonym',
      entries: demonym ? [demonym] : names!,
      weakFor: kb.weak.get(best.key) ?? new Set(),
      clitic: best.v.clitic,
      ...(demonym && names ? { shadowed: names } : {}),
    };
    out.push(m);
    i += best.len;
  }
  return out;
}
