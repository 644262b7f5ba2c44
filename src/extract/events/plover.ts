/**
 * Events as PLOVER-style records for researchers (JSON Lines and CSV): one record per event with its
 * date, type and mode, actors and recipients (names, knowledge-base ids, countries), the event location
 * with coordinates, the trigger text and offsets, the sentence, and the article it came from.
 */
import type { Analysis, Entity, Event } from '../../analysis.js';

export interface PloverActor {
  id: string;
  /** the canonical Arabic name */
  name: string;
  name_en: string | null;
  kb: string | null;
  country: string | null;
  type: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  event: string;
  mode: string | null;
  actor: PloverActor[];
  actor_country: string[];
  recipient: PloverActor[];
  recipient_country: string[];
  event_loc: { id: string; name: string; name_en: string | null; kb: string | null; lat: number | null; lon: number | null; country: string | null } | null;
  event_text: string;
  text_start: number;
  text_end: number;
  sentence: number;
  sentence_text: string;
  article_id: string | null;
  article_published: string | null;
  negated: boolean;
  future: boolean;
  confidence: number;
  language: 'ar';
}

const actorOf = (e: Entity): PloverActor => ({ id: e.id, name: e.name, name_en: e.nameEn, kb: e.kb, country: e.country, type: e.type });
const uniq = (xs: Array<string | null>) => [...new Set(xs.filter((x): x is string => !!x))];

export function ploverRecords(a: Analysis): PloverRecord[] {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const ents = (ids: string[]) => ids.map((id) => byId.get(id)).filter((e): e is Entity => !!e);
  return a.events.map((ev: Event) => {
    const actor = ents(ev.actor).map(actorOf);
    const recipient = ents(ev.recipient).map(actorOf);
    const loc = ev.location ? byId.get(ev.location) ?? null : null;
    const sent = a.sentences[ev.sentence];
    return {
      id: `${a.id ?? 'article'}:${ev.id}`,
      date: ev.date,
      event: ev.type,
      mode: ev.mode,
      actor,
      actor_country: uniq(actor.map((x) => x.country)),
      recipient,
      recipient_country: uniq(recipient.map((x) => x.country)),
      event_loc: loc ? { id: loc.id, name: loc.name, name_en: loc.nameEn, kb: loc.kb, lat: loc.lat, lon: loc.lon, country: loc.country } : null,
      event_text: ev.trigger.text,
      text_start: ev.trigger.start,
      text_end: ev.trigger.end,
      sentence: ev.sentence,
      sentence_text: sent ? a.text.slice(sent.start, sent.end) : '',
      article_id: a.id,
      article_published: a.published,
      negated: ev.negated,
      future: ev.future,
      confidence: ev.confidence,
      language: 'ar',
    };
  });
}

export interface PloverFilter {
  since?: string;
  until?: string;
  types?: string[];
  countries?: string[];
  /** keep events the text negates or calls off (left out by default) */
  negated?: boolean;
}

/** since/until compare on the event's date (a month or year value counts from its first day). */
export function keepRecord(r: PloverRecord, f: PloverFilter): boolean {
  if (!f.negated && r.negated) return false;
  if (f.types?.length && !f.types.includes(r.event)) return false;
  if (f.since && (!r.date || r.date.slice(0, f.since.length) < f.since)) return false;
  if (f.until && (!r.date || r.date.slice(0, 10) > f.until)) return false;
  if (f.countries?.length) {
    const cs = new Set([...r.actor_country, ...r.recipient_country, ...(r.event_loc?.country ? [r.event_loc.country] : [])]);
    if (!f.countries.some((c) => cs.has(c))) return false;
  }
  return true;
}

export const CSV_COLUMNS = [
  'id', 'date', 'event', 'mode', 'actor', 'actor_kb', 'actor_country', 'recipient', 'recipient_kb', 'recipient_country',
  'event_loc', 'event_loc_kb', 'event_loc_lat', 'event_loc_lon', 'event_loc_country', 'event_text', 'text_start', 'text_end',
  'sentence_text', 'article_id', 'article_published', 'negated', 'future', 'confidence',
] as const;

const csvCell = (v: unknown): string => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One CSV line (RFC 4180 quoting); several actors are joined with "; ", English names where known. */
export function csvLine(r: PloverRecord): string {
  const names = (xs: PloverActor[]) => xs.map((x) => x.name_en ?? x.name).join('; ');
  const kbs = (xs: PloverActor[]) => xs.map((x) => x.kb ?? '').join('; ');
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: r.id, date: r.date, event: r.event, mode: r.mode,
    actor: names(r.actor), actor_kb: kbs(r.actor), actor_country: r.actor_country.join('; '),
    recipient: names(r.recipient), recipient_kb: kbs(r.recipient), recipient_country: r.recipient_country.join('; '),
    event_loc: r.event_loc ? r.event_loc.name_en ?? r.event_loc.name : null, event_loc_kb: r.event_loc?.kb, event_loc_lat: r.event_loc?.lat, event_loc_lon: r.event_loc?.lon, event_loc_country: r.event_loc?.country,
    event_text: r.event_text, text_start: r.text_start, text_end: r.text_end, sentence_text: r.sentence_text,
    article_id: r.article_id, article_published: r.article_published, negated: r.negated, future: r.future, confidence: r.confidence,
  };
  return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',');
}
