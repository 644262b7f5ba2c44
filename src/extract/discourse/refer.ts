/**
 * Pointing back: a bare title (وقال الوزير) to the last entity that bore it, a pronoun subject
 * (وأضاف) to the last named person.
 */
import type { Entity } from '../../analysis.js';
import type { DocView } from './view.js';
import { isClass, type WordClasses } from './words.js';
import { matchKey } from '../../text/normalize.js';

/** The spokesman's titles (stems): المتحدث، الناطق. */
const SPOKES = new Set(['متحدث', 'ناطق']);

/** The stem of a title key: الوزير → وزير, المتحدثه → متحدث. */
function titleStem(key: string): string {
  let k = key.startsWith('ال') ? key.slice(2) : key;
  if (k.endsWith('ه')) k = k.slice(0, -1);
  return k;
}

/**
 * The most recent entity before `offset` that carries the title: its knowledge-base role matches
 * (الوزير → foreign-minister) or the title stands right before one of its mentions (وزير الخارجية … جون كيري).
 */
export function resolveTitle(view: DocView, w: WordClasses, titleKey: string, offset: number, country: string | null = null): Entity | null {
  const roles = w.roles.get(titleKey) ?? w.roles.get(titleKey.replace(/^ال/, '')) ?? [];
  const stem = titleStem(titleKey);
  // (stems in match keys: ئ is written ء — الكتائب → كتاءب, هيئة → هيءه)
  const wantOrg = /^(وزار|حكوم|رئاس|قياد|سلطات|شرط|جيش|قوات|مجلس|برلمان|حزب|حرك|كتاءب|فصاءل|فصيل|جماع|تنظيم|ميليشي|تحالف|منظم|وكال|هيء|لجن|بعث|خلي|مكتب|محكم|صحيف|جريد|مجل|قنا|شبك|شرك|مصرف|بنك)/.test(stem);
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    if (m.start >= offset) continue;
    const e = m.entity;
    if (wantOrg ? e.type !== 'ORG' : e.type !== 'PER') continue;
    // (a person whose country the entity layer did not learn may still bear the title: «جعفر محمد سعد المستشار
    // العسكري للرئيس اليمني … وأكد المستشار العسكري اليمني» — matched by the title words around the name below)
    if (country && e.country !== country && (e.country || e.type !== 'PER')) continue;
    const role = (e.role ?? '').toLowerCase();
    if (role && roles.some((r) => roleBears(role, r)) && (!country || e.country === country)) return e;
    // (a body's word stands right before its name — «صحيفة "gsp"» —, not a clause away: «قالت الصحيفة إنه اتفق على قيادة الاتحاد»;
    // a spokesman's title reaches over the body he speaks for: «الناطق باسم المجلس العسكري للمقاومة في المنطقة الوسطى منصور سالم العلهي»)
    const reach = wantOrg ? 2 : SPOKES.has(stem) ? 10 : 5;
    for (let i = m.first - 1; i >= 0 && i >= m.first - reach; i--) {
      if (view.tokSentence[i] !== view.tokSentence[m.first]) break;
      // بين الجيش السوداني وقوات الدعم السريع: a title word inside another body's name is not this one's
      const other = view.tokMention[i];
      if (other && other.entity !== e && other.entity.type !== 'LOC') break;
      const key = view.keys[i]!;
      // (a title does not reach over a that-word: «أكد دونيس مدرب الهلال أن لاعبه المخضرم سعود كريري» — Kariri is no coach)
      if (isClass(w, 'that', key)) break;
      if (key.includes(stem)) return e;
      // المتحدث / الناطق are one title
      if (SPOKES.has(stem) && [...SPOKES].some((x) => key.includes(x)) && (i > m.first - 5 || view.keys.slice(i, m.first).includes('باسم'))) return e;
    }
    // … شكيب بنموسى، وزير التربية الوطنية: the title in apposition right after the name
    // (جوزيف عون رئيس الجمهورية اللبنانية)
    if (!wantOrg && m.last < view.tokens.length) {
      const after = view.tokens[m.last]!.text === '،' ? m.last + 1 : m.last;
      const key = view.keys[after] ?? '';
      if (view.tokSentence[after] === view.tokSentence[m.first] && key.replace(/^ال/, '').startsWith(stem)) return e;
    }
    if (wantOrg && matchesStem(e.name, stem)) return e;
  }
  return null;
}

/**
 * Whether a knowledge-base role (one or several, comma-separated) bears a title's role: foreign-minister is a
 * minister, but a prime minister (رئيس الوزراء) or a vice-president (نائب الرئيس) holds another office than
 * the bare title names — «وقال وزير الخارجية» after «رئيس مجلس الوزراء نجيب ميقاتي» is not Mikati.
 */
function roleBears(role: string, r: string): boolean {
  return role.split(',').some((p) => p.includes(r) && !p.includes(`prime-${r}`) && !p.includes(`vice-${r}`) && !p.includes(`deputy-${r}`));
}

function matchesStem(name: string, stem: string): boolean {
  return matchKey(name).includes(stem);
}

/** The last person mentioned before `offset` (the fallback for a pronoun subject). */
export function lastPerson(view: DocView, offset: number, within = 3): Entity | null {
  const s = view.sentenceOf(offset);
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    if (m.start >= offset) continue;
    if (s - view.sentenceOf(m.start) > within) return null;
    if (m.entity.type === 'PER') return m.entity;
  }
  return null;
}

/**
 * A title with only a country adjective (أشاد الرئيس الأمريكي، وقال الوزير الروسي) names the person of that
 * country who bears the title, when the article has named one before; otherwise the country stands.
 */
export function personBehindTitle(view: DocView, w: WordClasses, np: { leadTitle: string | null; adjectival: boolean; heads: Entity[]; first: number }): Entity | null {
  if (!np.leadTitle || !np.adjectival || np.heads.length !== 1) return null;
  const c = np.heads[0]!.country;
  if (!c) return null;
  const key = np.leadTitle.startsWith('ال') ? np.leadTitle : 'ال' + np.leadTitle;
  return resolveTitle(view, w, key, view.tokens[np.first]!.start, c);
}
