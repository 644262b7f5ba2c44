#!/usr/bin/env node
// Generates the calendar data files the time tagger loads through Resources, from Node's ICU/CLDR data:
//   data/lexicons/months-cldr.json  Gregorian month names per Arabic locale (ar-EG, ar-SY, ar-DZ, ar-MA, ...)
//                                  and the Hijri month names (islamic-umalqura calendar)
//   data/lexicons/umalqura.json    the Umm al-Qura calendar as a table: for each Hijri year 1300–1600 AH
//                                  the day number (days since 1970-01-01) of 1 Muharram and a bitmask of
//                                  30-day months (bit k = month k+1 has 30 days).
// The core never calls Intl for these (it must run where ICU data is small); rerun this script to rebuild:
//   node scripts/gen-calendar-data.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'data', 'lexicons');
mkdirSync(out, { recursive: true });

const locales = ['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-JO', 'ar-PS', 'ar-DZ', 'ar-TN', 'ar-MA', 'ar-LY', 'ar-MR'];
const gregorian = {};
for (const loc of locales) {
  const f = new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' });
  gregorian[loc] = Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2020, i, 15))));
}

const partsOf = (() => {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  return (ms) => {
    const p = {};
    for (const x of f.formatToParts(new Date(ms))) if (x.type !== 'literal') p[x.type] = x.value;
    return { y: parseInt(p.year, 10), m: parseInt(p.month, 10), d: parseInt(p.day, 10) };
  };
})();

// Hijri month names: the Arabic long month name of the 15th of each month of 1436 AH.
const hijri = [];
{
  const f = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
  let ms = Date.UTC(2014, 9, 25); // 1 Muharram 1436 is 2014-10-25
  for (let m = 1; m <= 12; m++) {
    while (partsOf(ms).m !== m || partsOf(ms).d !== 15) ms += 86400000;
    hijri.push(f.format(new Date(ms)));
  }
}
writeFileSync(join(out, 'months-cldr.json'), JSON.stringify({ source: 'Node ' + process.version + ' ICU ' + process.versions.icu + ' CLDR ' + process.versions.cldr, gregorian, hijri }, null, 1) + '\n');

// Umm al-Qura table.
const DAY = 86400000;
const firstYear = 1300;
const lastYear = 1600;
const yearStart = [];
const monthMask = [];
let ms = Date.UTC(1882, 10, 1);
while (!(partsOf(ms).y === firstYear && partsOf(ms).m === 1 && partsOf(ms).d === 1)) ms += DAY;
for (let y = firstYear; y <= lastYear; y++) {
  yearStart.push(Math.round(ms / DAY));
  let mask = 0;
  for (let m = 1; m <= 12; m++) {
    // month length: jump 29 days from its first day; if still in the month, it has 30
    const d29 = partsOf(ms + 29 * DAY);
    const len = d29.m === m ? 30 : 29;
    if (len === 30) mask |= 1 << (m - 1);
    ms += len * DAY;
  }
  monthMask.push(mask);
}
yearStart.push(Math.round(ms / DAY)); // sentinel: 1 Muharram of lastYear + 1
writeFileSync(join(out, 'umalqura.json'), JSON.stringify({ source: 'ICU islamic-umalqura via Intl, ' + process.versions.icu, firstYear, yearStart, monthMask }) + '\n');
console.log('wrote months-cldr.json and umalqura.json', yearStart.length, 'years');
