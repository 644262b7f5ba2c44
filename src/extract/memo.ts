/**
 * Bounded per-word caches for the core's look-ups (clitic strippings, cue and trigger readings, word
 * classes): news repeats its words, so each is computed once per word, and a cache is emptied whole
 * when it reaches `limit` words so that a long-running process does not grow without end.
 * Values must not be `undefined` (it marks a miss).
 */
const LIMIT = 50_000;

/** `compute(key)`, remembered per key. */
export function memoByKey<T>(compute: (key: string) => T, limit = LIMIT): (key: string) => T {
  const m = new Map<string, T>();
  return (key) => {
    let v = m.get(key);
    if (v === undefined) {
      if (m.size >= limit) m.clear();
      v = compute(key);
      m.set(key, v);
    }
    return v;
  };
}

/** `compute(owner, key)`, remembered per owner (a lexicon: one cache each, dropped with it) and key. */
export function memoByOwnerAndKey<O extends object, T>(compute: (owner: O, key: string) => T, limit = LIMIT): (owner: O, key: string) => T {
  const byOwner = new WeakMap<O, (key: string) => T>();
  return (owner, key) => {
    let f = byOwner.get(owner);
    if (!f) byOwner.set(owner, (f = memoByKey((k) => compute(owner, k), limit)));
    return f(key);
  };
}
