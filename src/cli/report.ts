/**
 * The readable report of `rasid analyze` (without --json), for an analyst at a terminal.
 *
 * Terminals differ in how they lay out right-to-left text, so each line starts with its
 * left-to-right part (labels, English names, values, offsets) and ends with the Arabic, which is
 * never followed by Latin text on the same line: a terminal without bidi support then shows the
 * Arabic run as one block at the end, and one with bidi support has nothing to reorder. Entities
 * without an English name are labelled with a romanisation marked `~`.
 */
import type { Analysis, Entity, Span } from '../analysis.js';
import { romanize } from '../text/transliterate.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const num = (n: number) => n.toLocaleString('en');
const at = (s: { start: number; end: number }) => `@${s.start}`;

/** An entity's name for the left-to-right part of a line: English, else a romanisation of the Arabic. */
function entityLabel(e: Entity | undefined, id: string): string {
  if (!e) return id;
  return e.nameEn ?? `~${romanize(e.name)}`;
}

export function renderReport(a: Analysis): string {
  const out: string[] = [];
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const label = (id: string | null) => (id ? entityLabel(byId.get(id), id) : '—');

  const facts = [a.published ? `published ${a.published}` : 'publication date unknown', `${a.paragraphs.length} paragraphs`, `${a.sentences.length} sentences`, `${num(a.text.length)} characters`];
  out.push(`Article ${a.id ?? '(no id)'}  ·  ${facts.join('  ·  ')}`);
  out.push(`  Headline      ${a.headline ? oneLine(a.headline.text) : '—'}`);
  if (a.subheadline) out.push(`  Subheadline   ${oneLine(a.subheadline.text)}`);
  if (a.dateline) {
    // one part a line, so that no Latin follows Arabic on a line
    const d = a.dateline;
    const place = d.entity ? byId.get(d.entity) : undefined;
    const where = place?.nameEn ? `(${place.nameEn}${place.country ? `, ${place.country}` : ''})  ` : '';
    out.push(`  Dateline      place   ${where}${d.place.text}`);
    if (d.agency) out.push(`                agency  ${d.agency.text}`);
    if (d.byline) out.push(`                byline  ${d.byline.text}`);
    if (d.date) out.push(`                date    ${d.date.text}`);
  } else out.push('  Dateline      —');

  // Entities: people, then organisations, places and the rest; most mentioned first.
  const order = { PER: 0, ORG: 1, LOC: 2, MISC: 3 } as const;
  const entities = [...a.entities].sort((x, y) => order[x.type] - order[y.type] || y.mentions.length - x.mentions.length || x.mentions[0]!.start - y.mentions[0]!.start);
  out.push('', `Entities (${a.entities.length})`);
  if (!entities.length) out.push('  —');
  const width = Math.min(28, Math.max(0, ...entities.map((e) => entityLabel(e, e.id).length)));
  for (const e of entities) {
    const where = [e.country, e.lat != null && e.lon != null ? `${e.lat.toFixed(2)},${e.lon.toFixed(2)}` : null].filter(Boolean).join(' ');
    const meta = [`×${e.mentions.length}`, where, e.kb ? `kb ${e.kb}` : 'not in KB', e.role ? e.role : null].filter(Boolean).join('  ');
    const forms = [...new Set(e.mentions.map((m) => oneLine(m.text)))].filter((f) => f !== e.name);
    out.push(`  ${e.type.padEnd(4)} ${clip(entityLabel(e, e.id), 28).padEnd(width)}  ${meta.padEnd(40)}  ${e.name}${forms.length ? ` ← ${forms.join('، ')}` : ''}`);
  }

  out.push('', `Times (${a.times.length})`);
  if (!a.times.length) out.push('  —');
  for (const t of a.times) out.push(`  ${(t.value ?? '?').padEnd(22)} ${t.type.padEnd(8)} ${at(t).padEnd(7)} ${oneLine(t.text)}`);

  out.push('', `Quotes (${a.quotes.length})`);
  if (!a.quotes.length) out.push('  —');
  for (const q of a.quotes) {
    const who = q.speaker ? label(q.speaker) : q.speakerText ? 'unlinked speaker' : 'speaker unknown';
    const how = [q.direct ? 'direct' : 'reported', q.via ? `via ${label(q.via)}` : null, at(q)].filter(Boolean).join(', ');
    const arabic = [q.speakerText ? q.speakerText.text : null, q.cue ? q.cue.text : null].filter(Boolean).join(' · ');
    out.push(`  ${who} (${how})${arabic ? `: ${oneLine(arabic)}` : ''}`);
    out.push(`      «${clip(oneLine(q.text), 160)}»`);
  }

  out.push('', `Events (${a.events.length})`);
  if (!a.events.length) out.push('  —');
  for (const ev of a.events) {
    const who = (ids: string[]) => ids.map(label).join(' + ') || '—';
    const flags = [ev.negated ? 'NEGATED' : '', ev.future ? 'future' : ''].filter(Boolean).join(', ');
    const line = [`${ev.type}${ev.mode ? `/${ev.mode}` : ''}`.padEnd(22), `${who(ev.actor)} → ${who(ev.recipient)}`, ev.location ? `in ${label(ev.location)}` : '', ev.date ? `on ${ev.date}` : '', flags ? `[${flags}]` : '', `conf ${ev.confidence.toFixed(2)}`, `sentence ${ev.sentence + 1}`]
      .filter(Boolean)
      .join('  ');
    out.push(`  ${line}`);
    out.push(`      ${clip(oneLine(ev.trigger.text), 160)}`);
  }
  return out.join('\n') + '\n';
}

/** A span for messages: its text on one line, clipped. */
export function spanText(s: Span, max = 80): string {
  return clip(oneLine(s.text), max);
}
