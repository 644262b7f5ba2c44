import type { Entity } from '../../analysis.js';
import { loadKb } from '../../kb/load.js';
import type { ExtractContext } from '../context.js';
import { linkLexicon } from './lexicon.js';
import { datelineEntityId, linkMentions } from './link.js';
import { recognize } from './recognize.js';
import { bareBodyTable } from './bare-bodies.js';

/**
 * Entities of an article: the recogniser's mentions plus the knowledge base's names found in the text,
 * merged per referent, linked to the knowledge base, geocoded, with ids e1, e2 … in order of first mention.
 */
export function extractEntities(ctx: ExtractContext): Entity[] {
  return linkMentions({
    article: ctx.article,
    tokens: ctx.tokens,
    mentions: recognize(ctx),
    kb: loadKb(ctx.res),
    lexicon: linkLexicon(ctx.res),
    bareBodies: bareBodyTable(ctx.res),
  });
}

export { datelineEntityId };
