/** What every extractor receives: the article, its tokens, the data files, and what earlier extractors found. */
import type { Entity, Quote, TimeExpression } from '../analysis.js';
import type { Article } from '../document/article.js';
import type { Resources } from '../resources.js';
import type { Token } from '../text/analyzer.js';

export interface ExtractContext {
  article: Article;
  /** tokens of the whole article text */
  tokens: Token[];
  res: Resources;
}

export interface EarlierResults {
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
}
