/** Clitic segmentation (first cut: no split; replaced by the lexicon-based segmenter). */
import type { Resources } from '../resources.js';

export interface Segment {
  text: string;
  start: number;
  end: number;
  role: 'proclitic' | 'stem' | 'enclitic';
}

/** Segments of a word at offset `start` of its text: contiguous substrings that cover it. */
export function segmentWord(word: string, start: number, _res: Resources): Segment[] {
  return [{ text: word, start, end: start + word.length, role: 'stem' }];
}
