import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rawTokens, type RawToken } from './tokenize.js';

const kinds = (s: string) => rawTokens(s).map((t) => `${t.kind}${t.tag ? '/' + t.tag : ''}:${t.text}`);

test('Arabic words, with harakat and tatweel inside', () => {
  assert.deepEqual(kinds('أجرى وزيرُ الخارجية'), ['word:أجرى', 'word:وزيرُ', 'word:الخارجية']);
  assert.deepEqual(kinds('كـــبير'), ['word:كـــبير']);
  assert.deepEqual(kinds('والإجْلاءُ'), ['word:والإجْلاءُ']);
  // a tatweel standing alone is a dash
  assert.deepEqual(kinds('دبي ـ العربية.نت'), ['word:دبي', 'punct:ـ', 'word:العربية', 'punct:.', 'word:نت']);
  // presentation forms are letters of the word
  assert.deepEqual(kinds('ﻻ ﺍﻟﺴﻼﻡ'), ['word:ﻻ', 'word:ﺍﻟﺴﻼﻡ']);
});

test('numbers in both digit systems, with decimal and thousands separators', () => {
  assert.deepEqual(kinds('2,5 و2.5 و٢٫٥ و١٬٠٠٠ و۱۲'), ['number:2,5', 'word:و', 'number:2.5', 'word:و', 'number:٢٫٥', 'word:و', 'number:١٬٠٠٠', 'word:و', 'number:۱۲']);
  assert.deepEqual(kinds('1,000,000 دولار'), ['number:1,000,000', 'word:دولار']);
  // a separator not followed by a digit ends the number
  assert.deepEqual(kinds('عام 2016.'), ['word:عام', 'number:2016', 'punct:.']);
  assert.deepEqual(kinds('2016، 2017'), ['number:2016', 'punct:،', 'number:2017']);
  // times are two numbers and a colon: the time tagger reads them
  assert.deepEqual(kinds('١٧:٣٠'), ['number:١٧', 'punct::', 'number:٣٠']);
  assert.deepEqual(kinds('50%'), ['number:50', 'punct:%']);
});

test('punctuation: « » “ ” " ، ؛ ؟ and the rest, one token each', () => {
  assert.deepEqual(kinds('قال: «نعم»، “لا” "ربما"؛ لماذا؟!'), [
    'word:قال', 'punct::', 'punct:«', 'word:نعم', 'punct:»', 'punct:،', 'punct:“', 'word:لا', 'punct:”',
    'punct:"', 'word:ربما', 'punct:"', 'punct:؛', 'word:لماذا', 'punct:؟', 'punct:!',
  ]);
  assert.deepEqual(kinds('(أ ف ب)'), ['punct:(', 'word:أ', 'word:ف', 'word:ب', 'punct:)']);
});

test('Latin words, with inner apostrophes and hyphens', () => {
  assert.deepEqual(kinds('قالت Reuters إن Al-Assad لم F-16 don’t'), ['word:قالت', 'latin:Reuters', 'word:إن', 'latin:Al-Assad', 'word:لم', 'latin:F-16', 'latin:don’t']);
  assert.deepEqual(kinds('Mr. Kerry'), ['latin:Mr', 'punct:.', 'latin:Kerry']);
  assert.deepEqual(kinds('café Zürich'), ['latin:café', 'latin:Zürich']);
});

test('URLs, e-mails, hashtags and mentions', () => {
  assert.deepEqual(kinds('المصدر: https://www.spa.gov.sa/viewstory.php?lang=ar&newsid=1374522.'), ['word:المصدر', 'punct::', 'url:https://www.spa.gov.sa/viewstory.php?lang=ar&newsid=1374522', 'punct:.']);
  assert.deepEqual(kinds('(www.alarabiya.net)'), ['punct:(', 'url:www.alarabiya.net', 'punct:)']);
  assert.deepEqual(kinds('http://aawsat.com/home/article/410826/بريطانيا-أربعة'), ['url:http://aawsat.com/home/article/410826/بريطانيا-أربعة']);
  assert.deepEqual(kinds('راسلونا info@spa.gov.sa،'), ['word:راسلونا', 'url/email:info@spa.gov.sa', 'punct:،']);
  assert.deepEqual(kinds('#حلب_تحترق #Aleppo'), ['other/hashtag:#حلب_تحترق', 'other/hashtag:#Aleppo']);
  assert.deepEqual(kinds('@SPA_AR: خبر'), ['other/mention:@SPA_AR', 'punct::', 'word:خبر']);
  assert.deepEqual(kinds('# وحده'), ['punct:#', 'word:وحده']);
});

test('other scripts, emoji and invisible marks', () => {
  assert.deepEqual(kinds('Москва 😀 حلب'), ['other:Москва', 'other:😀', 'word:حلب']);
  // bidi marks between words are skipped like spaces; ZWNJ inside a Persian word keeps it whole
  assert.deepEqual(kinds('\u200fحلب\u200f \u202bدمشق\u202c'), ['word:حلب', 'word:دمشق']);
  assert.deepEqual(kinds('می\u200cخواهم'), ['word:می\u200cخواهم']);
  assert.deepEqual(kinds(''), []);
  assert.deepEqual(kinds(' \n\t '), []);
});

test('offsets are exact UTF-16 indices', () => {
  const text = 'هامبورغ - أجرى 😀 كيري، ٢٫٥';
  for (const t of rawTokens(text)) assert.equal(text.slice(t.start, t.end), t.text);
  const emoji = rawTokens(text).find((t) => t.text === '😀')!;
  assert.equal(emoji.end - emoji.start, 2);
});

const texty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئـَُِّْ٠١٢٫٬،؛؟«»“”"\'.,:-@#_/ \n\tabcXYZ0123456789'.split('')),
    fc.constantFrom('http://', 'www.', '@x.com', '\u200f', '\u200c', '😀', 'ﻻ'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

test('property: tokens are in order, never overlap, and text.slice(start, end) === token.text', () => {
  fc.assert(
    fc.property(texty, (s) => {
      let prev: RawToken | null = null;
      for (const t of rawTokens(s)) {
        assert.ok(t.start < t.end && t.end <= s.length);
        assert.equal(s.slice(t.start, t.end), t.text);
        if (prev) assert.ok(prev.end <= t.start);
        // only white space or invisible marks are skipped between tokens
        if (prev) assert.match(s.slice(prev.end, t.start), /^[\s\p{Cf}]*$/u);
        prev = t;
      }
    }),
    { numRuns: 3000 },
  );
});

test('property: nothing but white space and invisible marks is dropped', () => {
  fc.assert(
    fc.property(texty, (s) => {
      const kept = rawTokens(s).map((t) => t.text).join('');
      // skipped: white space and format marks, except ZWNJ/ZWJ and the Arabic number signs, which are kept
      assert.equal(kept, s.replace(/(?![\u200c\u200d\u0600-\u0605\u06dd\u08e2])[\s\p{Cf}]/gu, ''));
    }),
    { numRuns: 1000 },
  );
});
