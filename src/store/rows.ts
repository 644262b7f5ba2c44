/** The queryable rows an analysis yields (the same for both backends). */
import type { Analysis, Entity } from '../analysis.js';
import { matchKey } from '../text/normalize.js';

export interface EntityRow {
  key: string;
  type: string;
  name: string;
  nameKey: string;
  nameEn: string | null;
  kb: string | null;
  country: string | null;
  mentions: number;
}
export interface TimeRow {
  type: string;
  value: string | null;
  text: string;
  start: number;
  end: number;
}
export interface QuoteRow {
  text: string;
  start: number;
  end: number;
  direct: boolean;
  speaker: string | null;
  speakerName: string | null;
}
export interface EventDbRow {
  eventId: string;
  type: string;
  mode: string | null;
  actors: string[];
  recipients: string[];
  location: string | null;
  date: string | null;
  trigger: string;
  start: number;
  end: number;
  negated: boolean;
  future: boolean;
  confidence: number;
}

/** An entity's key across articles: its knowledge-base id, else its type and normalised name. */
export const entityKey = (e: Entity) => e.kb ?? `${e.type}:${matchKey(e.name)}`;

export function rowsOf(a: Analysis) {
  const keyOf = new Map<string, string>();
  const entities: EntityRow[] = [];
  const byKey = new Map<string, EntityRow>();
  for (const e of a.entities) {
    const key = entityKey(e);
    keyOf.set(e.id, key);
    const had = byKey.get(key);
    if (had) {
      had.mentions += e.mentions.length;
      continue;
    }
    const row = { key, type: e.type, name: e.name, nameKey: matchKey(e.name), nameEn: e.nameEn, kb: e.kb, country: e.country, mentions: e.mentions.length };
    byKey.set(key, row);
    entities.push(row);
  }
  const k = (id: string | null) => (id == null ? null : (keyOf.get(id) ?? id));
  const times: TimeRow[] = a.times.map((t) => ({ type: t.type, value: t.value, text: t.text, start: t.start, end: t.end }));
  const quotes: QuoteRow[] = a.quotes.map((q) => ({
    text: q.text,
    start: q.start,
    end: q.end,
    direct: q.direct,
    speaker: k(q.speaker),
    speakerName: q.speaker ? (a.entities.find((e) => e.id === q.speaker)?.name ?? null) : (q.speakerText?.text ?? null),
  }));
  const events: EventDbRow[] = a.events.map((e) => ({
    eventId: e.id,
    type: e.type,
    mode: e.mode,
    actors: e.actor.map((x) => k(x)!),
    recipients: e.recipient.map((x) => k(x)!),
    location: k(e.location),
    date: e.date,
    trigger: e.trigger.text,
    start: e.trigger.start,
    end: e.trigger.end,
    negated: e.negated,
    future: e.future,
    confidence: e.confidence,
  }));
  return { entities, times, quotes, events };
}
