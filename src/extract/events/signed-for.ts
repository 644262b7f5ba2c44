/**
 * Signatories named side by side: «ووقع الاتفاق عن الجانب السعودي مستشار الأمن الوطني مساعد العيبان، وعن الجانب
 * الإيراني أمين المجلس الأعلى للأمن القومي علي شمخاني»، «ووقع عن المجلس العسكري نائب رئيسه محمد حمدان دقلو، وعن قوى
 * الحرية والتغيير أحمد الربيع». Each «عن X» names the side a signer signs for; the signer is the person named after it
 * (else the side itself). Two signers at least make one signing (SUPPORT, as وقّع … اتفاقا), theirs together.
 */
import type { Entity } from '../../analysis.js';
import type { DocView } from '../discourse/view.js';

/** وقّع، ووقعت، وقّعها (match keys) */
const SIGN = /^[وف]?(وقع|وقعت|وقعه|وقعها|وقعا|وقعوا)$/;
/** what is signed, between the verb and عن */
const SIGNED = /^(ال)?(اتفاق|اتفاقيه|وثيقه|مذكره|اعلان|معاهده|بيان)$/;

export interface SignedFor {
  first: number;
  last: number;
  signers: Entity[];
}

export function signedFor(view: DocView, from: number, to: number): SignedFor | null {
  for (let i = from; i < to - 3; i++) {
    if (!SIGN.test(view.keys[i]!) || view.tokMention[i]) continue;
    let j = i + 1;
    if (SIGNED.test(view.keys[j]!)) j++;
    if (view.keys[j] !== 'عن') continue;
    const signers: Entity[] = [];
    let last = j;
    // «عن X … signer»، then «، وعن Y … signer» (at most four sides)
    while (j < to && signers.length < 4 && (view.keys[j] === 'عن' || view.keys[j] === 'وعن')) {
      let side: Entity | null = null;
      let signer: Entity | null = null;
      let k = j + 1;
      for (; k < Math.min(to, j + 16) && view.tokens[k]!.kind !== 'punct'; k++) {
        const m = view.tokMention[k];
        if (!m || m.first !== k) continue;
        if (m.entity.type === 'PER') {
          signer = m.entity;
          k = m.last;
          break;
        }
        side ??= m.entity;
        k = m.last - 1;
      }
      const who = signer ?? side;
      if (!who) break;
      if (!signers.includes(who)) signers.push(who);
      last = k - 1;
      // (the next side after a comma)
      if (view.tokens[k]?.text === '،' && view.keys[k + 1] === 'وعن') j = k + 1;
      else break;
    }
    if (signers.length >= 2) return { first: i, last, signers };
  }
  return null;
}
