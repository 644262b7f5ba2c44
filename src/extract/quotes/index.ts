import type { Entity, Quote } from '../../analysis.js';
import type { ExtractContext } from '../context.js';

/** Quotes (direct and reported) with their speakers. */
export function extractQuotes(_ctx: ExtractContext, _entities: Entity[]): Quote[] {
  return [];
}
