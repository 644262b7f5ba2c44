// Time expressions: neighbouring matches joined (join.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { one, value } from '../../testing/times.js';

test('before/after a clock time, in/within a span after a request, the rest of a day', () => {
  const ref = '2016-11-07T16:12';
  assert.deepEqual(value('قبل الساعة 8 مساءً', ref), ['قبل الساعة 8 مساءً', '2016-11-07T00:00/2016-11-07T20:00', 'range']);
  assert.deepEqual(value('بعد الساعة الثامنة مساء', ref), ['بعد الساعة الثامنة مساء', '2016-11-07T20:00/2016-11-07T23:59', 'range']);
  assert.equal(one('يصل القطار عشر دقائق قبل الثامنة مساء', ref).type, 'time', 'minutes counted from an hour stay a time');
  assert.deepEqual(value('حدد موعدًا للاجتماع في 10 أيام', ref), ['في 10 أيام', '2016-11-17', 'date']);
  assert.deepEqual(value('حدد موعدًا للاجتماع في 8 دقائق', ref), ['في 8 دقائق', '2016-11-07T16:20', 'datetime']);
  assert.deepEqual(value('أنجزت الشركة المشروع في 10 أيام', ref), ['10 أيام', 'P10D', 'duration']);
  assert.deepEqual(value('دعنا نتقابل بقية يوم', ref), ['بقية يوم', '2016-11-07T16:12/2016-11-07T23:59:59', 'range']);
  assert.deepEqual(value('سأعود 6 يناير 2017-6:37 صباحًا', ref), ['6 يناير 2017-6:37 صباحًا', '2017-01-06T06:37', 'datetime']);
});

test('a part of the day with its weekday, then the date that weekday names, is one date', () => {
  assert.deepEqual(value('صباح الاثنين 18 شباط', '2013-02-12T04:30:00'), ['صباح الاثنين 18 شباط', '2013-02-18', 'date']);
  assert.equal(one('مساء الجمعة 15 شباط', '2013-02-12T04:30:00').timex, '2013-02-15TEV');
});
