import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileResources } from '../../node/resources.js';
import { matchKey } from '../../text/normalize.js';
import { numberLexicon, parseNumberWords } from './numbers.js';

const lex = numberLexicon(fileResources());
const parse = (s: string) => {
  const keys = s.split(/\s+/).map(matchKey);
  const m = parseNumberWords(keys, 0, lex);
  return m && { value: m.value, used: m.end, ordinal: m.ordinal };
};

test('cardinals in both genders, teens, tens and compounds', () => {
  assert.deepEqual(parse('ثلاثة'), { value: 3, used: 1, ordinal: false });
  assert.deepEqual(parse('ثلاث'), { value: 3, used: 1, ordinal: false });
  assert.equal(parse('عشرين')?.value, 20);
  assert.equal(parse('خمسة وعشرين')?.value, 25);
  assert.equal(parse('واحد وعشرين')?.value, 21);
  assert.equal(parse('خمسة عشر')?.value, 15);
  assert.equal(parse('إحدى عشرة')?.value, 11);
  assert.equal(parse('ألف وتسعمائة وواحد')?.value, 1901);
  assert.equal(parse('ألفين وسبعة وعشرين')?.value, 2027);
  assert.equal(parse('ألفان وثمانية عشر')?.value, 2018);
  assert.equal(parse('مائتين وسبعة وستين')?.value, 267);
  assert.equal(parse('ثلاثة آلاف')?.value, 3000);
});

test('ordinals: الثالث، الحادي عشر، الثاني والعشرين', () => {
  assert.deepEqual(parse('الثالث'), { value: 3, used: 1, ordinal: true });
  assert.deepEqual(parse('الحادي عشر'), { value: 11, used: 2, ordinal: true });
  assert.deepEqual(parse('الثانية عشرة'), { value: 12, used: 2, ordinal: true });
  assert.deepEqual(parse('الثاني والعشرين'), { value: 22, used: 2, ordinal: true });
  assert.deepEqual(parse('العشرين'), { value: 20, used: 1, ordinal: true });
});

test('stops where the number ends and rejects words that are not numbers', () => {
  // "الساعة الحادية عشر وخمس وأربعون دقيقة": the hour is 11, the minutes are another number
  assert.equal(parse('خمسة أيام')?.used, 1);
  assert.equal(parse('عشرين دقيقة')?.used, 1);
  assert.equal(parse('حلب'), null);
  assert.equal(parse('الفين')?.value, 2000); // الفين is not ال + فين
  assert.equal(parse('خمسة وعشرين وثلاثة')?.value, 25); // no units after the tens
});
