/**
 * Conjugated verbs told by their paradigm in the corpus: a word that starts with an imperfect prefix
 * (ي he / ت she) and whose stem SaudiNewsNet also writes with the other prefix is a verb, not a name:
 * «تتناقص» (it shrinks) beside «يتناقص». After a place trigger the labeller otherwise reads such a verb as
 * a name: «منطقة تتناقص مساحتها» (an area whose size shrinks) is a relative clause, not «the area of
 * Tatnaqs». Names rarely have the sibling form (ANERcorp's training part: 2 name tokens against 1,408
 * other tokens pass the test); a name that does (تدمر / يدمر) is in the gazetteer, which the callers
 * consult first.
 */
import type { KeyTable } from '../../text/keytable.js';

/** Both prefixed forms must have been seen this often (wordfreq.tsv keeps keys seen ≥ 3 times). */
const MIN_SEEN = 3;
/** Prefix + at least four letters: shorter words (تونس، يزن) are too often names. */
const MIN_LENGTH = 5;

/** True when a match key (a clitic و/ف allowed: وتتناقص) is an imperfect verb by its corpus paradigm. */
export function isConjugatedVerb(key: string, freq: KeyTable<number>): boolean {
  const bare = (key.startsWith('و') || key.startsWith('ف')) && key.length > MIN_LENGTH && (key[1] === 'ي' || key[1] === 'ت') ? key.slice(1) : key;
  if (bare.length < MIN_LENGTH) return false;
  const p = bare[0];
  if (p !== 'ي' && p !== 'ت') return false;
  const stem = bare.slice(1);
  return (freq.get('ي' + stem) ?? 0) >= MIN_SEEN && (freq.get('ت' + stem) ?? 0) >= MIN_SEEN;
}

/**
 * A future-tense verb: «س» before an imperfect (سنحاسب we will hold to account, سيقوم، ستتخذ), its stem
 * seen with both ي and ت in the corpus. No name starts with one: «"سنحاسب بحزم …"» inside a quote is no
 * person «Sanhasb Bahzam».
 */
export function isFutureVerb(key: string, freq: KeyTable<number>): boolean {
  const bare = key.startsWith('و') || key.startsWith('ف') ? key.slice(1) : key;
  if (bare[0] !== 'س' || bare.length < MIN_LENGTH || !'ينتا'.includes(bare[1]!)) return false;
  const stem = bare.slice(2);
  return (freq.get('ي' + stem) ?? 0) >= MIN_SEEN && (freq.get('ت' + stem) ?? 0) >= MIN_SEEN;
}
