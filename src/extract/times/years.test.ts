// Time expressions: years, decades, centuries, halves (years.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tags, value } from '../../testing/times.js';

test('decades and centuries counted whole, like العقد الماضي; a part of the night before or after a clock time', () => {
  assert.deepEqual(value('حدث ذلك في العقدين الماضيين', '2016-11-07'), ['العقدين الماضيين', '1990/2009', 'range']);
  assert.deepEqual(value('حدث ذلك في الثلاثة عقود القادمة', '2016-11-07'), ['الثلاثة عقود القادمة', '2020/2049', 'range']);
  assert.deepEqual(value('العقد الماضي', '2016-11-07'), ['العقد الماضي', '2000/2009', 'range']);
  assert.deepEqual(value('سأعود في الليلة الخامسة والنصف'), ['في الليلة الخامسة والنصف', '2016-12-07T17:30', 'time']);
  assert.deepEqual(value('وقع الانفجار في الثانية ليلا'), ['الثانية ليلا', '2016-12-07T02:00', 'time'], 'after midnight');
});

test('half-years and half-months, a bare الشهر after من as the current month (not الشهر الفضيل)', () => {
  const ref = '2016-11-07';
  assert.deepEqual(value('النصف الثاني من 2016', ref), ['النصف الثاني من 2016', '2016-07-01/2016-12-31', 'range']);
  assert.deepEqual(value('في النصف الأول من العام المقبل', ref), ['النصف الأول من العام المقبل', '2017-01-01/2017-06-30', 'range']);
  assert.deepEqual(value('النصف الثاني من الشهر', ref), ['النصف الثاني من الشهر', '2016-11-16/2016-11-30', 'range']);
  assert.deepEqual(value('وقع الهجوم في 20 من الشهر', ref), ['20 من الشهر', '2016-11-20', 'date']);
  assert.deepEqual(value('اليوم الأخير من الشهر', ref), ['اليوم الأخير من الشهر', '2016-11-30', 'date']);
  assert.deepEqual(value('آخر يوم من الشهر المقبل', ref), ['آخر يوم من الشهر المقبل', '2016-12-31', 'date']);
  assert.deepEqual(value('الأسبوع الأخير من الشهر', ref), ['الأسبوع الأخير من الشهر', '2016-W47', 'date']);
  assert.equal(tags('حدد لتنفيذها في التاسع من الشهر الفضيل، لتتزامن', ref).length, 0, 'the holy month is Ramadan, not this month');
});
