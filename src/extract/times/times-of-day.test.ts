// Time expressions: clock times (times-of-day.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tags, value } from '../../testing/times.js';

test('a cardinal word alone counts things, it is no hour; centuries', () => {
  const ref = '2013-02-12T04:30:00';
  for (const text of ['واحد بالغ', 'ثلاثة عشرين', 'اثنان ثلاثة', 'لا أحد']) assert.equal(tags(text, ref).length, 0, text);
  assert.deepEqual(value('الخامسة', ref), ['الخامسة', '2013-02-12T05:00', 'time']);
  assert.deepEqual(value('ولد في القرن التاسع عشر'), ['القرن التاسع عشر', '1800/1899', 'range']);
  assert.deepEqual(value('في السبعينيات من القرن العشرين'), ['السبعينيات من القرن العشرين', '1970/1979', 'range']);
});

test('clock times written with a dot, a 24-hour ordinal, و الربع apart, ظهرا alone', () => {
  assert.deepEqual(value('وقع الزلزال الساعة 04.17 بتوقيت جرينتش', '2015-08-01'), ['الساعة 04.17 بتوقيت جرينتش', '2015-08-01T04:17Z', 'time']);
  assert.deepEqual(value('سأعود 7.30 مساء'), ['7.30 مساء', '2016-12-07T19:30', 'time']);
  assert.equal(tags('حقق الفريق 8.15 نقطة').length, 0, 'a decimal');
  assert.deepEqual(value('سأعود الساعة السابعة عشرة'), ['الساعة السابعة عشرة', '2016-12-07T17:00', 'time']);
  assert.deepEqual(value('سأعود في السابعة و الربع مساء'), ['السابعة و الربع مساء', '2016-12-07T19:15', 'time']);
  assert.deepEqual(value('سأعود ظهرا'), ['ظهرا', '2016-12-07T12:00', 'time']);
});
