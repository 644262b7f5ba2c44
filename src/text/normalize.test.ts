import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { displayKey, isIgnorableMark, matchKey, normalize, normalizeDisplay, toOriginal } from './normalize.js';

test('match key: hamza seats on alef fold to bare alef (أ إ آ ٱ → ا)', () => {
  assert.equal(matchKey('أحمد'), 'احمد');
  assert.equal(matchKey('إجلاء'), 'اجلاء');
  assert.equal(matchKey('آلاف'), 'الاف');
  assert.equal(matchKey('ٱلرحمن'), 'الرحمن');
  assert.equal(matchKey('إجلاء'), matchKey('اجلاء'));
});

test('match key: alef maqsura ى → ي, ta marbuta ة → ه', () => {
  assert.equal(matchKey('مصطفى'), 'مصطفي');
  assert.equal(matchKey('مصطفى'), matchKey('مصطفي'));
  assert.equal(matchKey('مدرسة'), 'مدرسه');
  assert.equal(matchKey('المتحدة'), matchKey('المتحده'));
});

test('match key: hamza on waw and yeh ؤ ئ → ء', () => {
  assert.equal(matchKey('مسؤول'), 'مسءول');
  assert.equal(matchKey('رئيس'), 'رءيس');
  assert.equal(matchKey('رئيس'), matchKey('رءيس'));
});

test('match key: Persian yeh and kaf ی ک → ي ك', () => {
  assert.equal(matchKey('کیری'), 'كيري');
  assert.equal(matchKey('ایران'), 'ايران');
});

test('match key: harakat U+064B–U+0652, superscript alef and tatweel are removed', () => {
  assert.equal(matchKey('مُحَمَّدٌ'), 'محمد');
  assert.equal(matchKey('الإجْلاءُ'), 'الاجلاء');
  assert.equal(matchKey('هٰذا'), 'هذا');
  assert.equal(matchKey('كـــبير'), 'كبير');
  assert.equal(matchKey('ً ٌ ٍ َ ُ ِ ّ ْ'), '       ');
});

test('match key: bidi and zero-width marks are removed', () => {
  assert.equal(matchKey('حلب\u200f'), 'حلب');
  assert.equal(matchKey('\u202bحلب\u202c'), 'حلب');
  assert.equal(matchKey('\u2067حلب\u2069'), 'حلب');
  assert.equal(matchKey('حل\u200cب'), 'حلب');
  assert.equal(matchKey('\ufeffحلب'), 'حلب');
  assert.equal(matchKey('حلب\u061c'), 'حلب');
});

test('match key: presentation forms go through NFKC and the same folding', () => {
  assert.equal(matchKey('ﻻ'), 'لا');
  assert.equal(matchKey('ﺍﻟﺴﻼﻡ'), 'السلام');
  assert.equal(matchKey('ﺃﺣﻤﺪ'), 'احمد'); // presentation-form alef with hamza folds as well
  assert.equal(matchKey('ﷲ'), 'الله');
  assert.equal(normalize('ﷺ.').text, 'صلي الله عليه وسلم.'); // a long expansion, then more text
  assert.equal(matchKey('ﹰ'), ''); // an isolated fathatan form stands for the mark alone
  assert.equal(matchKey('ＡＢＣ１'), 'ABC1'); // full-width ASCII
});

test('match key: decomposed hamza (letter + U+0654/U+0655) gets the key of the composed letter', () => {
  assert.equal(matchKey('ا\u0654حمد'), matchKey('أحمد'));
  assert.equal(matchKey('مسو\u0654ول'), matchKey('مسؤول'));
  assert.equal(matchKey('ري\u0654يس'), matchKey('رئيس'));
  assert.equal(displayKey('ا\u0655جلاء'), 'إجلاء');
  assert.equal(displayKey('مسو\u0654ول'), 'مسؤول');
});

test('match key: Arabic-Indic and Persian digits → ASCII; ٫ ٬ ٪ → . , %', () => {
  assert.equal(matchKey('٢٠١٦'), '2016');
  assert.equal(matchKey('۲۰۱۶'), '2016');
  assert.equal(matchKey('٢٫٥'), '2.5');
  assert.equal(matchKey('١٬٠٠٠'), '1,000');
  assert.equal(matchKey('٥٠٪'), '50%');
});

test('match key: Arabic punctuation is kept as punctuation', () => {
  assert.equal(matchKey('قال: «نعم»، ثم؛ لماذا؟'), 'قال: «نعم»، ثم؛ لماذا؟');
});

test('match key returns its input unchanged (same string) when nothing folds', () => {
  const s = 'قال وزير الخارجيه';
  assert.equal(matchKey(s), s);
});

test('display key keeps hamza, ة and ى but removes marks and tatweel; digits become ASCII', () => {
  assert.equal(displayKey('الإجْلاءُ'), 'الإجلاء');
  assert.equal(displayKey('مدرسةٌ'), 'مدرسة');
  assert.equal(displayKey('مصطفى'), 'مصطفى');
  assert.equal(displayKey('مسؤول رئيس'), 'مسؤول رئيس');
  assert.equal(displayKey('كـبير ٢٠١٦'), 'كبير 2016');
  assert.equal(displayKey('کیری'), 'كيري');
  assert.equal(displayKey('ﻷن'), 'لأن');
  assert.equal(normalizeDisplay('أَحمد').text, 'أحمد');
});

test('normalize: the offset map points every key unit back to its source', () => {
  const text = 'قالَ الإِجـلاء ﻻ ٢٫٥';
  const n = normalize(text);
  assert.equal(n.text, 'قال الاجلاء لا 2.5');
  // «لا» comes from the single ligature ﻻ
  const la = n.text.indexOf('لا ');
  assert.deepEqual(toOriginal(n, la, la + 2), { start: text.indexOf('ﻻ'), end: text.indexOf('ﻻ') + 1 });
  // the word الاجلاء maps to الإِجـلاء with its marks and tatweel
  const w = n.text.indexOf('الاجلاء');
  const o = toOriginal(n, w, w + 7);
  assert.equal(text.slice(o.start, o.end), 'الإِجـلاء');
});

test('toOriginal: empty spans and spans at the end', () => {
  const n = normalize('أبٌ');
  assert.deepEqual(toOriginal(n, 0, 0), { start: 0, end: 0 });
  assert.deepEqual(toOriginal(n, 2, 2, 3), { start: 3, end: 3 });
  assert.deepEqual(toOriginal(normalize(''), 0, 0), { start: 0, end: 0 });
});

test('isIgnorableMark: harakat, tatweel and bidi marks, not letters', () => {
  assert.ok(isIgnorableMark('َ'.charCodeAt(0)));
  assert.ok(isIgnorableMark('ـ'.charCodeAt(0)));
  assert.ok(isIgnorableMark(0x200f));
  assert.ok(!isIgnorableMark('ا'.charCodeAt(0)));
});

// Arbitrary strings biased towards Arabic letters, marks, presentation forms, digits and bidi marks.
const arabicish = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('ﻻ', 'ﷲ', 'ﹰ', 'ﺃ', '\u200f', '\u200c', '\u0654', '\u0655', 'ـ', ' ', 'a', '٫', 'Ａ', '\ud83d\ude00', '\ufeff'),
    fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

test('property: the offset map always maps back, in order', () => {
  fc.assert(
    fc.property(arabicish, (s) => {
      for (const n of [normalize(s), normalizeDisplay(s)]) {
        assert.equal(n.starts.length, n.text.length);
        assert.equal(n.ends.length, n.text.length);
        for (let k = 0; k < n.text.length; k++) {
          assert.ok(0 <= n.starts[k]! && n.starts[k]! < n.ends[k]! && n.ends[k]! <= s.length);
          if (k > 0) {
            assert.ok(n.starts[k - 1]! <= n.starts[k]!);
            assert.ok(n.ends[k - 1]! <= n.ends[k]!);
          }
        }
        const o = toOriginal(n, 0, n.text.length, s.length);
        assert.ok(0 <= o.start && o.start <= o.end && o.end <= s.length);
      }
    }),
    { numRuns: 2000 },
  );
});

test('property: matchKey is idempotent and equals normalize(s).text; same for the display key', () => {
  fc.assert(
    fc.property(arabicish, (s) => {
      const k = matchKey(s);
      assert.equal(k, normalize(s).text);
      assert.equal(matchKey(k), k);
      const d = displayKey(s);
      assert.equal(d, normalizeDisplay(s).text);
      assert.equal(displayKey(d), d);
      assert.equal(matchKey(d), k); // the display key is a lighter form of the same key
    }),
    { numRuns: 2000 },
  );
});
