/**
 * Who issued a statement: a joint statement's signatories (دعت ست عواصم غربية بينها الولايات المتحدة في بيان
 * مشترك … وهذا البيان وقعه أيضا قادة فرنسا وألمانيا …), or the subject of the sentence that issued it
 * (وأصدرت وزارة الخارجية بيانا جاء فيه …).
 */
import type { Entity } from '../../analysis.js';
import { strippings } from './forms.js';
import { isSkippable, readPhrase, sentenceSubject } from './phrases.js';
import type { DocView } from './view.js';
import { isClassLoose, type WordClasses } from './words.js';

export interface Statement {
  /** token of the word بيان */
  token: number;
  sentence: number;
  joint: boolean;
  signers: Entity[];
}

const cache = new WeakMap<DocView, Statement[]>();

export function statements(view: DocView, w: WordClasses): Statement[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const out: Statement[] = [];
  for (let k = 0; k < view.tokens.length; k++) {
    if (view.tokens[k]!.kind !== 'word' || !isClassLoose(w, 'statement', view.keys[k]!)) continue;
    const s = view.tokSentence[k]!;
    const joint = /مشترك/.test(view.keys[k + 1] ?? '');
    const from = view.sentFirst[s]!;
    const to = view.sentEnd[s]!;
    const signers: Entity[] = [];
    const add = (es: Entity[]) => es.forEach((e) => signers.includes(e) || signers.push(e));
    // وذكر بيان لمكتب السوداني أن …: the body after ل issued it
    // (وأوضح التقرير الـ 51 لمؤسسة النقد العربي السعودي أن، تقرير صادر عن الوزارة: a few words may stand before it)
    for (let j = k + 1; j < to && j <= k + 4; j++) {
      const issuer = view.tokMention[j];
      if (issuer && issuer.first === j && (issuer.entity.type === 'ORG' || issuer.entity.type === 'PER') && (/^ل/.test(view.tokens[j]!.text) || view.keys[j - 1] === 'عن')) {
        add([issuer.entity]);
        break;
      }
      if (issuer || (view.tokens[j]!.kind === 'punct' && view.tokens[j]!.text !== 'ـ') || isClassLoose(w, 'that', view.keys[j]!)) break;
    }
    add(sentenceSubject(view, w, from, k)?.heads ?? []);
    // ست عواصم غربية بينها الولايات المتحدة
    for (let j = from; j < k; j++) {
      if (!/^و?(بينها|بينهم|منها|منهم)$/.test(view.keys[j]!)) continue;
      add(readPhrase(view, w, j + 1, to)?.heads ?? []);
    }
    if (joint) add(signatoriesAfter(view, w, s));
    out.push({ token: k, sentence: s, joint, signers });
  }
  cache.set(view, out);
  return out;
}

/** وهذا البيان وقعه أيضا قادة فرنسا وألمانيا وكندا …: the names after "signed it" in the next two sentences. */
function signatoriesAfter(view: DocView, w: WordClasses, s: number): Entity[] {
  const last = Math.min(view.sentences.length - 1, s + 2);
  for (let k = view.sentEnd[s]!; k < view.sentEnd[last]!; k++) {
    const key = view.keys[k]!;
    if (!strippings(key).some((x) => x.core === 'وقع' || x.core === 'وقعه' || x.core === 'وقعت')) continue;
    const near = [k - 1, k - 2, k - 3].some((b) => b >= 0 && isClassLoose(w, 'statement', view.keys[b]!)) || key.endsWith('ه');
    if (!near) continue;
    let j = k + 1;
    while (j < view.tokens.length && isSkippable(view, j)) j++;
    return readPhrase(view, w, j, view.sentEnd[view.tokSentence[k]!]!)?.heads ?? [];
  }
  return [];
}

/** The statement a word at token k refers back to (جاء فيه، وقال البيان): the nearest one before it within three sentences. */
export function statementBefore(view: DocView, w: WordClasses, k: number): Statement | null {
  const s = view.tokSentence[k]!;
  const list = statements(view, w).filter((x) => x.token <= k && s - x.sentence <= 3);
  // the statement word itself may be the subject (وقال البيان المشترك): prefer an earlier mention that has signers
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.signers.length) return list[i]!;
  return null;
}
