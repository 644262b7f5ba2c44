// Time expressions: weekdays (weekdays.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tags, value } from '../../testing/times.js';

test('ordinal weekdays and days: of the current month, after a holiday; a bare ordinal day only in a query', () => {
  assert.deepEqual(value('سأعود يوم الأحد الثاني', '2017-09-27'), ['الأحد الثاني', '2017-09-10', 'date']);
  assert.deepEqual(value('ثالث ثلاثاء بعد كريسماس 2014', '2013-02-12'), ['ثالث ثلاثاء بعد كريسماس 2014', '2015-01-13', 'date']);
  assert.deepEqual(value('صلى المسلمون يوم الجمعة الثانية على التوالي'), ['الجمعة', '2016-12-09', 'date']);
  assert.deepEqual(value('عدت للثاني والعشرين', '2016-11-07'), ['لثاني والعشرين', '2016-11-22', 'date']);
  assert.deepEqual(value('سأعود في الخامس في 4 صباحا', '2016-11-07'), ['الخامس في 4 صباحا', '2016-11-05T04:00', 'datetime']);
  assert.equal(tags('وقال المتحدث إن الفريق انتقل للثاني').length, 0, 'a rank in running text');
  assert.deepEqual(value('سأعود في الحادية عشر', null), ['الحادية عشر', null, 'time'], 'a feminine ordinal is an hour');
});

test('after the coming one, quarters relative to now, a weekday with a day of another month (Duckling phrasing)', () => {
  const ref = '2013-02-12T04:30:00'; // a Tuesday
  assert.deepEqual(value('الجمعة بعد القادمة', ref), ['الجمعة بعد القادمة', '2013-02-22', 'date']);
  assert.deepEqual(value('اذار بعد القادم', ref), ['اذار بعد القادم', '2014-03', 'date']);
  assert.deepEqual(value('الاربعاء القادم', ref), ['الاربعاء القادم', '2013-02-20', 'date'], 'not tomorrow: that is غدا الأربعاء');
  assert.deepEqual(value('الربع القادم', ref), ['الربع القادم', '2013-04-01/2013-06-30', 'range']);
  assert.deepEqual(value('وتراجعت أسعار النفط في الربع الحالي من العام', '2015-08-06'), ['الربع الحالي', '2015-07-01/2015-09-30', 'range']);
  assert.deepEqual(value('الخميس 15', ref), ['الخميس 15', '2013-08-15', 'date'], 'the next month whose 15th is a Thursday');
  assert.deepEqual(value('بعد ثلاث ارباع الساعة', ref), ['بعد ثلاث ارباع الساعة', '2013-02-12T05:15', 'datetime']);
  assert.deepEqual(value('بعد 2.5 ساعة', ref), ['بعد 2.5 ساعة', '2013-02-12T07:00', 'datetime']);
});

test('a bare weekday beside a casualty noun or a clause-opening verb that is also a noun is the day gone by', () => {
  const ref = '2015-08-10'; // a Monday
  assert.deepEqual(value('قتل ثلاثة أشخاص الأحد في هجوم انتحاري', ref), ['الأحد', '2015-08-09', 'date'], 'قتل opening its clause is the passive verb');
  assert.deepEqual(value('مقتل ثلاثة أشخاص الأحد في هجوم انتحاري', ref), ['الأحد', '2015-08-09', 'date']);
  assert.deepEqual(value('سقط عشرون قتيلا وجرحى الأحد', ref), ['الأحد', '2015-08-09', 'date']);
  assert.deepEqual(value('وقصف الطيران الأحد مواقع للمسلحين', ref), ['الأحد', '2015-08-09', 'date']);
  // negatives: the same word inside a phrase, and an imperfect verb announcing what is coming
  assert.deepEqual(value('تنظر المحكمة الأحد في قضية قتل الصحفي', ref), ['الأحد', '2015-08-16', 'date']);
  assert.deepEqual(value('يبدأ الأحد وقف القصف على المدينة', ref), ['الأحد', '2015-08-16', 'date']);
});
