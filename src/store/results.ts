/** Query rows → the Store interface's result objects, the same for both backends (their SQL differs, not this). */
import type { ArticleSummary, EntityInfo } from './types.js';

type Row = Record<string, any>;

export const articleSummary = (r: Row): ArticleSummary => ({ id: r.id, title: r.title, published: r.published, source: r.source, duplicateOf: r.duplicate_of });

/** An entity's page: its most common head row, totals, mentions per day and recent articles. */
export function entityInfo(head: Row, totals: Row, timeline: Row[], recent: Row[]): EntityInfo {
  return {
    key: head.key, type: head.type, name: head.name, nameEn: head.name_en, kb: head.kb, country: head.country,
    articles: totals.articles, mentions: totals.mentions,
    timeline: timeline.map((t) => ({ day: t.day, articles: t.articles, mentions: t.mentions })),
    recent: recent.map(articleSummary),
  };
}
