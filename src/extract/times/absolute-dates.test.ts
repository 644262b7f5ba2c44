// Time expressions: numeric and written dates (absolute-dates.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tags, value } from '../../testing/times.js';

test('short numeric dates only where they cannot be a decimal, a score or a share', () => {
  const ref = '2016-11-07';
  assert.deepEqual(value('سأعود 4.22', ref), ['4.22', '2017-04-22', 'date']);
  assert.deepEqual(value('سأعود 22-4', ref), ['22-4', '2017-04-22', 'date']);
  assert.deepEqual(value('وقال المتحدث إن العملية بدأت يوم 13-4 في المدينة'), ['13-4', '2016-04-13', 'date']);
  assert.equal(tags('وقال المتحدث إن المؤشر ارتفع 4.22.').length, 0, 'a decimal');
  assert.equal(tags('وقال المتحدث إن الفريق فاز 13-4 في المباراة').length, 0, 'a score');
  assert.deepEqual(value('سأخرج 2015.3', ref), ['2015.3', '2015-03', 'date']);
  assert.deepEqual(value('2015-1-32', ref), ['2015-1', '2015-01', 'date'], 'no 32nd: the year and month stand');
  // American order after a Latin comma; an Arabic comma keeps the day first
  assert.deepEqual(value('سأعود 08/12, 2015', ref), ['08/12, 2015', '2015-08-12', 'date']);
  assert.deepEqual(value('سأعود 08/12، 2015', ref), ['08/12، 2015', '2015-12-08', 'date']);
});

test('a weekday with a day and month but no year takes the nearest year where the day has that weekday', () => {
  assert.deepEqual(value('سأعود يوم الأحد 2 أكتوبر', '2016-11-07'), ['الأحد 2 أكتوبر', '2016-10-02', 'date']);
  assert.deepEqual(value('سأعود الثلاثاء 12 يناير', '2016-11-07'), ['الثلاثاء 12 يناير', '2016-01-12', 'date']);
  assert.deepEqual(value('سأعود يوم الاثنين 12 يناير 2016', '2016-11-07'), ['الاثنين 12 يناير 2016', '2016-01-12', 'date'], 'a given year stands');
});
