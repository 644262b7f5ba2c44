/**
 * Near-duplicate and story assignment for a new article, given the stored articles that share an LSH
 * band with it (both backends look candidates up their own way and call this).
 */
import { DUPLICATE_THRESHOLD, STORY_THRESHOLD, STORY_WINDOW_DAYS, similarity } from '../cluster/fingerprint.js';
import { signatureFromBytes } from '../cluster/minhash.js';

export interface Candidate {
  id: string;
  day: string | null;
  duplicateOf: string | null;
  story: string | null;
  copySig: Uint8Array | null;
  topicSig: Uint8Array | null;
}

export interface Assignment {
  duplicateOf: string | null;
  story: string;
}

const dayNumber = (d: string) => Math.floor(Date.parse(d.slice(0, 10)) / 86_400_000);

export function withinWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b; // two undated articles may share a story; a dated one never joins an undated one
  return Math.abs(dayNumber(a) - dayNumber(b)) <= STORY_WINDOW_DAYS;
}

export function assign(
  self: { id: string; day: string | null; copySig: Uint32Array; topicSig: Uint32Array },
  copyCandidates: Candidate[],
  topicCandidates: Candidate[],
): Assignment {
  let best: Candidate | null = null;
  let bestSim = 0;
  for (const c of copyCandidates) {
    if (c.id === self.id || !c.copySig) continue;
    const s = similarity(self.copySig, signatureFromBytes(c.copySig));
    if (s >= DUPLICATE_THRESHOLD && s > bestSim) {
      best = c;
      bestSim = s;
    }
  }
  if (best) return { duplicateOf: best.duplicateOf ?? best.id, story: best.story ?? best.id };
  let story: Candidate | null = null;
  let storySim = 0;
  for (const c of topicCandidates) {
    if (c.id === self.id || !c.topicSig || !withinWindow(self.day, c.day)) continue;
    const s = similarity(self.topicSig, signatureFromBytes(c.topicSig));
    if (s >= STORY_THRESHOLD && s > storySim) {
      story = c;
      storySim = s;
    }
  }
  return { duplicateOf: null, story: story ? (story.story ?? story.id) : self.id };
}
