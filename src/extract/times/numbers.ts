/**
 * Arabic numbers written in words: cardinals (ثلاثة، خمسة وعشرين، ألف وتسعمائة وواحد), ordinals
 * (الثالث، الحادي عشر، الثاني والعشرين) in both genders, parsed from a run of match keys.
 * The word lists are data (data/lexicons/numbers-ar.json), loaded once through Resources.
 */
import { cached, required, type Resources } from '../../resources.js';
import { matchKey } from '../../text/normalize.js';

export interface NumberLexicon {
  units: Map<string, number>;
  ten: Set<string>;
  tens: Map<string, number>;
  hundreds: Map<string, number>;
  thousand: Set<string>;
  thousands: Set<string>;
  twoThousand: Set<string>;
  ordinals: Map<string, number>;
  ordinalTens: Map<string, number>;
  last: Set<string>;
  fractions: Map<string, number>;
  few: Set<string>;
  /** multipliers after a number: 130 ألف، 2.5 مليون */
  scales: Map<string, number>;
}

export interface NumberMatch {
  value: number;
  /** index just past the last word used */
  end: number;
  ordinal: boolean;
}

function mapOf(obj: Record<string, string[]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [v, words] of Object.entries(obj)) for (const w of words) m.set(matchKey(w), Number(v));
  return m;
}
const setOf = (words: string[]) => new Set(words.map(matchKey));

export function numberLexicon(res: Resources): NumberLexicon {
  return cached(res, 'times/numbers-ar', (r) => {
    const j = JSON.parse(required(r, 'data/lexicons/numbers-ar.json'));
    return {
      units: mapOf(j.units),
      ten: setOf(j.ten),
      tens: mapOf(j.tens),
      hundreds: mapOf(j.hundreds),
      thousand: setOf(j.thousand),
      thousands: setOf(j.thousands),
      twoThousand: setOf(j.twoThousand),
      ordinals: mapOf(j.ordinals),
      ordinalTens: mapOf(j.ordinalTens),
      last: setOf(j.last),
      fractions: mapOf(j.fractions),
      few: setOf(j.few),
      scales: mapOf(j.scales),
    };
  });
}

/** The word without a leading conjunction و, or null when it has none. */
function afterWa(k: string | undefined): string | null {
  return k && k.length > 1 && k.charCodeAt(0) === 0x0648 ? k.slice(1) : null;
}

/** The word without the article ال (ال + at least two letters), else the word itself. */
function withoutAl(k: string): string {
  return k.length > 3 && k.startsWith('ال') ? k.slice(2) : k;
}

/**
 * Parses a number in words starting at keys[i] (keys are match keys; the first word must carry no
 * proclitic except the article). Returns null when keys[i] is not a number word.
 *   ['خمسه','وعشرين'] → 25 · ['الحادي','عشر'] → 11 (ordinal) · ['الف','وتسعمايه','وواحد'] → 1901
 */
export function parseNumberWords(keys: readonly string[], i: number, lex: NumberLexicon): NumberMatch | null {
  const first = keys[i];
  if (!first) return null;
  // ordinals: الثالث · الثالث عشر · الثاني والعشرين · العشرين
  const ord = lex.ordinals.get(first);
  if (ord !== undefined) {
    const next = keys[i + 1];
    if (next && lex.ten.has(next) && ord < 10) return { value: ord + 10, end: i + 2, ordinal: true };
    const wa = afterWa(next);
    if (wa && ord < 10) {
      const t = lex.ordinalTens.get(wa) ?? lex.tens.get(wa);
      if (t !== undefined) return { value: ord + t, end: i + 2, ordinal: true };
    }
    return { value: ord, end: i + 1, ordinal: true };
  }
  const ordTens = lex.ordinalTens.get(first);
  if (ordTens !== undefined && first.startsWith('ال')) return { value: ordTens, end: i + 1, ordinal: true };

  let total = 0; // thousands already closed
  let group = 0; // the part below 1000
  let smallest = Infinity; // smallest magnitude used in the group (100, 10, 1)
  let closed = false; // the part below 100 is complete (a teen, a tens word)
  let j = i;
  let any = false;
  for (; j < keys.length; j++) {
    const raw = keys[j]!;
    let k: string;
    let conj = false;
    if (j === i) {
      const w = withoutAl(raw);
      k = w !== raw && (lex.units.has(w) || lex.tens.has(w) || lex.ten.has(w) || lex.hundreds.has(w)) ? w : raw; // الخمسة عشر; but الفين stays
    }
    else {
      const w = afterWa(raw);
      if (w !== null && (lex.units.has(w) || lex.tens.has(w) || lex.hundreds.has(w) || lex.twoThousand.has(w) || lex.thousand.has(w))) {
        k = w;
        conj = true;
      } else k = raw;
    }
    if (lex.units.has(k) && (j === i || conj)) {
      if (smallest <= 10 || closed) break;
      group += lex.units.get(k)!;
      smallest = 1;
      any = true;
      continue;
    }
    if (lex.ten.has(k) && j > i && !conj && smallest === 1 && !closed && group % 100 < 10) {
      group += 10;
      closed = true;
      continue;
    }
    if (lex.ten.has(k) && (j === i || conj) && !closed && smallest > 10) {
      group += 10;
      smallest = 10;
      closed = true;
      any = true;
      continue;
    }
    if (lex.tens.has(k) && (j === i || conj) && !closed && (smallest > 10 || (smallest === 1 && group % 100 < 10))) {
      group += lex.tens.get(k)!;
      smallest = 10;
      closed = true;
      any = true;
      continue;
    }
    if (lex.hundreds.has(k) && (j === i || conj)) {
      if (smallest <= 100) break;
      group += lex.hundreds.get(k)!;
      smallest = 100;
      any = true;
      continue;
    }
    if (lex.hundreds.get(k) === 100 && !conj && j > i && smallest === 1 && group > 0 && group < 10) {
      group *= 100; // ثلاث مائة
      smallest = 100;
      continue;
    }
    if (lex.twoThousand.has(k) && (j === i || conj) && total === 0 && group === 0) {
      total = 2000;
      any = true;
      continue;
    }
    if (lex.thousand.has(k) && (j === i || conj) && total === 0 && group === 0) {
      total = 1000;
      any = true;
      continue;
    }
    if ((lex.thousand.has(k) || lex.thousands.has(k)) && !conj && j > i && group > 0 && total === 0) {
      total = group * 1000;
      group = 0;
      smallest = Infinity;
      closed = false;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + group, end: j, ordinal: false };
}
