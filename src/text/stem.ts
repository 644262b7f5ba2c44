/** Light stemmer for search (first cut; replaced by the light10-derived stemmer). */
import type { Resources } from '../resources.js';
import { matchKey } from './normalize.js';

export function stemWord(word: string, _res: Resources): string {
  const k = matchKey(word);
  return k.length > 4 && k.startsWith('ال') ? k.slice(2) : k;
}
