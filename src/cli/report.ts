/** The readable report of `rasid analyze` (without --json). */
import type { Analysis, Span } from '../analysis.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const at = (s: Span) => `[${s.start}–${s.end}]`;

export function renderReport(a: Analysis): string {
  const out: string[] = [];
  const names = new Map(a.entities.map((e) => [e.id, e.nameEn ? `${e.name} (${e.nameEn})` : e.name]));
  out.push(`Article ${a.id ?? ''}`.trimEnd() + (a.published ? `  · published ${a.published}` : ''));
  if (a.headline) out.push(`Headline     ${oneLine(a.headline.text)}`);
  if (a.subheadline) out.push(`Subheadline  ${oneLine(a.subheadline.text)}`);
  if (a.dateline) {
    const d = a.dateline;
    out.push(`Dateline     ${d.place.text}${d.agency ? ` · ${d.agency.text}` : ''}${d.byline ? ` · ${d.byline.text}` : ''}`);
  }
  out.push(`Layout       ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${a.text.length} characters`);
  out.push('', `Entities (${a.entities.length})`);
  for (const e of a.entities) {
    const geo = e.lat != null && e.lon != null ? ` @${e.lat.toFixed(2)},${e.lon.toFixed(2)}` : '';
    const forms = [...new Set(e.mentions.map((m) => m.text))].join('، ');
    out.push(`  ${e.type.padEnd(4)} ${e.name}${e.nameEn ? ` — ${e.nameEn}` : ''}${e.country ? ` [${e.country}]` : ''}${geo}  ×${e.mentions.length}: ${forms}`);
  }
  out.push('', `Times (${a.times.length})`);
  for (const t of a.times) out.push(`  ${t.type.padEnd(8)} ${oneLine(t.text)} → ${t.value ?? '?'}  ${at(t)}`);
  out.push('', `Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker ? names.get(q.speaker) : q.speakerText?.text ?? 'unknown';
    const via = q.via ? ` via ${names.get(q.via)}` : '';
    out.push(`  ${who}${via}${q.direct ? '' : ' (reported)'}: «${oneLine(q.text)}»`);
  }
  out.push('', `Events (${a.events.length})`);
  for (const ev of a.events) {
    const who = (ids: string[]) => ids.map((i) => names.get(i) ?? i).join(' + ') || '—';
    const flags = [ev.negated ? 'negated' : '', ev.future ? 'future' : ''].filter(Boolean).join(', ');
    out.push(
      `  ${ev.type.padEnd(9)} ${who(ev.actor)} → ${who(ev.recipient)}${ev.location ? ` @ ${names.get(ev.location)}` : ''}${ev.date ? ` on ${ev.date}` : ''}${flags ? ` (${flags})` : ''}  «${oneLine(ev.trigger.text)}»`,
    );
  }
  return out.join('\n') + '\n';
}
