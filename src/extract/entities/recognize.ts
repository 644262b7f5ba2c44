import type { ExtractContext } from '../context.js';
import type { Mention } from './mention.js';

/** Named-entity mentions of an article (first cut: none; replaced by the trained labeller). */
export function recognize(_ctx: ExtractContext): Mention[] {
  return [];
}
