/**
 * Accusations carried by what a speaker says: قال الكاظمي إن "القوات التركية ارتكبت مجدداً انتهاكاً صريحاً لسيادة
 * العراق" is an ACCUSE by the speaker against the Turkish forces, though no verb of accusing is used. A quote or
 * reported speech whose content holds a blame cue (data/lexicons/blame-cues.tsv: a blameworthy act, ارتكب، انتهك،
 * أهدر; a blameworthy thing, مجزرة، تزوير، الفوضى والفتنة; a party's terrorism or interference, الإرهاب الإيراني)
 * is the speaker's accusation; the one blamed is the doer the content names (the subject of the act, the party named
 * right after the thing: جرائم الاحتلال، التدخل الإيراني), or nobody named (إن الاقتراع شابته "عمليات تزوير واسعة").
 * No blame where the cue is fought, prevented or suffered (مكافحة الإرهاب، ضحايا الجرائم), negated (لم يرتكب), or the
 * speech is a denial, a call or a warning (نفى أن، دعا إلى وقف الانتهاكات, which other rules code).
 */
import type { Entity, Quote } from '../../analysis.js';
import { cached, type Resources } from '../../resources.js';
import { matchKey } from '../../text/normalize.js';
import type { DocView } from '../discourse/view.js';
import { isClass, type WordClasses } from '../discourse/words.js';
import { isSkippable, readPhrase } from '../discourse/phrases.js';
import { perfectForms, strippings } from '../discourse/forms.js';
import { cueOf, type ReportingLexicon } from '../quotes/lexicon.js';
import { isTown } from './attributes.js';

export interface BlameCues {
  /** verb forms whose subject is blamed (ارتكب → ارتكبت، يرتكبون …) */
  acts: Set<string>;
  /** nouns of a blameworthy act or trait */
  harms: Set<string>;
  /** nouns that blame only with a party named right after them (الإرهاب الإيراني) */
  harmsOf: Set<string>;
  /** words one of which must follow such a noun within five words (تدخل → شؤون: التدخل الإيراني في الشؤون الداخلية) */
  needs: Map<string, Set<string>>;
  /** word sequences (match keys) */
  phrases: string[][];
  /** words before a cue that make it no blame (مكافحة، ضحايا، منع) */
  guards: Set<string>;
  /** lemmas of reporting verbs whose content is no assertion (نفى، دعا، حذر) */
  notCues: Set<string>;
}

export function blameCues(res: Resources): BlameCues {
  return cached(res, 'events/blame-cues', (r) => {
    const out: BlameCues = { acts: new Set(), harms: new Set(), harmsOf: new Set(), needs: new Map(), phrases: [], guards: new Set(), notCues: new Set() };
    for (const line of (r.read('data/lexicons/blame-cues.tsv') ?? '').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [kind = '', forms = ''] = line.split('\t');
      const items = forms.split(/\s+/).filter(Boolean);
      for (const item of items) {
        // (not the first person: أهدرنا، ارتكبنا blame the speaker's own side)
        if (kind === 'act') {
          for (const f of perfectForms(item)) if (!f.endsWith('نا')) out.acts.add(f);
        } else if (kind === 'harm') out.harms.add(matchKey(item));
        else if (kind === 'harm-of') {
          const [word = '', need] = item.split('>');
          out.harmsOf.add(matchKey(word));
          if (need) out.needs.set(matchKey(word), new Set(need.split('|').map(matchKey)));
        }
        else if (kind === 'phrase') out.phrases.push(item.split('+').map(matchKey));
        else if (kind === 'guard') out.guards.add(matchKey(item));
        else if (kind === 'not-cue') out.notCues.add(matchKey(item));
      }
    }
    return out;
  });
}

export interface ReportedAccusation {
  /** the cue's first and last token */
  first: number;
  last: number;
  speaker: Entity;
  recipient: Entity[];
  /** 'allege' for an act blamed on its doer, 'disapprove' for a thing condemned */
  mode: 'allege' | 'disapprove';
  quote: Quote;
}

/** The word read as a noun or verb of the set: its clitics stripped (والمجزرة، بمجزرة، ارتكبوها). */
function inCues(set: Set<string>, key: string, verb: boolean): boolean {
  if (set.has(key)) return true;
  for (const s of strippings(key)) {
    // (a verb takes no preposition or article: بانتهاك is a noun; أهدرنا is "we wasted", not "wasted us")
    if (verb && (/[بلك]|ال/.test(s.pro) || s.enc === 'نا')) continue;
    if (set.has(s.core)) return true;
  }
  return false;
}

/** A phrase word as written, its definiteness kept (عمليات matches بعمليات, not العمليات). */
const wordIs = (key: string, w: string): boolean => key === w || strippings(key).some((s) => (s.core === w && !s.pro.includes('ال')) || (w.startsWith('ال') && s.pro.includes('ال') && s.core === w.slice(2)));

const QUOTE_MARK = /^["«»“”]$/;

/**
 * The accusations told by the quotes and reported speech that start in the sentence [from, to), one per speaker;
 * `accused(speakerId, first, last)` says whether the sentence codes an accusation by that speaker already (اتهم،
 * أدان …) or inside the content.
 */
export function reportedAccusations(view: DocView, w: WordClasses, cues: BlameCues, rep: ReportingLexicon, quotes: Quote[], from: number, to: number, accused: (speaker: string, first: number, last: number) => boolean): ReportedAccusation[] {
  const out: ReportedAccusation[] = [];
  if (to <= from) return out;
  const sFrom = view.tokens[from]!.start;
  const sTo = view.tokens[to - 1]!.end;
  for (const q of quotes) {
    if (!q.speaker || q.start < sFrom || q.start >= sTo) continue;
    const speaker = view.entityById.get(q.speaker);
    if (!speaker || out.some((a) => a.speaker === speaker)) continue;
    // (the speaker named in the sentence itself: one carried over from before (وأفاد بأن، وأشار البيان) or read off a
    // column's narrative is too often someone else, and an accusation put in the wrong mouth is worse than none)
    if (!q.speakerText || q.speakerText.start < sFrom || q.speakerText.start >= sTo) continue;
    // (a denial, a call or a warning reports no blame as a fact)
    if (q.cue) {
      const c = cueOf(rep, matchKey(view.text.slice(q.cue.start, q.cue.end)).replace(/^[وف]/, ''));
      if (c && cues.notCues.has(c.lemma)) continue;
    }
    let c0 = view.tokenAt(q.start);
    const c1 = Math.min(to, view.tokenAt(Math.max(q.start, q.end - 1)) + 1);
    if (c0 < from || c1 <= c0) continue;
    // إن المتهمين "سعيا إلى إحداث الفوضى": a quote inside reported speech has its subject before the marks
    if (q.direct) {
      let j = c0 - 1;
      while (j >= from && view.tokens[j]!.kind === 'punct' && QUOTE_MARK.test(view.tokens[j]!.text)) j--;
      for (let n = 0; j >= from && n < 6 && view.tokens[j]!.kind === 'word'; j--, n++) {
        if (isClass(w, 'that', view.keys[j]!)) {
          c0 = j + 1;
          break;
        }
      }
    }
    if (accused(speaker.id, c0, c1)) continue;
    const found = findCue(view, w, cues, c0, c1, speaker);
    if (!found) continue;
    // (blame with nobody named is a party's only from an official voice: a body, a state, a titled person — an expert's,
    // a citizen's or a preacher's words on crime or terrorism in general accuse nobody, as SaudiNewsNet showed)
    if (!found.recipient.length && speaker.type === 'PER' && !speaker.role) continue;
    out.push({ ...found, speaker, quote: q });
  }
  return out;
}

type Cue = Omit<ReportedAccusation, 'speaker' | 'quote'>;

function findCue(view: DocView, w: WordClasses, cues: BlameCues, c0: number, c1: number, speaker: Entity): Cue | null {
  // (a town is the scene, not a party; a capital may stand for its state: إن أديس أبابا أهدرت …)
  const keep = (xs: Entity[]) => xs.filter((x) => x !== speaker && (!isTown(x) || x.role === 'capital'));
  // the party named right after a noun (جرائم الاحتلال، التدخل الإيراني المتزايد), or one word later as a body or a
  // person (مجزرة تتحمل حكومة الاحتلال مسؤوليتها)
  const partyAfter = (last: number, far: boolean, genitive = true): Entity[] => {
    // الانتهاكات والجرائم التي يرتكبها النظام السوري: past the nouns joined to it, a relative clause names the doer
    let r = last + 1;
    while (r + 1 < c1 && /^و/.test(view.keys[r]!) && !view.tokMention[r] && (inCues(cues.harms, view.keys[r]!, false) || inCues(cues.harmsOf, view.keys[r]!, false))) r++;
    // (… not one it befell: الأعمال الإرهابية التي تعرضت لها مصر)
    if (r < c1 && isClass(w, 'relative', view.keys[r]!) && !/^(تعرض|شهد|طال|عان|عاش)/.test(view.keys[r + 1] ?? '')) {
      // (the doer stands right after the clause's verb: التي تدعو لهدم الأهرام names an object)
      const m = r + 2 < c1 ? view.tokMention[r + 2] : null;
      if (m && m.first === r + 2) return keep([m.entity]);
    }
    for (let j = last + 1; j < Math.min(c1, last + (far ? 3 : 2)); j++) {
      const t = view.tokens[j]!;
      if (t.kind === 'punct' && !QUOTE_MARK.test(t.text)) return [];
      const m = view.tokMention[j];
      // (a country adjective always names the doer, الاعتداءات الإسرائيلية; a genitive only after a noun of its doer)
      const adjective = m?.entity.type === 'LOC' && /^ال.*(ي|يه)$/.test(view.keys[j]!);
      if (m && !genitive && !adjective) return [];
      if (m && (j === last + 1 || m.entity.type === 'ORG')) return keep([m.entity]);
    }
    return [];
  };
  // the content's subject: إن القوات التركية ارتكبت، أن حركة حماس "دفعت …"
  const subject = (before: number, withSpeaker = false): Entity[] => {
    let j = c0;
    while (j < before && (view.tokens[j]!.kind === 'punct' || isSkippable(view, j))) j++;
    const np = j < before ? readPhrase(view, w, j, before) : null;
    if (!np || np.first !== j) return [];
    const heads = keep(np.heads);
    return withSpeaker && np.heads.includes(speaker) ? [speaker, ...heads] : heads;
  };
  for (let k = c0; k < c1; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || view.tokMention[k]) continue;
    const key = view.keys[k]!;
    let last = -1;
    let kind: 'act' | 'harm' | 'harm-of' | 'phrase' | null = null;
    for (const p of cues.phrases) {
      let j = k;
      let ok = true;
      for (const word of p) {
        while (j < c1 && view.tokens[j]!.kind === 'punct' && QUOTE_MARK.test(view.tokens[j]!.text)) j++;
        if (j >= c1 || !wordIs(view.keys[j]!, word)) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) {
        last = j - 1;
        kind = 'phrase';
        break;
      }
    }
    if (!kind && inCues(cues.acts, key, true)) kind = 'act';
    else if (!kind && inCues(cues.harms, key, false)) kind = 'harm';
    else if (!kind && inCues(cues.harmsOf, key, false)) kind = 'harm-of';
    if (!kind) continue;
    if (last < 0) last = k;
    if (blocked(view, w, cues, k, c0, kind === 'phrase' && isClass(w, 'neg', key))) continue;
    // (a noun pointing back, هذه الجريمة، تلك الاعتداءات, names a thing told before, where its blame is told: «لن تمر
    // هذه الجريمة دون عقاب» is a threat, «هذه الجريمة المنظمة» no party's act; keys spell هؤلاء as هءلاء)
    if (/^(هذه|هذا|تلك|ذلك|تلكم|هذان|هاتان|هءلاء)$/.test(view.keys[k - 1] ?? '')) continue;
    // (a party's terrorism or interference named is blamed even where it is faced: في مواجهة الإرهاب الإيراني)
    if (kind === 'harm-of') {
      const party = partyAfter(last, false);
      if (!party.length || !followedByNeeded(view, cues, k, c1)) continue;
      return { first: k, last, recipient: party, mode: 'disapprove' };
    }
    if (kind === 'act') {
      // سنحاسب كل من تورط في دماء المدنيين: whoever did it, nobody accused
      if (/^(من|كل|لمن|ممن)$/.test(view.keys[k - 1] ?? '')) continue;
      // SVO (إن أديس أبابا "أهدرت …") or VSO (ارتكبت القوات …); the speaker's own act is no accusation
      let recipient = subject(k, true);
      if (recipient.includes(speaker)) return null;
      recipient = recipient.filter((x) => x !== speaker);
      if (!recipient.length) {
        let j = last + 1;
        while (j < c1 && isSkippable(view, j)) j++;
        const np = j < c1 ? readPhrase(view, w, j, c1) : null;
        if (np && np.first === j && !/^[بل]/.test(np.prefix)) recipient = keep(np.heads);
      }
      return { first: k, last, recipient, mode: 'allege' };
    }
    const party = partyAfter(last, kind === 'phrase', kind === 'phrase');
    // (the content's subject does the blamed thing only as the doer of an act: السودان سيرد على العدوان does not)
    return { first: k, last, recipient: party, mode: 'disapprove' };
  }
  return null;
}

/** Whether a noun that blames only with its setting (التدخل … في الشؤون) has one of its needed words within five words. */
function followedByNeeded(view: DocView, cues: BlameCues, k: number, c1: number): boolean {
  const need = strippings(view.keys[k]!).map((x) => cues.needs.get(x.core)).find((x) => x) ?? cues.needs.get(view.keys[k]!);
  if (!need) return true;
  for (let j = k + 1; j < Math.min(c1, k + 6); j++) if (inCues(need, view.keys[j]!, false)) return true;
  return false;
}

/**
 * A cue fought, prevented or suffered (مكافحة الإرهاب، ضحايا الجرائم، منع الفوضى) or negated in the four words before
 * it (لم يرتكب، عدم التدخل، لا يوجد مصطلح تعذيب) blames nobody; a phrase that opens with its own negation is read as
 * written.
 */
function blocked(view: DocView, w: WordClasses, cues: BlameCues, k: number, c0: number, ownNeg: boolean): boolean {
  let n = 0;
  for (let j = k - 1; j >= c0 && n < 4; j--) {
    const t = view.tokens[j]!;
    if (t.kind === 'punct') {
      if (QUOTE_MARK.test(t.text)) continue;
      break;
    }
    const key = view.keys[j]!;
    const bare = key.replace(/^[وف]/, '');
    if (n < 3 && (inCues(cues.guards, key, false) || cues.guards.has(bare))) return true;
    // (not ما: «ما جرى في جنين مجزرة» is "what happened")
    if (!ownNeg && bare !== 'ما' && isClass(w, 'neg', bare)) return true;
    n++;
  }
  return false;
}
