/**
 * The Arabic stop-word list (data/lexicons/stopwords.txt, written for Rasid): function words in their
 * clitic-free forms, keyed by match key, so that «إلى», «الى» and «إلي» are one entry.
 */
import { cached, type Resources } from '../resources.js';
import { matchKey } from './normalize.js';

export const STOPWORDS_FILE = 'data/lexicons/stopwords.txt';

/** Parses a word list: `#` starts a comment, words are separated by white space; keys are match keys. */
export function parseWordList(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    for (const w of line.split(/\s+/)) if (w) out.add(matchKey(w));
  }
  return out;
}

/** The stop words as a set of match keys (empty when the list is absent from the resources). */
export function stopwords(res: Resources): ReadonlySet<string> {
  return cached(res, STOPWORDS_FILE, (r) => parseWordList(r.read(STOPWORDS_FILE) ?? ''));
}

/** True for a function word (any spelling variant: the word is compared on its match key). */
export function isStopword(word: string, res: Resources): boolean {
  return stopwords(res).has(matchKey(word));
}
