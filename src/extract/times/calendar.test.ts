import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fileResources } from '../../node/resources.js';
import { dayNumber, dayToHijri, easter, fmtDay, fmtWeek, fromDayNumber, hijriToDay, isoWeekday, monthFrom, nthWeekday, type UmmAlQura } from './calendar.js';

const table = JSON.parse(fileResources().read('data/lexicons/umalqura.json')!) as UmmAlQura;

test('Umm al-Qura: 25 Shawwal 1436 is 2015-08-10, 1 Muharram 1441 is 2019-08-31', () => {
  assert.equal(fmtDay(hijriToDay(1436, 10, 25, table)!), '2015-08-10');
  assert.equal(fmtDay(hijriToDay(1441, 1, 1, table)!), '2019-08-31');
  assert.equal(fmtDay(hijriToDay(1434, 10, 1, table)!), '2013-08-08'); // Eid al-Fitr 1434
  assert.deepEqual(dayToHijri(dayNumber(2016, 12, 7), table), { y: 1438, m: 3, d: 8 });
});

test('Hijri dates round-trip through day numbers (table and arithmetic fallback)', () => {
  fc.assert(
    fc.property(fc.integer({ min: -40000, max: 60000 }), (day) => {
      const h = dayToHijri(day, table);
      assert.equal(hijriToDay(h.y, h.m, h.d, table), day);
      const a = dayToHijri(day, null);
      assert.equal(hijriToDay(a.y, a.m, a.d, null), day);
    }),
  );
});

test('Gregorian day numbers round-trip; weekdays and ISO weeks', () => {
  fc.assert(
    fc.property(fc.integer({ min: -200000, max: 200000 }), (day) => {
      const { y, m, d } = fromDayNumber(day);
      assert.equal(dayNumber(y, m, d), day);
    }),
  );
  assert.equal(isoWeekday(dayNumber(2016, 12, 7)), 3); // a Wednesday
  assert.equal(fmtWeek(dayNumber(2016, 12, 7)), '2016-W49');
  assert.equal(fmtWeek(dayNumber(2015, 1, 1)), '2015-W01');
  assert.equal(fmtDay(easter(2013)), '2013-03-31');
});

test('nth weekday of a month (أول جمعة من يوليو 2016, آخر اثنين من آذار 2017), none for a fifth that is missing', () => {
  assert.equal(fmtDay(nthWeekday(2016, 7, 5, 1)!), '2016-07-01');
  assert.equal(fmtDay(nthWeekday(2017, 3, 1, -1)!), '2017-03-27');
  assert.equal(fmtDay(nthWeekday(2017, 9, 7, 2)!), '2017-09-10');
  assert.equal(nthWeekday(2017, 2, 1, 5), null);
  fc.assert(
    fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), (y, m, wd, n) => {
      const d = nthWeekday(y, m, wd, n)!;
      assert.equal(isoWeekday(d), wd);
      assert.equal(fromDayNumber(d).m, m);
      assert.equal(Math.ceil(fromDayNumber(d).d / 7), n);
    }),
  );
});

test('the month some months from a day crosses years both ways', () => {
  assert.deepEqual(monthFrom(dayNumber(2016, 12, 7), 1), { y: 2017, m: 1, d: 1 });
  assert.deepEqual(monthFrom(dayNumber(2016, 1, 31), -1), { y: 2015, m: 12, d: 1 });
  assert.deepEqual(monthFrom(dayNumber(2016, 12, 7), 0), { y: 2016, m: 12, d: 1 });
});
