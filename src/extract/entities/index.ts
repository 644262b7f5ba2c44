import type { Entity } from '../../analysis.js';
import type { ExtractContext } from '../context.js';

/** Entities of an article: recognised, merged per referent, linked to the knowledge base. */
export function extractEntities(_ctx: ExtractContext): Entity[] {
  return [];
}
