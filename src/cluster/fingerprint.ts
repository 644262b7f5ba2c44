/**
 * The two fingerprints a stored article carries:
 * - `copy`: MinHash over 4-word shingles of match keys — a near-copy (wire story republished with a
 *   changed headline or a dropped paragraph) shares most of them;
 * - `topic`: MinHash over the article's distinct content stems (4 letters or more, which leaves out
 *   most particles such as في، من، على، الى) — two write-ups of the same story share many of them.
 */
import type { Token } from '../text/analyzer.js';
import { bandKeys, minhash, shingles, similarity } from './minhash.js';

export const COPY_HASHES = 64;
export const COPY_BANDS = 16; // 4 rows a band: candidates from Jaccard ≈ 0.5 up
export const TOPIC_HASHES = 64;
export const TOPIC_BANDS = 32; // 2 rows a band: candidates from Jaccard ≈ 0.18 up

/** Estimated Jaccard of 4-word shingles from which an article counts as repeating another. */
export const DUPLICATE_THRESHOLD = 0.6;
/** Estimated Jaccard of content stems from which two articles close in time tell the same story. */
export const STORY_THRESHOLD = 0.3;
/** Stories group articles published within this many days of each other. */
export const STORY_WINDOW_DAYS = 3;

export interface Fingerprint {
  copy: Uint32Array;
  topic: Uint32Array;
  copyBands: number[];
  topicBands: number[];
}

const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin';

export function fingerprint(tokens: Token[]): Fingerprint {
  const words = tokens.filter(isWord);
  const copy = minhash(shingles(words.map((t) => t.norm), 4), COPY_HASHES);
  const topic = minhash(new Set(words.filter((t) => t.kind === 'word' && t.stem.length >= 4).map((t) => t.stem)), TOPIC_HASHES);
  return { copy, topic, copyBands: bandKeys(copy, COPY_BANDS), topicBands: bandKeys(topic, TOPIC_BANDS) };
}

export { similarity };
