/**
 * Time expressions of an article: every date, time, duration, set and range, with its exact span and its
 * value resolved against the publication date (`ctx.article.published`; without one, relative expressions
 * get value null). See tagger.ts for the rules and ../../../data/lexicons/times-ar.json for the words.
 */
import type { TimeExpression } from '../../analysis.js';
import type { Resources } from '../../resources.js';
import type { ExtractContext } from '../context.js';
import { parseAnchor } from './anchor.js';
import { timeLexicon } from './lexicon.js';
import { Tagger } from './tagger.js';

export { parseAnchor } from './anchor.js';
export { parseNumberWords, numberLexicon } from './numbers.js';

/** Tags and resolves the time expressions of a text against a reference date (ISO 8601 or null). */
export function tagTimes(text: string, published: string | null, res: Resources): TimeExpression[] {
  return new Tagger(text, timeLexicon(res), parseAnchor(published)).run();
}

export function extractTimes(ctx: ExtractContext): TimeExpression[] {
  return tagTimes(ctx.article.text, ctx.article.published, ctx.res);
}
