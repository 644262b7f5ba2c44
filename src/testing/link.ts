/** For the linking tests: links a text with given recogniser mentions, checking every mention's offsets. */
import assert from 'node:assert/strict';
import type { Entity } from '../analysis.js';
import { parseArticle } from '../document/layout.js';
import { linkLexicon } from '../extract/entities/lexicon.js';
import { linkMentions } from '../extract/entities/link.js';
import type { Mention } from '../extract/entities/mention.js';
import { loadKb } from '../kb/load.js';
import { fileResources } from '../node/resources.js';
import { tokenize } from '../text/analyzer.js';

export const linkRes = fileResources();
const kb = loadKb(linkRes);
const lexicon = linkLexicon(linkRes);

/** Links a text with the given recogniser mentions (none by default: the gazetteer and the shape rules alone). */
export function link(text: string, mentions: Array<[string, Mention['type']]> = []): Entity[] {
  const article = parseArticle(text, {}, linkRes);
  const ms: Mention[] = mentions.map(([m, type]) => {
    const start = article.text.indexOf(m);
    assert.ok(start >= 0, `${m} not in text`);
    return { start, end: start + m.length, text: m, type };
  });
  const entities = linkMentions({ article, tokens: tokenize(article.text, linkRes), mentions: ms, kb, lexicon });
  for (const e of entities) for (const m of e.mentions) assert.equal(article.text.slice(m.start, m.end), m.text);
  return entities;
}
