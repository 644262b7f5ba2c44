/**
 * Subjects the verb-first reading misses or misreads, told by word order alone (match keys in, token indexes out):
 * a named body with a short qualifier before its verb, a subject standing before قد earlier in the sentence, and an
 * arrest verb whose only named phrase is the one arrested (an unvocalised passive).
 */

/** a preposition that opens a body's qualifier: الدفاع الجوي عن الإقليم، القوات في الشمال */
const QUALIFIER_PREP = /^(عن|في|من)$/;

/**
 * «أن وحدات الدفاع الجوي عن الإقليم أسقطت طائرة»: a preposition and one definite noun between a named body and its
 * verb qualify the body; the subject ends before them. Returns the token before the qualifier, or `b` unchanged
 * (b = the token right before the verb).
 */
export function skipBodyQualifier(keys: readonly string[], b: number, namedBodyEndsAt: (k: number) => boolean, named: (k: number) => boolean): number {
  if (b < 2 || named(b) || !/^ال/.test(keys[b]!) || !QUALIFIER_PREP.test(keys[b - 1]!)) return b;
  return namedBodyEndsAt(b - 2) ? b - 2 : b;
}

/** كان، كانت (with و/ف): the auxiliary before a subject and قد */
const KANA = /^[وف]?(كان|كانت|كانوا)$/;

/**
 * «وكانت قوات الدرك قد منعت آلاف المعلمين …، واعتقلت عددا منهم»: a و-verb with no subject of its own goes on with the
 * subject of «كان X قد فعل» before it in the sentence, when both verbs agree in gender (…ت / …ت). Returns the range
 * [first, last) of that subject, or null.
 */
export function subjectBeforeQad(keys: readonly string[], isWord: (k: number) => boolean, verbAt: number, sentFrom: number): [number, number] | null {
  const feminine = (k: number) => /ت$/.test(keys[k]!);
  for (let q = verbAt - 2; q > sentFrom; q--) {
    if (keys[q] !== 'قد' || !isWord(q + 1)) continue;
    if (feminine(q + 1) !== feminine(verbAt)) return null;
    // the auxiliary at most six words before قد, the subject between them
    for (let k = q - 2; k >= Math.max(sentFrom, q - 7); k--) if (KANA.test(keys[k]!)) return [k + 1, q];
    return null;
  }
  return null;
}

/** perfect arrest verbs (match keys, no clitics) that read the same in the passive: اعتقل / اعتُقل */
const ARREST_PERFECT = /^(اعتقل|احتجز|اوقف|اختطف|خطف|سجن)$/;

/**
 * «اعتقل جيفري ويب في فندق»، «إن أسدي احتجز بشكل غير قانوني»: an arrest verb in the masculine perfect with no
 * pronoun, whose only named phrase is one person and nothing after it is an object (a preposition, ب-phrase, time or
 * the clause's end follows), is the unvocalised passive — the person was arrested; no arrester is named.
 * `next` is the key after the person (verb first) or after the verb (person first); null at the clause's end.
 */
export function unmarkedPassiveArrest(verbKey: string, enc: string, next: string | null, nextOpensObject: boolean): boolean {
  if (enc || !ARREST_PERFECT.test(verbKey)) return false;
  return next == null || !nextOpensObject;
}
