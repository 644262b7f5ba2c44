/**
 * Past or future around a time expression, for choosing which Friday "الجمعة" means.
 * The nearest cue within the clause wins: a past verb (قال، اتفق، أُلغيت), a past marker (كان، لقد، لم),
 * a future marker (سوف، سـ on a verb: سيزور، من المتوقع، المقرر، عازمون), or an imperfect verb, which in news
 * reports with a weekday announces what is coming (يزور كيري الخميس باريس).
 */
import type { TimeLexicon } from './lexicon.js';
import { readings } from './tokens.js';

/** 'present' is an imperfect verb without a future marker: future for a weekday, no evidence for a year */
export type Tense = 'past' | 'future' | 'present' | null;

const STOP = new Set(['.', '!', '?', '؟', '؛', '\n']);

function classify(k: string, lex: TimeLexicon): Tense {
  if (!k) return null;
  for (const r of readings(k)) {
    if (r.cut > 1) continue;
    const w = r.k;
    if (lex.futureCues.has(w)) return 'future';
    if (lex.pastCues.has(w) || lex.pastNouns.has(w)) return 'past';
    const v = lex.verbs.get(w);
    if (v === 'past') return 'past';
    if (v === 'fut') return 'future';
    if (v === 'pres') return 'present';
  }
  // A verb outside the lexicon can still show its past tense: the third-person feminine past of the derived
  // forms V, VI, VII, VIII, X (تجددت، تواصلت، اندلعت، استمرت، اشتعلت) — not a plural noun (تحركات) nor a
  // verbal noun in ـيت/ـوت (توقيت، تصويت).
  for (const r of readings(k)) {
    if (r.cut > 1) continue;
    if (PAST_DERIVED.test(r.k) && !lex.verbs.has(r.k)) return 'past';
    // form I in the third-person feminine past: three radicals and ت (بلغت، قتلت، ذكرت), not a weekday (السبت is no verb)
    if ((r.cut === 0 || k[0] === 'و' || k[0] === 'ف') && PAST_FORM_I.test(r.k) && !lex.weekdays.has(r.k) && !lex.weekdays.has('ال' + r.k)) return 'past';
  }
  return null;
}

const PAST_FORM_I = /^[\u0628-\u0647][\u0628-\u0647]{2}ت$/;

const PAST_DERIVED = /^(?:ت[\u0621-\u064A]{3,4}|ان[\u0621-\u064A]{3}|است[\u0621-\u064A]{3}|ا[\u0621-\u064A]ت[\u0621-\u064A]{2})(?<![اوي])ت$/;

/** A future cue among the few words before token s, within the clause: سيتم الانتهاء من المشروع في شهرين. */
export function futureJustBefore(keys: readonly string[], s: number, lex: TimeLexicon, words = 6): boolean {
  for (let i = s - 1; i >= 0 && i >= s - words; i--) {
    if (STOP.has(keys[i]!) || keys[i] === '،' || keys[i] === ',') return false;
    if (!nearBy(keys, i) && classify(keys[i]!, lex) === 'future') return true;
  }
  return false;
}

/** قريبا من is «close to», not «soon» */
function nearBy(keys: readonly string[], i: number): boolean {
  return keys[i] === 'قريبا' && keys[i + 1] === 'من';
}

/**
 * A verb that is also a noun (قتل، قصف، وقع) reads as past where it opens its clause: the first word of the
 * sentence or after a comma, bare or with و/ف (قتل ثلاثة أشخاص الأحد، وقصف الطيران الجمعة), not inside a
 * phrase (بعد قتل …، وقف القصف).
 */
function openingPast(keys: readonly string[], i: number, lex: TimeLexicon): boolean {
  const before = i > 0 ? keys[i - 1]! : '.';
  if (!STOP.has(before) && before !== '،' && before !== ',') return false;
  const k = keys[i]!;
  return lex.openingPast.has(k) || ((k[0] === 'و' || k[0] === 'ف') && lex.openingPast.has(k.slice(1)));
}

/** The tense that governs tokens [s, e): nearest cue up to 25 tokens back (news sentences open with their verb) and 5 ahead, within the sentence. */
export function tenseAround(keys: readonly string[], s: number, e: number, lex: TimeLexicon): Tense {
  let best: { d: number; t: Tense } | null = null;
  for (let i = s - 1, d = 1; i >= 0 && d <= 25; i--, d++) {
    if (STOP.has(keys[i]!)) break;
    const t = nearBy(keys, i) ? null : classify(keys[i]!, lex) ?? (openingPast(keys, i, lex) ? 'past' : null);
    if (t) {
      best = { d, t };
      break;
    }
  }
  for (let i = e, d = 1; i < keys.length && d <= 5; i++, d++) {
    if (STOP.has(keys[i]!)) break;
    const t = nearBy(keys, i) ? null : classify(keys[i]!, lex);
    if (t) {
      if (!best || d < best.d) best = { d, t };
      break;
    }
  }
  if (!best) return null;
  return best.t;
}
