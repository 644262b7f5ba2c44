/**
 * Entities built by hand from name lists, for tests and the annotated evaluation set: every occurrence
 * of a listed form (outside words, optionally after the clitics و ف ب ل) becomes a mention. This is the
 * "oracle" entity layer that lets quotes and events be measured apart from entity recognition.
 */
import type { Entity, EntityType, TimeExpression } from '../../analysis.js';

export interface HandEntity {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string | null;
  /** surface forms as written in the text (the name itself is one) */
  forms?: string[];
  country?: string | null;
  kb?: string | null;
  role?: string | null;
  lat?: number | null;
  lon?: number | null;
}

const LETTER = /[\p{L}\p{M}]/u;

export function handEntities(text: string, specs: HandEntity[]): Entity[] {
  const taken = new Uint8Array(text.length);
  const all: Array<{ spec: HandEntity; form: string }> = [];
  for (const spec of specs) for (const f of new Set([spec.name, ...(spec.forms ?? [])])) all.push({ spec, form: f });
  all.sort((a, b) => b.form.length - a.form.length);
  const mentions = new Map<string, Array<{ start: number; end: number }>>();
  for (const { spec, form } of all) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(form, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + form.length;
      if (LETTER.test(text[end] ?? '')) continue;
      // allow up to three clitic letters before the form (و، ف، ب، ل، وب، ول، فب)
      let s = at;
      while (s > 0 && s > at - 3 && /[وفبل]/.test(text[s - 1]!)) s--;
      if (s > 0 && LETTER.test(text[s - 1]!)) continue;
      let free = true;
      for (let k = at; k < end; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(1, at, end);
      const list = mentions.get(spec.id) ?? [];
      list.push({ start: at, end });
      mentions.set(spec.id, list);
    }
  }
  const out: Entity[] = [];
  for (const spec of specs) {
    const ms = (mentions.get(spec.id) ?? []).sort((a, b) => a.start - b.start);
    if (!ms.length) continue;
    out.push({
      id: spec.id,
      type: spec.type,
      name: spec.name,
      nameEn: spec.nameEn ?? null,
      kb: spec.kb ?? null,
      country: spec.country ?? null,
      lat: spec.lat ?? null,
      lon: spec.lon ?? null,
      mentions: ms.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
      role: spec.role ?? null,
    });
  }
  return out;
}

/** Time expressions built by hand: every occurrence of each form gets the value (tests and evaluation). */
export function handTimes(text: string, specs: Array<{ form: string; value: string | null; type?: TimeExpression['type'] }>): TimeExpression[] {
  const out: TimeExpression[] = [];
  const taken = new Uint8Array(text.length);
  for (const spec of [...specs].sort((a, b) => b.form.length - a.form.length)) {
    for (let at = text.indexOf(spec.form); at >= 0; at = text.indexOf(spec.form, at + 1)) {
      const end = at + spec.form.length;
      if (LETTER.test(text[end] ?? '') || taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      out.push({ text: spec.form, start: at, end, type: spec.type ?? 'date', value: spec.value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
