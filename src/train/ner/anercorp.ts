/** Reading CoNLL-style `WORD TAG` files (ANERcorp) and the fixed train/development split. */

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

const VALID = /^(O|[BI]-(PERS|LOC|ORG|MISC))$/;

/**
 * Parses `WORD TAG` lines with blank lines between sentences. The word is the first field and the tag the
 * last (ANERcorp has one line `. Oالإصابة O` with a stray field); an unknown tag counts as O.
 */
export function parseConll(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (cur.words.length) out.push(cur), (cur = { words: [], tags: [] });
      continue;
    }
    const fields = line.split(/\s+/);
    const tag = fields.length > 1 ? fields[fields.length - 1]! : 'O';
    cur.words.push(fields[0]!);
    cur.tags.push(VALID.test(tag) ? tag : 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/**
 * The development part: the last `fraction` of the sentences (ANERcorp's order, fixed), the rest is for training.
 * With ANERcorp's 3,960 training sentences and 0.1: sentences 3,564–3,959 are development.
 */
export function splitDev<T>(sentences: T[], fraction: number): { train: T[]; dev: T[] } {
  const cut = sentences.length - Math.round(sentences.length * fraction);
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}
