/**
 * Courts the knowledge base does not hold, named by «محكمة» and the kind of court (rows `court` of
 * data/kb/institutions.tsv): «محكمة التمييز», «محكمة النقض», «محكمة جنايات القاهرة», «محكمة أمن الدولة»,
 * «محكمة الاستئناف في الرباط». A place or a demonym right after the kind belongs to the name and gives its
 * country («محكمة جنايات القاهرة» → Cairo Criminal Court, EGY). «المحكمة» alone, «محكمة» before an ordinary
 * word («محكمة ميدانية», «محكمة المتهمين») name no body: a court that rules is an actor of the ruling (COERCE)
 * only when the text names which court it is.
 */
import type { Token } from '../../text/analyzer.js';
import { offsetAfterKeyLetters, type GazetteerMatch } from './gazetteer.js';
import { variantsOf, type LinkLexicon } from './lexicon.js';
import { adjacent, type NamePhrase } from './institutions.js';

const COURT = 'محكمه';

export function findCourts(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  if (!lex.courts.length) return [];
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word') continue;
    const v = variantsOf(head.norm).find((x) => x.key === COURT);
    if (!v) continue;
    // the longest kind of court that follows, word by word with only spaces between
    const kind = lex.courts.find((c) => c.tokens.every((w, k) => tokens[i + 1 + k]?.norm === w && adjacent(text, tokens[i + k]!, tokens[i + 1 + k]!)));
    if (!kind) continue;
    let k = i + 1 + kind.tokens.length;
    let place: GazetteerMatch | null = null;
    // «محكمة جنايات القاهرة», «محكمة التمييز الكويتية», «محكمة الاستئناف في الرباط»
    const g = tokens[k] && adjacent(text, tokens[k - 1]!, tokens[k]!) ? gazAt.get(k) : undefined;
    const inPlace = !g && tokens[k]?.norm === 'في' && adjacent(text, tokens[k - 1]!, tokens[k]!) ? gazAt.get(k + 1) : undefined;
    const loc = (m: GazetteerMatch | undefined) => m != null && (m.kind === 'demonym' || (m.entries.length > 0 && m.entries.every((e) => e.entityType === 'LOC')));
    if (loc(g)) {
      place = g!;
      k = g!.tokenEnd;
    } else if (loc(inPlace)) {
      place = inPlace!;
      k = inPlace!.tokenEnd;
    }
    // «محكمة جنح», «محكمة استئناف»: an indefinite kind is any such court unless its place follows
    if (!place && !kind.tokens[kind.tokens.length - 1]!.startsWith('ال')) continue;
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    const end = tokens[k - 1]!.end;
    const where = place?.entries[0]?.en;
    out.push({
      type: 'ORG', start, end, tokenStart: i, tokenEnd: k,
      key: [COURT, ...tokens.slice(i + 1, k).map((t) => t.norm)].join(' '),
      demonym: place,
      nameEn: where ? `${kind.en} (${where})` : kind.en,
      evidence: `court: «${text.slice(start, end)}» («محكمة» + the kind of court${place ? ' + its place' : ''})`,
    });
    i = k - 1;
  }
  return out;
}
