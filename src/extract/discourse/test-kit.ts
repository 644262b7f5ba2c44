/** Shared by the quote and event tests and the evaluation: an article analysed with hand-built entities. */
import type { Entity, Event, Quote, TimeExpression } from '../../analysis.js';
import { parseArticle } from '../../document/layout.js';
import type { Article } from '../../document/article.js';
import type { Resources } from '../../resources.js';
import { tokenize } from '../../text/analyzer.js';
import type { ExtractContext } from '../context.js';
import { extractTimes } from '../times/index.js';
import { extractQuotes } from '../quotes/index.js';
import { extractEvents } from '../events/index.js';
import { handEntities, handTimes, type HandEntity } from './hand-entities.js';

export interface HandAnalysis {
  article: Article;
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: Event[];
}

/** Quotes and events of `text` over hand-built entities (and the real time tagger unless times are given). */
export function analyzeWithHandEntities(text: string, specs: HandEntity[], res: Resources, published: string | null = null, times?: Array<{ form: string; value: string | null }>): HandAnalysis {
  const article = parseArticle(text, { published }, res);
  const ctx: ExtractContext = { article, tokens: tokenize(text, res), res };
  const entities = handEntities(text, specs);
  const t = times ? handTimes(text, times) : extractTimes(ctx);
  const quotes = extractQuotes(ctx, entities);
  const events = extractEvents(ctx, { entities, times: t, quotes });
  return { article, entities, times: t, quotes, events };
}
