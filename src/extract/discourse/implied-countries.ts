/**
 * Countries named only by the adjective of their forces or officials: «شنت طائرات إسرائيلية غارات», «الطيران الحربي
 * الإسرائيلي», «ونشرت السلطات الروسية قوات», «وزير الخارجية الأمريكي … إن بلاده». The entity layer keeps demonyms out of the entities (ANERcorp tags
 * them O), but an event coder needs the state behind such a force as an actor: when the article does not
 * name that country, it is added as an entity whose mentions are these adjectives, with the evidence.
 * Countries the article names already need nothing here: the discourse view reads their adjectives as them.
 */
import type { Entity, Span } from '../../analysis.js';
import { loadKb, type Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import type { ExtractContext } from '../context.js';
import { keyVariants, offsetAfterKeyLetters } from '../entities/gazetteer.js';
import { isClass, isClassLoose, wordClasses } from './words.js';

/** `entities` with the implied countries added; ids renumbered e1… in order of first mention when any is added. */
export function withImpliedCountries(ctx: ExtractContext, entities: Entity[]): Entity[] {
  let kb: Kb;
  try {
    kb = loadKb(ctx.res);
  } catch {
    return entities; // no knowledge base among the resources
  }
  const w = wordClasses(ctx.res);
  const text = ctx.article.text;
  const tokens = ctx.tokens;
  const covered = (s: number, e: number) => entities.some((x) => x.mentions.some((m) => m.start < e && s < m.end));
  const named = new Set(entities.map((x) => x.kb).filter(Boolean));
  const added = new Map<string, { entry: KbEntry; mentions: Span[]; evidence: string[] }>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const reading = demonymOf(kb, t.norm);
    if (!reading || named.has(reading.entry.id) || reading.entry.type !== 'country') continue;
    // the noun it modifies: right before it, or before one adjective (الطيران الحربي الإسرائيلي)
    // (a word that is both a force and a force adjective heads the phrase itself: غارة شنتها مسيرة إسرائيلية)
    let h = i - 1;
    // (a coordinated adjective shares the first one's noun: «القوات الأميركية والبريطانية», «فرق إسبانية وبريطانية وقطرية»,
    // and so does the second of a pair: «الوساطة السعودية الأمريكية», «برعاية سعودية أمريكية»)
    const prevDefinite = tokens[h]!.norm.startsWith('ال');
    const pair = !t.text.startsWith('و') && prevDefinite === t.norm.startsWith('ال') && /^[ \t]+$/.test(text.slice(tokens[h]!.end, t.start));
    const coordinated = (t.text.startsWith('و') || pair) && !!countryAdjective(kb, tokens[h]!.norm);
    if (coordinated) while (h > 0 && i - h < 4 && tokens[h]!.kind === 'word' && countryAdjective(kb, tokens[h]!.norm)) h--;
    if (tokens[h]!.kind === 'word' && isClass(w, 'forceadj', tokens[h]!.norm) && !isClassLoose(w, 'force', tokens[h]!.norm) && h > 0) h--;
    // (the second of two country adjectives: برعاية سعودية أمريكية — both qualify the noun before the first)
    else if (h > 0 && tokens[h]!.kind === 'word' && demonymOf(kb, tokens[h]!.norm)?.entry.type === 'country' && isClass(w, 'aidnoun', tokens[h - 1]!.norm)) h--;
    const head = tokens[h]!;
    // (or an official's title: وزير الخارجية الأمريكي، الرئيس الأوكراني — his بلاده is then that country)
    // (or aid named by its giver's adjective: المساعدات الإماراتية، قافلة سعودية — the giver of an AID event)
    if (head.kind !== 'word' || !(isClassLoose(w, 'force', head.norm) || isClassLoose(w, 'title', head.norm) || isClass(w, 'aidnoun', head.norm))) continue;
    // (a pair without و after a title is a person's two nationalities or a body's name: «ممثلة مكسيكية كينية», «لجنة الشؤون
    // العامة الأميركية الإسرائيلية»; only a force, a state's act or aid shares it)
    if (pair && coordinated && !(isClassLoose(w, 'force', head.norm) || isClass(w, 'aidnoun', head.norm))) continue;
    const start = offsetAfterKeyLetters(t.text, t.start, reading.prefix);
    if (coordinated ? covered(start, t.end) : covered(head.start, t.end)) continue;
    const a = added.get(reading.entry.id) ?? { entry: reading.entry, mentions: [], evidence: [] };
    a.mentions.push({ text: text.slice(start, t.end), start, end: t.end });
    a.evidence.push(`«${text.slice(head.start, t.end)}»: ${reading.entry.en}, a country the article names only by this adjective`);
    added.set(reading.entry.id, a);
  }
  if (!added.size) return entities;
  const extra: Entity[] = [...added.values()].map(({ entry, mentions, evidence }) => ({
    id: '',
    type: entry.entityType,
    name: entry.ar,
    nameEn: entry.en,
    kb: entry.id,
    country: entry.country,
    lat: entry.lat ?? null,
    lon: entry.lon ?? null,
    mentions,
    role: entry.role ?? null,
    evidence: [...new Set(evidence)],
  }));
  const first = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));
  return [...entities, ...extra].sort((a, b) => first(a) - first(b)).map((e, k) => ({ ...e, id: `e${k + 1}` }));
}

/** A country's adjective, or a country's name that is its own adjective (السعودية): the first of a pair of adjectives. */
function countryAdjective(kb: Kb, key: string): boolean {
  if (demonymOf(kb, key)?.entry.type === 'country') return true;
  return /(ي|يه)$/.test(key) && !!kb.names.get(key.replace(/^و/, ''))?.some((e) => e.type === 'country');
}

/** The country a word is the adjective of, and how many match-key letters of clitics (و، ب، ل) precede it. */
function demonymOf(kb: Kb, key: string): { entry: KbEntry; prefix: number } | null {
  for (const v of keyVariants(key)) {
    if (v.key.length <= 3) continue;
    const entry = kb.demonyms.get(v.key);
    if (entry) return { entry, prefix: v.consumed };
  }
  return null;
}
