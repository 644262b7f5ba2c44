/**
 * Attacks and protests told by their noun as having happened, with nobody named: تفجير انتحاري، الهجوم الإرهابي على
 * منزل، التفجير الذي استهدف مسجد، بعد احتجاجات حاشدة على حكمه، تجمع متظاهرون، مقتل فلسطيني على أيدي الشرطة.
 * News tells most violence and dissent this way, in passing, as the cause or background of what it reports. A noun is
 * only an event in one of these constructions; plans, dangers, rights and fights against it are none (مكافحة الهجمات
 * الإرهابية، حق التظاهر). The word lists live in data/lexicons/event-nominal.tsv.
 */
import type { DocView } from '../discourse/view.js';
import { isClass, type WordClasses } from '../discourse/words.js';
import { matchKey } from '../../text/normalize.js';
import { inSet, verbHit, type TriggerEntry, type TriggerLexicon } from './lexicon.js';

/** protester nouns: المتظاهرون، محتجين، المعتصمون، المضربين */
const PROTESTER = /^(متظاهر|محتج|معتصم|مضرب)(ون|ين)$/;

/**
 * True when the attack or protest noun at token i is told as an event that happened (see the module comment).
 * `to` ends the sentence.
 */
export function reportedNominal(view: DocView, w: WordClasses, lex: TriggerLexicon, i: number, e: TriggerEntry, to: number): boolean {
  if (e.pos !== 'n' || (e.type !== 'ASSAULT' && e.type !== 'PROTEST')) return false;
  // (a verb of the same kind right after it, taking it as its noun, tells it better: اشتباكات اندلعت بين …)
  if (i + 1 < to && view.tokens[i + 1]!.kind === 'word' && verbHit(lex, view.keys[i + 1]!)?.entries.some((x) => x.type === e.type && x.with != null && inSet(x.with, view.keys[i]!))) return false;
  const list = (name: string) => lex.lists.get('@' + name) ?? new Set<string>();
  const word = (k: number) => (k >= 0 && k < to && view.tokens[k]!.kind === 'word' ? view.keys[k]! : '');
  const isIn = (name: string, key: string) => key !== '' && inSet(list(name), key);
  // a preposition as written, with و or ف only (وسط "amid", not الوسط "the middle")
  const isPrep = (name: string, key: string) => key !== '' && (list(name).has(key) || list(name).has(key.replace(/^[وف]/, '')));
  // a word as written, with و and the article only (دورية "patrol" is no دوري+ه)
  const isWord = (name: string, key: string) => {
    const set = list(name);
    // (فاجعة keeps its ف: try the word as written first)
    return [key, key.replace(/^[وف]/, '')].some((k) => k !== '' && (set.has(k) || set.has(k.replace(/^ال/, '')) || set.has('ال' + k)));
  };
  const near = (name: string, span: number) => {
    for (let k = Math.max(0, i - span); k < Math.min(to, i + span + 1); k++) if (k !== i && view.tokSentence[k] === view.tokSentence[i] && isWord(name, word(k))) return true;
    return false;
  };
  // up to n words before the noun, nearest first, within its clause
  const before = (n: number) => {
    const out: string[] = [];
    for (let k = i - 1; k >= 0 && out.length < n; k--) {
      const t = view.tokens[k]!;
      if (t.kind === 'punct') {
        if (/^["«“»”]$/.test(t.text)) continue;
        break;
      }
      if (t.kind === 'word') out.push(view.keys[k]!);
    }
    return out;
  };
  // أثار القرار احتجاجات، تسبب الإجراء في احتجاجات (the verb's subject may stand between: أثار القرار)
  const caused = () => {
    // (a superlative may stand between: أثارت أكبر احتجاجات)
    const [c1 = '', c2 = '', c3 = ''] = before(4).filter((k, n) => n > 0 || !isIn('series', k));
    return isWord('caused', c1) || ((/^(في|الي|الى)$/.test(c1) || !c1.startsWith('و')) && isWord('caused', c2)) || (/^(في|الي)$/.test(c1) && isWord('caused', c3));
  };
  const core = view.keys[i]!.replace(/^(و|ف)?(لل|ب|ل)?(ال)?/, '');
  if (near('fiction', 12)) return false;
  // «حب بعد المظاهرات»: inside a short title in guillemets
  if (inShortTitle(view, i)) return false;
  const protester = PROTESTER.exec(core);
  const b3 = before(3);
  // a plan, a danger, a right or a fight against it is no event (for protesters, a word of number or gathering
  // counts first: عشرات المتظاهرين)
  if (b3.some((k) => isIn('not-happened', k) && !(protester && isIn('protester-cue', k)))) return false;
  // (… and هذا الاعتداء points back to one told already; a film's or a novel's battles are a story)
  if (isIn('told-before', b3[0] ?? '')) return false;
  const n1 = word(i + 1);
  const n2 = word(i + 2);
  const mentionAt = (k: number) => {
    const m = k < to ? view.tokMention[k] : null;
    return m && m.first === k ? m : null;
  };
  if (e.type === 'ASSAULT') {
    // منطقة الاعتداء الانتحاري، منفذي الهجوم: the place or the doers of an attack told elsewhere (… unless a relative
    // clause tells it here: منفذ الهجوم الانتحاري الذي وقع يوم الاثنين وأوقع 32 قتيلا)
    if (isWord('scene-of', b3[0] ?? '') && ![i + 1, i + 2, i + 3].some((k) => isClass(w, 'relative', word(k)) && perfectVerb(word(k + 1)))) return false;
    // (a neutralisation is told by its doer with a count: licensed() reads it)
    if (e.mode === 'neutralize') return false;
    // هجوم القرش، مقتل رجل عضته الأفعى: no act of people; الهجوم الذي شنه عليه في حوار تلفزيوني: words; مواجهات
    // الدور الأول: matches
    if (near('not-violence', 8) || near('verbal', 8) || near('sports', 8)) return false;
    // (… and clashes with protesters are the protest's scuffles)
    if (/^(مواجهات|اشتباكات|صدامات)$/.test(core) && near('protest-crowd', 12)) return false;
    if (e.lemma === matchKey('مقتل')) {
      // مقتل «15» داعشيا: a casualty count in quotation marks
      if (view.tokens[i + 1]?.kind === 'punct' && /["«“]/.test(view.tokens[i + 1]!.text) && view.tokens[i + 2]?.kind === 'number') return true;
      // (a storm, a crash or a flood told earlier in the sentence killed them: وكانت العاصفة … وأسفرت عن مقتل شخص)
      for (let k = Math.max(0, i - 25); k < i; k++) if (view.tokSentence[k] === view.tokSentence[i] && e.not.size && inSet(e.not, view.keys[k]!)) return false;
      // مقتل فلسطيني على أيدي الشرطة، مقتل شاب وإحراق مركبته: an unnamed person killed (not مقتل زعيم طالبان, a
      // leader named by what he leads)
      let k2 = i + 2;
      if (view.tokens[k2]?.kind === 'punct' && /["«“]/.test(view.tokens[k2]!.text)) k2++;
      const construct = mentionAt(k2) != null || (word(k2).startsWith('ال') && !view.tokTime[k2]);
      if (isIn('victim', n1) && !n1.startsWith('ال') && !construct) return true;
      // مقتل القيادي … برصاص مجهولين، في غارة: what killed
      for (let k = i + 1; k < Math.min(to, i + 9); k++) {
        if (view.tokens[k]!.kind === 'punct' && view.tokens[k]!.text !== '،') break;
        if (isIn('casualty-cause', word(k)) && (k > i + 1 || /^(ب|في)/.test(word(k)))) return true;
      }
      return false;
    }
    // تفجير انتحاري، الهجوم الإرهابي على منزل، غارات جوية مكثفة بالصواريخ
    if (isIn('attack-adjective', n1) || (isIn('attack-manner', n1) && isIn('attack-adjective', n2))) return true;
    // تفجيرات سروج: the place it struck (a name, not an adjective: الهجمات الإسرائيلية); غارات للتحالف: its doer after ل
    const m = mentionAt(i + 1);
    // (not the singular هجوم: هجوم نيوكاسل is a club's forward line)
    if (m && !view.mentionPrefix(i + 1) && m.entity.type === 'LOC' && !/^ال|يه?$/.test(n1) && !/^هجوم$/.test(core)) return true;
    if (m && view.mentionPrefix(i + 1) === 'ل' && (m.entity.type === 'ORG' || m.entity.type === 'PER')) return true;
    // (a raid told in passing is mostly a police one: اعتقلت 15 مواطنا خلال الاقتحام)
    if (/^اقتحام/.test(core)) return false;
    // التفجير الذي استهدف مسجد الإمام الصادق: a relative clause in the perfect tells what it did
    // (… not one planned: عمليات التفجير التي كانت مخططة)
    if (isClass(w, 'relative', n1) && perfectVerb(n2) && !isClass(w, 'neg', n2) && ![i + 2, i + 3, i + 4].some((k) => isIn('not-happened', word(k)))) return true;
    // في أعقاب تفجير، بعد الهجوم، خلال إحدى المعارك: a time or cause told by it
    const [b1 = '', b2 = ''] = b3;
    // (من خلال استهداف is «by means of», no time)
    if ((isPrep('after-event', b1) && !(b1 === 'خلال' && b2 === 'من')) || (/^(احدي|احد)$/.test(b1) && isPrep('after-event', b2))) return true;
    // أدت إلى اشتباكات، تسبب في غارات
    if (caused()) return true;
    // ووقع الهجوم يوم 18 يونيو، التفجير وقع أمام مدرسة
    if (isWord('happened', b1) || isWord('happened', n1)) return true;
    // أصيب 11 شخصا في الهجوم: the attack casualties fell in
    if (b1 === 'في' && before(8).some((k) => isIn('casualty', k))) return true;
    // سلسلة من التفجيرات، عشرات الغارات، 20 غارة
    if (isIn('series', b1) || (b1 === 'من' && isIn('series', b2)) || view.tokens[i - 1]?.kind === 'number') return true;
    return false;
  }
  // PROTEST
  if (protester) {
    // ومارس المحتجون الضغط، تجمع متظاهرون: protesters as the subject of what they do
    if (protester[2] === 'ون') return true;
    // عشرات المتظاهرين، فرقت الشرطة المحتجين، تجمّع من المتظاهرين
    return b3.some((k) => isIn('protester-cue', k));
  }
  // (مظاهره written with ه is «its aspects»: الفساد ومظاهره وأساليبه)
  if (/^(مظاهره|تظاهره)$/.test(core) && /ه$/.test(view.tokens[i]!.text)) return false;
  // تظاهرة علمية، خصائص التظاهرة: a festival, not a demonstration
  if (/تظاهر/.test(core)) {
    for (let k = Math.max(0, i - 4); k < Math.min(to, i + 5); k++) if (isIn('festival', word(k))) return false;
  }
  if (core === matchKey('تجمهر')) {
    // بعد تجمهر عمال، باشرت الشرطة تجمهر عدد من العمالة، بقيام عدد من العمالة بالتجمهر
    // (not بسبب التجمهر الكثيف: onlookers crowding at an accident)
    if (isIn('people', n1)) return true;
    return /^(ب|و)*التجمهر$/.test(view.keys[i]!) && before(7).some((k) => isIn('gathering', k));
  }
  // احتجاجات حاشدة، المظاهرات الغاضبة
  if (isIn('protest-adjective', n1)) return true;
  // احتجاجات على زيارة فابيوس، مظاهرات ضد الحكومة; اعتصامات في الميادين العامة احتجاجا (a little further)
  for (let k = i + 1; k < Math.min(to, i + 6); k++) {
    if (view.tokens[k]!.kind === 'punct') break;
    if (isIn('protest-cue', word(k)) && (k <= i + 3 || /^(احتجاجا|للاحتجاج|تنديدا)$/.test(word(k)))) return true;
  }
  // بعد احتجاجات، في أعقاب المظاهرات، إثر التظاهرة
  if (isPrep('after-event', b3[0] ?? '') || caused()) return true;
  // احتجاجات سائقي السيارات، مظاهرات أنصار الحزب، احتجاجات الإخوان
  const m = mentionAt(i + 1);
  if (isIn('people', n1) || (m && !view.mentionPrefix(i + 1) && (m.entity.type === 'ORG' || m.entity.type === 'PER'))) return true;
  // تظاهرات سيدني: the city it filled
  if (m && !view.mentionPrefix(i + 1) && m.entity.type === 'LOC' && !/^ال|يه?$/.test(n1)) return true;
  // مظاهرات في بروكسل، مظاهرات إيرانية في بروكسل
  for (const k of [i + 1, i + 2]) {
    if (word(k) !== 'في') continue;
    const place = mentionAt(k + 1);
    if (place && place.entity.type === 'LOC') return true;
  }
  return false;
}

/** A verb in the perfect (استهدف، وقع، أسفر، تم), not the imperfect or future (يستهدف، تستهدف، سيستهدف). */
function perfectVerb(key: string): boolean {
  const k = key.replace(/^[وف]/, '');
  if (!k || k.startsWith('ال')) return false;
  // (قد تقع is a possibility)
  if (/^[يسن]/.test(k) || k === 'قد') return false;
  return !k.startsWith('ت') || /^(تم|تعرض|تسبب|تبنا|تبنت|تبناه|تلا|تلاه|ترك|تركت)/.test(k);
}

/**
 * هاجم الوزير … أقوال وزير الخارجية، هاجم ترامب المرشحة كلينتون: an attack by a person (a politician's words)
 * is a verbal one — PLOVER codes criticism and denunciation as ACCUSE.
 */
export function verbalAttack(lemma: string, actorTypes: string[], actorFrom: string): boolean {
  // (the verb's own subject only: a speaker who tells that «مجموعة مسلحة هاجمت موقعا» attacks nobody)
  return lemma === matchKey('هاجم') && (actorFrom === 'phrase' || actorFrom === 'svo') && actorTypes.length > 0 && actorTypes.every((t) => t === 'PER');
}

/**
 * وبدأ بالهجوم على إدارة أوباما، شن هجوما على سياسة الحكومة: an attack on an administration, a government or a policy
 * is a verbal one (criticism: ACCUSE). `last` is the trigger's last word (the attack noun), `to` the clause end.
 */
export function attackOnPolicy(view: DocView, last: number, to: number): boolean {
  if (!/هجوم|هجمات|هجمه/.test(view.keys[last] ?? '')) return false;
  for (let k = last + 1; k < Math.min(to, last + 4); k++) {
    if (!/^(علي|ضد)$/.test(view.keys[k]!)) continue;
    return /^(ال)?(اداره|حكومه|سياسه|سياسات|قرار|قرارات|تصريحات|موقف|مواقف|خطه|نهج|اداء|المعارضه|منتقدي|منتقديه)$/.test(view.keys[k + 1] ?? '');
  }
  return false;
}

/**
 * Readings of a new attack noun that are no event whatever their construction: لقتال داعش (purpose, "to fight"),
 * تدريب قتالي، وحدات قتالية (the adjective "combat"), اتهمه باستهداف (what is alleged); `prev` is the word before.
 */
export function noEventReading(key: string, e: TriggerEntry, pro: string, enc: string, prev: string): boolean {
  // (استهداف counts only told as an attack that happened: اتهمه باستهداف المدنيين is what is alleged, استهدافه الشباب
  // and تم استهداف الميسورين are mostly no violence)
  if (e.lemma === matchKey('استهداف')) return /[بل]$/.test(pro) || enc !== '' || /^و?(تم|جري|يتم|سيتم|يجري)$/.test(prev);
  if (e.lemma !== matchKey('قتال')) return false;
  // (ل or لل before it, not the article: القتال العنيف is one)
  return (/ل$/.test(pro) && !/ال$/.test(pro)) || enc === 'ي' || /قتالي(ه|ين|ون)?$/.test(key);
}

/**
 * شاب يقتل شقيقيه، مريض نفسي يقتل ثلاثة: a headline tells in the present what happened, where a person does it or
 * suffers it (not كوبرا تقتل صاحبها، غزارة المعلومات تقتل المعلومة). `head` is the verb, [from, to) its clause.
 */
export function headlineAttack(view: DocView, lex: TriggerLexicon, head: number, from: number, to: number): boolean {
  const person = lex.lists.get('@person') ?? new Set<string>();
  const victim = lex.lists.get('@victim') ?? new Set<string>();
  const bad = lex.lists.get('@not-violence') ?? new Set<string>();
  const wordIn = (set: Set<string>, k: number) => view.tokens[k]!.kind === 'word' && inSet(set, view.keys[k]!);
  for (let k = Math.max(from, head - 3); k < Math.min(to, head + 3); k++) if (wordIn(bad, k)) return false;
  // (… or a force: التحالف يقصف معسكرا حوثيا)
  for (let k = Math.max(from, head - 3); k < head; k++) if (wordIn(person, k) || wordIn(lex.violence, k)) return true;
  return head + 1 < to && (view.tokens[head + 1]!.kind === 'number' || wordIn(victim, head + 1) || wordIn(person, head + 1));
}

/**
 * A verb form that is a verbal noun in a list (قتل واقتتال، مخالب قتل وتدمير): bare, and followed by و + another
 * verbal noun of harm (event-nominal.tsv @masdar-pair).
 */
export function masdarInList(view: DocView, lex: TriggerLexicon, i: number, to: number): boolean {
  const next = i + 1 < to && view.tokens[i + 1]!.kind === 'word' ? view.keys[i + 1]! : '';
  if (!next.startsWith('و')) return false;
  const set = lex.lists.get('@masdar-pair') ?? new Set<string>();
  return set.has(next.slice(1)) || set.has(next.slice(1).replace(/^ال/, ''));
}

/**
 * An attack or protest that is only a possibility (قد تشن إسرائيل هجمات: «may launch»), a habit (فعندما تهاجم
 * الميليشيات …), an animal's (هاجمت قرود البابون طفلا), the press's or fans' (الهجوم الذي شنته الصحف) or a computer
 * attack (هجوم إلكتروني، اقتحم قراصنة المواقع): no event. `head` is the trigger's verb or noun, `last` its last word (تعرضت
 * لهجوم), [from, to) its clause.
 */
export function notAnAct(view: DocView, lex: TriggerLexicon, head: number, last: number, imperfectVerb: boolean, from: number, to: number, type: string): boolean {
  if (imperfectVerb && [head - 1, head - 2].some((k) => k >= from && /^و?قد$/.test(view.keys[k]!))) return true;
  const list = (name: string) => lex.lists.get(name) ?? new Set<string>();
  const wordIn = (set: Set<string>, k: number) => k >= from && k < to && view.tokens[k]!.kind === 'word' && inSet(set, view.keys[k]!);
  // تحرم قتل النفس، يمكنها قتل الحكم: a killing after a verb of ruling or ability is a rule or a capacity
  if (type === 'ASSAULT' && [head - 1, head - 2].some((k) => k >= from && view.tokens[k]!.kind === 'word' && inSet(list('@modal'), view.keys[k]!))) return true;
  // ولا صحة لما تردد عن وقوع هجمات: what is said to be untrue did not happen
  for (let k = Math.max(from, head - 8); k < head; k++) if (view.keys[k] === 'صحه' && /^و?لا$/.test(view.keys[k - 1] ?? '')) return true;
  // فعندما تهاجم الميليشيات سفن الإغاثة: the present after عندما is what they do, not what they did
  const generic = list('@generic');
  if (imperfectVerb && [head - 1, head - 2, head - 3].some((k) => wordIn(generic, k))) return true;
  // هاجمت قرود البابون طفلا: an animal's attack; الهجوم الذي شنته الصحف، هاجمت جماهير النادي الحارس: words
  const animal = list('@animal');
  const press = list('@press-agent');
  // (the animal anywhere in the clause: هاجمت قرود البابون طفلا وأصابته بجروح; the press up to a relative clause after it)
  for (let k = from; k < to; k++) if (wordIn(animal, k)) return true;
  // (journalists do protest; and not the press that reports an attack: وذكرت وسائل إعلام أن مهاجما فتح النار)
  if (type === 'ASSAULT') {
    for (let k = head - 1; k >= head - 4 && !/^(ان|بان|انه|انها|انهم)$/.test(view.keys[k] ?? ''); k--) if (wordIn(press, k)) return true;
    for (let k = head; k <= last + 5; k++) if (wordIn(press, k)) return true;
  }
  const cyber = list('@cyber');
  for (let k = Math.max(from, head - 8); k < Math.min(to, head + 8); k++) if (view.tokens[k]!.kind === 'word' && cyber.has(view.keys[k]!.replace(/^و/, ''))) return true;
  return last + 1 < to && list('@cyber-adjective').has(view.keys[last + 1]!);
}

/**
 * التفجير -وهو أسوأ هجوم تشهده الكويت-، ويعد أعنف قصف منذ أشهر: an attack noun after a superlative in apposition (هو،
 * يعد + أسوأ، أعنف، أكبر …) describes an attack named before, it tells no new one. `first` is the trigger's first word.
 */
export function characterised(view: DocView, first: number, from: number): boolean {
  if (first - 2 < from) return false;
  return /^(اسوا|اعنف|اكبر|اخطر|اشد|اكثر|اضخم|ادمي|افظع|ابشع)$/.test(view.keys[first - 1]!) && /^[وف]?(هو|هي|يعد|تعد|يعتبر|تعتبر|باعتباره|باعتبارها|بوصفه|بوصفها)$/.test(view.keys[first - 2]!);
}

/** True when token i sits inside «…» of at most five words (a title or a name: «حب بعد المظاهرات»). */
function inShortTitle(view: DocView, i: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (view.tokens[k]!.kind !== 'punct') continue;
    if (view.tokens[k]!.text === '«') open = k;
    break;
  }
  if (open < 0) return false;
  for (let k = i + 1; k <= Math.min(view.tokens.length - 1, open + 6); k++) {
    if (view.tokens[k]!.kind !== 'punct') continue;
    return view.tokens[k]!.text === '»';
  }
  return false;
}

/** استهداف counts only told as an attack that happened (reportedNominal), never by a count after it (استهداف 50 ألف مستفيد). */
export function reportOnly(e: TriggerEntry): boolean {
  return e.lemma === matchKey('استهداف');
}
