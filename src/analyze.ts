/**
 * The pipeline: document → tokens → entities → times → quotes → events → the contract's Analysis.
 * Pure: data files arrive through `Resources`.
 */
import type { Analysis } from './analysis.js';
import type { Article } from './document/article.js';
import type { ExtractContext } from './extract/context.js';
import { datelineEntityId, extractEntities } from './extract/entities/index.js';
import { extractEvents } from './extract/events/index.js';
import { withImpliedCountries } from './extract/discourse/implied-countries.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractTimes } from './extract/times/index.js';
import type { Resources } from './resources.js';
import { tokenize } from './text/analyzer.js';

export function analyzeArticle(article: Article, res: Resources): Analysis {
  const ctx: ExtractContext = { article, tokens: tokenize(article.text, res), res };
  // a country named only by its forces' adjective (طائرات إسرائيلية) is an entity, so events can name it
  const entities = withImpliedCountries(ctx, extractEntities(ctx));
  const times = extractTimes(ctx);
  const quotes = extractQuotes(ctx, entities);
  const events = extractEvents(ctx, { entities, times, quotes });
  return {
    schema: 'rasid.analysis/1',
    id: article.id,
    text: article.text,
    published: article.published,
    headline: article.headline,
    subheadline: article.subheadline,
    dateline: article.dateline ? { ...article.dateline, entity: datelineEntityId(entities, article.dateline.place) } : null,
    paragraphs: article.paragraphs,
    sentences: article.sentences,
    entities,
    times,
    quotes,
    events,
  };
}
