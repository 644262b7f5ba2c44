// Time expressions: durations and spans from now (durations.ts), through the tagger on real Arabic sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tags, value } from '../../testing/times.js';

test('spans far in the past are durations, with their multiplier (منذ 130 ألف عام)', () => {
  assert.deepEqual(value('ظهر الإنسان الحديث منذ 130 ألف عام'), ['130 ألف عام', 'P130000Y', 'duration']);
  assert.deepEqual(value('بنيت المدينة قبل ثلاثة آلاف عام'), ['ثلاثة آلاف عام', 'P3000Y', 'duration']);
  assert.deepEqual(value('عاش قبل 2.5 مليون سنة'), ['2.5 مليون سنة', 'P2500000Y', 'duration']);
  assert.deepEqual(value('بني الجسر منذ 300 عام'), ['منذ 300 عام', '1716-12-07', 'date']);
  assert.equal(tags('وصل 130 ألف شخص').length, 0);
});

test('half units and decimals in news phrasing', () => {
  assert.deepEqual(value('بلغ أدنى مستوياته في ست سنوات ونصف السنة'), ['ست سنوات ونصف السنة', 'P6.5Y', 'duration']);
  assert.deepEqual(value('الطفلة التي تبلغ من العمر سنة ونصف'), ['سنة ونصف', 'P1.5Y', 'duration']);
  assert.deepEqual(value('وبلغت إيرادات الفيلم يوم السبت 19.7 مليون دولار', '2015-08-02'), ['السبت', '2015-08-01', 'date'], '19.7 is no day');
  assert.equal(tags('رغم اختلاف مظاهره بين الأمس واليوم').length, 2, 'between yesterday and today is a figure of speech, not a range');
});

test('في + a span of days looks ahead only after a future cue right before it; «أقوى من المتوقع» and «قريبا من» are no future', () => {
  assert.deepEqual(value('سيتم الانتهاء من المشروع في شهرين'), ['في شهرين', '2017-02-07', 'date']);
  assert.deepEqual(value('ولكن تقريرا خاصا أقوى من المتوقع رفع الدولار إلى أعلى مستوى له في شهرين والذهب قريبا من مستواه'), ['شهرين', 'P2M', 'duration']);
});
