import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fileResources } from '../../node/resources.js';
import { dayNumber, dayToHijri, easter, fmtDay, fmtWeek, fromDayNumber, hijriToDay, isoWeekday, type UmmAlQura } from './calendar.js';

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
