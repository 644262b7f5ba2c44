/**
 * Transliteration: Buckwalter both ways (lossless, for data exchange with Arabic NLP tools), and a
 * readable romanisation for display (the English name of an entity that the knowledge base lacks).
 */

/** The standard Buckwalter table (Tim Buckwalter, 2002) with its usual extensions (پ چ ڤ گ). */
const BW_PAIRS: Array<[string, string]> = [
  ['ء', "'"], ['آ', '|'], ['أ', '>'], ['ؤ', '&'], ['إ', '<'], ['ئ', '}'], ['ا', 'A'], ['ب', 'b'],
  ['ة', 'p'], ['ت', 't'], ['ث', 'v'], ['ج', 'j'], ['ح', 'H'], ['خ', 'x'], ['د', 'd'], ['ذ', '*'],
  ['ر', 'r'], ['ز', 'z'], ['س', 's'], ['ش', '$'], ['ص', 'S'], ['ض', 'D'], ['ط', 'T'], ['ظ', 'Z'],
  ['ع', 'E'], ['غ', 'g'], ['ـ', '_'], ['ف', 'f'], ['ق', 'q'], ['ك', 'k'], ['ل', 'l'], ['م', 'm'],
  ['ن', 'n'], ['ه', 'h'], ['و', 'w'], ['ى', 'Y'], ['ي', 'y'],
  // harakat: tanween fath, damm, kasr; fatha, damma, kasra; shadda, sukun; dagger alef; wasla
  ['ً', 'F'], ['ٌ', 'N'], ['ٍ', 'K'], ['َ', 'a'], ['ُ', 'u'], ['ِ', 'i'], ['ّ', '~'], ['ْ', 'o'],
  ['ٰ', '`'], ['ٱ', '{'],
  // extensions for loan letters
  ['پ', 'P'], ['چ', 'J'], ['ڤ', 'V'], ['گ', 'G'],
];

const TO_BW = new Map<number, string>(BW_PAIRS.map(([a, b]) => [a.charCodeAt(0), b]));
const FROM_BW = new Map<number, string>(BW_PAIRS.map(([a, b]) => [b.charCodeAt(0), a]));

/** The Buckwalter characters (ASCII) that stand for Arabic letters and marks. */
export const BUCKWALTER_CHARS = BW_PAIRS.map(([, b]) => b).join('');

/**
 * Arabic → Buckwalter: كتب → ktb, مَدْرَسَةٌ → mado rasapN (without the space), إجلاء → <jlA'.
 * Characters outside the table (digits, punctuation, Latin) pass through unchanged.
 */
export function toBuckwalter(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const b = TO_BW.get(text.charCodeAt(i));
    out += b ?? text[i];
  }
  return out;
}

/** Buckwalter → Arabic: the inverse of toBuckwalter on the table's characters; others pass through. */
export function fromBuckwalter(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const a = FROM_BW.get(text.charCodeAt(i));
    out += a ?? text[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Readable romanisation. Unvocalised Arabic does not write short vowels, so a readable form has to
// guess them: a consonant followed by another consonant gets an «a» (حلب → Halab, قطر → Qatar),
// و and ي between consonants are the long vowels ou and i (لافروف → Lafrouf, بوتين → Boutin),
// the article is «al-» (الأسد → al-Asad), ع is silent between vowels (سعودي → Saoudi), and written
// harakat, when present, replace the guesses (مُحَمَّد → Muhammad).

const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ء: "'", ؤ: "'", ئ: "'", پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g', ک: 'k',
};
const VOWEL_MARKS: Record<string, string> = { 'َ': 'a', 'ُ': 'u', 'ِ': 'i', 'ً': 'an', 'ٌ': 'un', 'ٍ': 'in', 'ْ': '' };

interface Unit {
  /** the romanised letters */
  text: string;
  /** a consonant (may take an inserted vowel) or a vowel */
  consonant: boolean;
  /** a vowel mark was written after it (no guess needed) */
  voweled: boolean;
  /** the consonant's own letters (doubled by a shadda) */
  base?: string;
  /** a short vowel (initial أ إ), after which a final consonant pair is broken up: الأسد → al-Asad */
  short?: boolean;
}

/** A readable Latin rendering of Arabic text for display: حلب → Halab, لافروف → Lafrouf. */
export function romanize(text: string): string {
  return text.replace(/[\u0621-\u065f\u0670-\u06ff\ufb50-\ufdff\ufe70-\ufefc]+/gu, (w) => romanizeWord(w.normalize('NFKC')));
}

function romanizeWord(word: string): string {
  let w = word.replace(/[\u0640\u0670]/g, '');
  let prefix = '';
  // the article (and a conjunction or preposition before it, which is rendered separately)
  const art = /^(و|ف|ب|ك)?(ال|ل(?=ل))/u.exec(w);
  if (art && w.length - art[0].length >= 2) {
    const lead = art[1] ? (art[1] === 'و' ? 'wa-' : art[1] === 'ف' ? 'fa-' : art[1] === 'ب' ? 'bi-' : 'ka-') : '';
    prefix = lead + (art[2] === 'ال' ? 'al-' : 'lil-');
    w = w.slice(art[0].length);
  }
  const units: Unit[] = [];
  const letters = [...w];
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const next = letters[i + 1];
    const prev = units[units.length - 1];
    if (ch in VOWEL_MARKS) {
      if (prev) {
        prev.text += VOWEL_MARKS[ch];
        prev.voweled = true;
      }
      continue;
    }
    if (ch === 'ّ') {
      // shadda: double the consonant (its vowel mark, if any, follows)
      if (prev && prev.consonant && prev.base) prev.text = prev.base + prev.text;
      continue;
    }
    const first = units.length === 0;
    const last = i === letters.length - 1 || !/[\u0621-\u064a\u0671-\u06ff]/u.test(next ?? '');
    switch (ch) {
      case 'ا':
      case 'ٱ':
        if (prev && prev.consonant && !prev.voweled) prev.voweled = true;
        units.push({ text: first ? 'a' : prev?.consonant || !prev ? 'a' : '', consonant: false, voweled: true });
        break;
      case 'أ':
        units.push({ text: first ? 'a' : "'", consonant: !first, voweled: first, short: first, base: first ? undefined : "'" });
        break;
      case 'إ':
        units.push({ text: first ? 'i' : "'", consonant: !first, voweled: first, short: first, base: first ? undefined : "'" });
        break;
      case 'آ':
        units.push({ text: first ? 'a' : "'a", consonant: false, voweled: true });
        break;
      case 'ى':
        units.push({ text: 'a', consonant: false, voweled: true });
        if (prev && prev.consonant) prev.voweled = true;
        break;
      case 'ة':
        units.push({ text: 'a', consonant: false, voweled: true });
        if (prev && prev.consonant) prev.voweled = true;
        break;
      case 'و':
      case 'ي': {
        // a consonant at the start, after a vowel or before ا; a long vowel after a consonant
        const afterInitialAlef = units.length === 1 && !prev!.consonant && next !== 'ا';
        if (afterInitialAlef) {
          prev!.text = ch === 'و' ? 'ou' : 'i'; // إيران → Iran, أوروبا → Ourouba
          break;
        }
        if (ch === 'ي' && next === 'ا' && letters.length === i + 2 && prev?.consonant && !prev.voweled) {
          prev.voweled = true; // سوريا → Souriya, تركيا → Tarkiya
          units.push({ text: 'iya', consonant: false, voweled: true });
          i++; // the ا is read
          break;
        }
        const asVowel = !first && prev?.consonant && !prev.voweled && next !== 'ا' && next !== 'ّ';
        if (asVowel) {
          prev!.voweled = true;
          units.push({ text: ch === 'و' ? 'ou' : 'i', consonant: false, voweled: true });
        } else if (!first && prev && !prev.consonant && last) {
          units.push({ text: ch === 'و' ? 'w' : 'y', consonant: true, voweled: true, base: ch === 'و' ? 'w' : 'y' });
        } else {
          units.push({ text: ch === 'و' ? 'w' : 'y', consonant: true, voweled: false, base: ch === 'و' ? 'w' : 'y' });
        }
        break;
      }
      default: {
        const c = CONSONANTS[ch];
        if (c === undefined) units.push({ text: '', consonant: false, voweled: true });
        else units.push({ text: c, consonant: true, voweled: false, base: c });
      }
    }
  }
  // Guess the short vowels. A consonant that opens a syllable (at the start, or after a consonant)
  // and is followed by another consonant gets «a»; one that closes a syllable (after a vowel) does not,
  // except before a final consonant after a guessed vowel (واشنطن → Washnatan, not Washnatn).
  // Three bare consonants read CaCaC: حلب → Halab, قطر → Qatar.
  let out = '';
  if (units.length === 3 && units.every((u) => u.consonant && !u.voweled)) {
    out = units[0]!.text + 'a' + units[1]!.text + 'a' + units[2]!.text;
  } else {
    let prevVowel = false;
    let guessed = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      out += u.text;
      if (!u.consonant || u.voweled) {
        prevVowel = true;
        guessed = !!u.short;
        continue;
      }
      const nx = units[i + 1];
      if (!nx || !nx.consonant) {
        prevVowel = false;
        continue;
      }
      if (!prevVowel || (i + 2 === units.length && guessed && !nx.voweled)) {
        out += 'a';
        prevVowel = true;
        guessed = true;
      } else prevVowel = false;
    }
  }
  out = out.replace(/^'+/, '').replace(/aa(?=[^aeiou]|$)/g, 'a').replace(/'+$/, '');
  if (!out) return prefix.replace(/-$/, '');
  return prefix + out[0]!.toUpperCase() + out.slice(1);
}
