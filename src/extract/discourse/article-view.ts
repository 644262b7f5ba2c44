/** The DocView of an article as the extractors see it: its entities, times, the country adjectives of the knowledge base, and where its dateline ends. */
import type { Entity, TimeExpression } from '../../analysis.js';
import { loadKb } from '../../kb/load.js';
import type { ExtractContext } from '../context.js';
import { DocView } from './view.js';
import { isClass, wordClasses, type WordClass } from './words.js';

/** Closed classes whose words are no surnames (علي is also the key of على). */
const NOT_NAMES: WordClass[] = ['prep', 'title', 'anon', 'that', 'boundary', 'relative', 'neg', 'future'];

/** The quote and event extractors of one analysis share one view (built once, times added when known). */
const views = new WeakMap<ExtractContext, { entities: Entity[]; view: DocView }>();

export function articleView(ctx: ExtractContext, entities: Entity[], times: TimeExpression[] = []): DocView {
  const seen = views.get(ctx);
  if (seen && seen.entities === entities) {
    if (times.length) seen.view.setTimes(times);
    return seen.view;
  }
  const view = buildView(ctx, entities, times);
  views.set(ctx, { entities, view });
  return view;
}

function buildView(ctx: ExtractContext, entities: Entity[], times: TimeExpression[]): DocView {
  const a = ctx.article;
  let demonyms: ((key: string) => string | null) | null = null;
  try {
    const kb = loadKb(ctx.res);
    demonyms = (key) => kb.demonyms.get(key)?.id ?? null;
  } catch {
    // no knowledge base among the resources (a bare browser build): no demonym readings
  }
  const view = new DocView(a.text, ctx.tokens, a.sentences, a.paragraphs, entities, times, demonyms);
  // a person's last name alone refers back to the person named in full (not a word of a closed class: علي is also على)
  const w = wordClasses(ctx.res);
  view.addSurnameMentions((key) => NOT_NAMES.some((c) => isClass(w, c, key)));
  const d = a.dateline;
  if (d) view.bodyStart = Math.max(d.place.end, d.agency?.end ?? 0, d.byline?.end ?? 0, d.date?.end ?? 0);
  return view;
}
