/**
 * An attack told again by its definite noun as the subject of an attack verb — «قال شامي إن الغارات استهدفت قرى
 * مأهولة» after «أعلنت وزارة الدفاع التركية أن مقاتلاتها دمرت 89 هدفا» — is the attack told before: the definite
 * article points back to it, so its doer is the doer of the last attack the story named with one.
 */
import type { Entity } from '../../analysis.js';

/** definite nouns of an attack (match keys) that refer back when they are a verb's subject */
const TOLD_ATTACK = /^(الغارات|الغاره|الضربات|الضربه|القصف|الهجوم|الهجمات)$/;

/** True when the word right before the verb at `first` is such a noun, itself at the clause's start (after أن/إن, و, or the sentence's start). */
export function toldAttackSubject(keys: readonly string[], first: number, sentFrom: number, isThat: (key: string) => boolean): boolean {
  const k = first - 1;
  if (k < sentFrom || !TOLD_ATTACK.test(keys[k]!)) return false;
  return k === sentFrom || isThat(keys[k - 1]!);
}

/** The doer of the last attack told with one, in this sentence or up to `span` sentences before. */
export function lastAttacker(told: ReadonlyArray<{ type: string; actor: readonly Entity[]; sentence: number }>, sentence: number, span = 4): Entity[] | null {
  for (let i = told.length - 1; i >= 0; i--) {
    const d = told[i]!;
    if (d.sentence > sentence) continue;
    if (d.sentence < sentence - span) break;
    if (d.type === 'ASSAULT' && d.actor.length) return [...d.actor];
  }
  return null;
}
