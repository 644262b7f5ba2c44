// Time expressions: dates relative to now and parts of periods (relative-dates.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { one, value } from '../../testing/times.js';

test('spans of seconds and of the last hour, an afternoon end of a clock range, «until» a clock time, more holidays', () => {
  const ref = '2013-02-12T04:30:00';
  assert.deepEqual(value('آخر ثانيتين', ref), ['آخر ثانيتين', '2013-02-12T04:29:58/2013-02-12T04:30', 'range']);
  assert.deepEqual(value('آخر ساعة', ref), ['آخر ساعة', '2013-02-12T03:30/2013-02-12T04:30', 'range']);
  assert.deepEqual(value('11:30-1:30', ref), ['11:30-1:30', '2013-02-12T11:30/2013-02-12T13:30', 'range']);
  assert.deepEqual(value('استمر القصف حتى الساعة الخامسة فجرا', ref), ['حتى الساعة الخامسة فجرا', '2013-02-12T00:00/2013-02-12T05:00', 'range']);
  assert.deepEqual(value('إنها ثلاث دقائق حتى الثامنة', null), ['ثلاث دقائق حتى الثامنة', null, 'time']);
  assert.equal(one('إنها ثلاث دقائق حتى الثامنة', null).timex, 'T07:57');
  assert.deepEqual(value('عيد الاب', ref), ['عيد الاب', '2013-06-16', 'date'], 'the third Sunday of June');
  assert.deepEqual(value('الهالوين', ref), ['الهالوين', '2013-10-31', 'date']);
});

test('early and late parts of a month: أوائل/أواخر its first or last ten days, مطلع/بداية/نهاية its first or second half', () => {
  const ref = '2016-11-07';
  assert.deepEqual(value('مطلع الشهر المقبل', ref), ['مطلع الشهر المقبل', '2016-12-01/2016-12-15', 'range']);
  assert.deepEqual(value('أوائل الشهر المقبل', ref), ['أوائل الشهر المقبل', '2016-12-01/2016-12-10', 'range']);
  assert.deepEqual(value('نهاية الشهر', ref), ['نهاية الشهر', '2016-11-16/2016-11-30', 'range']);
  assert.deepEqual(value('أواخر الشهر', ref), ['أواخر الشهر', '2016-11-21/2016-11-30', 'range']);
});
