import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { TimeExpression } from '../../analysis.js';
import { packageRoot } from '../../node/resources.js';
import { PUB, one, tags, timesRes as res, value } from '../../testing/times.js';
import { tagTimes } from './index.js';

test('numeric dates: day first, ISO, both digit systems', () => {
  assert.deepEqual(value('وصل الوفد إلى القاهرة في 7/12/2016 لإجراء محادثات'), ['7/12/2016', '2016-12-07', 'date']);
  assert.deepEqual(value('نشر التقرير بتاريخ 2016-12-07'), ['2016-12-07', '2016-12-07', 'date']);
  assert.deepEqual(value('وقعت الحادثة في ٧/١٢/٢٠١٦'), ['٧/١٢/٢٠١٦', '2016-12-07', 'date']);
  assert.deepEqual(value('سجلت البطالة 3/2015 أعلى مستوى'), ['3/2015', '2015-03', 'date']);
});

test('day, month and year in words, in every month naming system', () => {
  assert.deepEqual(value('ولد في 15 آذار 1962 في دمشق'), ['15 آذار 1962', '1962-03-15', 'date']);
  assert.deepEqual(value('عقد المؤتمر في الثالث من حزيران/يونيو 2014'), ['الثالث من حزيران/يونيو 2014', '2014-06-03', 'date']);
  assert.deepEqual(value('افتتح المعرض في 5 جانفي 2016 بالعاصمة'), ['5 جانفي 2016', '2016-01-05', 'date']);
  assert.deepEqual(value('أعلنت الوزارة في 3 جويلية 2015'), ['3 جويلية 2015', '2015-07-03', 'date']);
  assert.deepEqual(value('أعلن القصر في 12 يوليوز 2016'), ['12 يوليوز 2016', '2016-07-12', 'date']);
  assert.deepEqual(value('وصل في 14 غشت 2016'), ['14 غشت 2016', '2016-08-14', 'date']);
  assert.deepEqual(value('عاد في 20 شتنبر 2016'), ['20 شتنبر 2016', '2016-09-20', 'date']);
  assert.deepEqual(value('انطلق في 9 دجنبر 2016'), ['9 دجنبر 2016', '2016-12-09', 'date']);
  assert.deepEqual(value('توفي في 25 يونيه 2014'), ['25 يونيه 2014', '2014-06-25', 'date']);
  assert.deepEqual(value('وقع الاتفاق في 10 يوليه 2015'), ['10 يوليه 2015', '2015-07-10', 'date']);
  assert.deepEqual(value('تأسس الحزب في 4 تشرين الأول 1990'), ['4 تشرين الأول 1990', '1990-10-04', 'date']);
  assert.deepEqual(value('قرار صدر في 12 فيفري 2016'), ['12 فيفري 2016', '2016-02-12', 'date']);
  assert.deepEqual(value('جرت الانتخابات في 22 أفريل 2012'), ['22 أفريل 2012', '2012-04-22', 'date']);
});

test('years and months alone, paired month names', () => {
  assert.deepEqual(value('انتخب رئيسا عام 2012'), ['عام 2012', '2012', 'date']);
  assert.deepEqual(value('وفي العام 2015 انسحبت القوات'), ['العام 2015', '2015', 'date']);
  assert.deepEqual(value('تدخلت روسيا في سبتمبر/أيلول 2015'), ['سبتمبر/أيلول 2015', '2015-09', 'date']);
  assert.deepEqual(value('قدم في الثاني من كانون الاول/ديسمبر'), ['الثاني من كانون الاول/ديسمبر', '2016-12-02', 'date']);
  assert.deepEqual(value('تنطلق الدورة في 12 أفريل المقبل'), ['12 أفريل المقبل', '2017-04-12', 'date']);
});

test('a year in words closing the clause after في/منذ; a counted noun after it is no year', () => {
  assert.deepEqual(value('قامت الثورة الفرنسية في ألف وسبعمائة وتسعة وثمانين.'), ['ألف وسبعمائة وتسعة وثمانين', '1789', 'date']);
  assert.deepEqual(value('يعيش في المدينة منذ ألفين وثلاثة'), ['ألفين وثلاثة', '2003', 'date']);
  assert.equal(tags('وزعت المساعدات في ألف وخمسمائة موقع').length, 0);
  assert.equal(tags('بلغ عدد القتلى ألفين وثلاثة').length, 0);
});

test('Hijri dates convert by Umm al-Qura; the dual form takes the Gregorian value', () => {
  assert.deepEqual(value('اعتقل في 25 شوال 1436 هـ'), ['25 شوال 1436 هـ', '2015-08-10', 'date']);
  assert.deepEqual(value('صدر المرسوم في 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م'), ['25 شوال 1436 هـ الموافق 10 اغسطس 2015 م', '2015-08-10', 'date']);
  assert.deepEqual(value('يبدأ شهر رمضان 1438 بعد أيام'.replace(' بعد أيام', '')), ['شهر رمضان 1438', '2017-05-27/2017-06-24', 'range']);
});

test('relative days against the publication date', () => {
  assert.deepEqual(value('أعلن الجيش أمس سيطرته على المدينة'), ['أمس', '2016-12-06', 'date']);
  assert.deepEqual(value('وقعت الاشتباكات أمس الأول'), ['أمس الأول', '2016-12-05', 'date']);
  assert.deepEqual(value('يصل الوفد غدا إلى جنيف'), ['غدا', '2016-12-08', 'date']);
  assert.deepEqual(value('تعقد الجولة الجديدة بعد غد'), ['بعد غد', '2016-12-09', 'date']);
  assert.deepEqual(value('قال الوزير اليوم إن المفاوضات مستمرة'), ['اليوم', '2016-12-07', 'date']);
  assert.equal(tags('احتفل العالم باليوم العالمي للغة العربية').length, 0, 'اليوم العالمي is no date');
  assert.deepEqual(value('قال الوزير اليوم إن المفاوضات مستمرة', null), ['اليوم', null, 'date']);
});

test('weekdays: past or future from tense and cue words', () => {
  assert.deepEqual(value('التقى الرئيس يوم الجمعة الماضي نظيره الفرنسي'), ['الجمعة الماضي', '2016-12-02', 'date']);
  assert.deepEqual(value('يزور الرئيس الأحد المقبل موسكو'), ['الأحد المقبل', '2016-12-11', 'date']);
  assert.deepEqual(value('سيلتقي الوزيران الخميس في باريس'), ['الخميس', '2016-12-08', 'date']);
  assert.deepEqual(value('التقى الوزيران الخميس في باريس'), ['الخميس', '2016-12-01', 'date']);
  assert.deepEqual(value('وصل الوفد مساء الاثنين إلى بغداد'), ['مساء الاثنين', '2016-12-05', 'date']);
  assert.equal(one('وصل الوفد مساء الاثنين إلى بغداد').timex, '2016-12-05TEV');
  assert.deepEqual(value('من المقرر أن يصل الوفد صباح السبت'), ['صباح السبت', '2016-12-10', 'date']);
  assert.deepEqual(value('عقد الاجتماع الأربعاء'), ['الأربعاء', '2016-12-07', 'date']);
  // a past verb outside the verb list still shows its tense by form (تفعّلت، انفعلت، استفعلت): published on a Thursday
  assert.deepEqual(value('تجددت الاشتباكات مساء الاربعاء في الضواحي الجنوبية', '2018-09-06'), ['مساء الاربعاء', '2018-09-05', 'date']);
  assert.deepEqual(value('اندلعت المواجهات صباح الثلاثاء قرب الحدود', '2018-09-06'), ['صباح الثلاثاء', '2018-09-04', 'date']);
  assert.deepEqual(value('استمرت الاحتجاجات يوم الاثنين في العاصمة', '2018-09-06'), ['الاثنين', '2018-09-03', 'date']);
  // … but neither a plural noun nor a verbal noun in ـيت is a verb: the future reading of a coming weekday stays
  assert.deepEqual(value('تحركات دبلوماسية الأحد في عمان', '2018-09-06'), ['الأحد', '2018-09-09', 'date']);
});

test('relative weeks, months, years and spans ending now', () => {
  assert.deepEqual(value('اجتمع المجلس الأسبوع الماضي'), ['الأسبوع الماضي', '2016-W48', 'date']);
  assert.deepEqual(value('تنتهي المهلة الشهر المقبل'), ['الشهر المقبل', '2017-01', 'date']);
  assert.deepEqual(value('ارتفعت الأسعار العام الماضي بنسبة 5%'), ['العام الماضي', '2015', 'date']);
  assert.deepEqual(value('تجري المشاورات هذا الأسبوع'), ['هذا الأسبوع', '2016-W49', 'date']);
  assert.deepEqual(value('تقدم الجيش في الأسبوعين الماضيين'), ['الأسبوعين الماضيين', '2016-11-23/2016-12-07', 'range']);
  assert.deepEqual(value('خلال الأيام الثلاثة الماضية قتل 20 شخصا'), ['الأيام الثلاثة الماضية', '2016-12-04/2016-12-07', 'range']);
  // the hour to come, from the publication time (no value without one)
  assert.deepEqual(value('يتوقع وصول التعزيزات خلال الساعة المقبلة', '2016-12-07T09:40'), ['الساعة المقبلة', '2016-12-07T09:40/2016-12-07T10:40', 'range']);
  assert.deepEqual(value('يتوقع وصول التعزيزات خلال الساعة المقبلة'), ['الساعة المقبلة', null, 'range']);
  // the number made definite instead of the noun (الثلاث سنوات الماضية), common in the press
  assert.deepEqual(value('تضاعفت الأسعار خلال الثلاث سنوات الماضية'), ['الثلاث سنوات الماضية', '2013-12-07/2016-12-07', 'range']);
  assert.deepEqual(value('ستنفذ الخطة خلال الستة أشهر المقبلة'), ['الستة أشهر المقبلة', '2016-12-08/2017-06-08', 'range']);
  assert.equal(tags('التقى الثلاثة وزراء الماضيين').length, 0);
  assert.equal(tags('دعا الأمين العام السابق للأمم المتحدة').length, 0, 'الأمين العام السابق is no year');
  assert.equal(tags('منذ عام 2012 العام التالي للحرب').map((t) => t.text).join('|'), 'عام 2012');
});

test('times of day, with parts of the day and time zones', () => {
  // a time with no day of its own is read on the publication day; the TIMEX3 keeps the bare time
  assert.deepEqual(value('وقع الانفجار عند الساعة الخامسة مساء'), ['الساعة الخامسة مساء', '2016-12-07T17:00', 'time']);
  assert.equal(one('وقع الانفجار عند الساعة الخامسة مساء').timex, 'T17:00');
  assert.deepEqual(value('بدأ الاجتماع في الساعة الخامسة والنصف عصرا'), ['الساعة الخامسة والنصف عصرا', '2016-12-07T17:30', 'time']);
  assert.deepEqual(value('انطلقت الرحلة عند 17:30 بتوقيت غرينتش'), ['17:30 بتوقيت غرينتش', '2016-12-07T17:30Z', 'time']);
  assert.deepEqual(value('يبدأ حظر التجول الساعة العاشرة ليلا'), ['الساعة العاشرة ليلا', '2016-12-07T22:00', 'time']);
  assert.equal(one('يبدأ حظر التجول الساعة العاشرة ليلا', null).value, null);
  assert.deepEqual(value('سقطت القذائف فجر الأحد الساعة 4:30'), ['فجر الأحد الساعة 4:30', '2016-12-04T04:30', 'datetime']);
  assert.equal(tags('فاز الفريق في المرة الخامسة').length, 0, 'الخامسة here is no hour');
});

test('ranges between date-times; a bare hour beside a day with its part of the day', () => {
  assert.deepEqual(value('ستفرض السلطات حظر التجول من السادسة مساء السبت حتى السادسة صباح الاثنين'), ['من السادسة مساء السبت حتى السادسة صباح الاثنين', '2016-12-10T18:00/2016-12-12T06:00', 'range']);
  // an end time without its own day falls on the next day when it would come before the start
  assert.deepEqual(value('يسري حظر التجول من العاشرة مساء الخميس حتى الخامسة صباحا'), ['من العاشرة مساء الخميس حتى الخامسة صباحا', '2016-12-08T22:00/2016-12-09T05:00', 'range']);
  assert.deepEqual(value('تتوقف الحركة بين الساعة 8 صباح الجمعة و 2 ظهر السبت'), ['بين الساعة 8 صباح الجمعة و 2 ظهر السبت', '2016-12-09T08:00/2016-12-10T14:00', 'range']);
  assert.deepEqual(value('سيصل الوزير 9 هذا المساء'), ['9 هذا المساء', '2016-12-07T21:00', 'datetime']);
  assert.deepEqual(value('ستبدأ الجلسة مساء الخميس عند 7.'), ['مساء الخميس عند 7', '2016-12-08T19:00', 'datetime']);
  // minutes counted from an hour
  assert.deepEqual(value('تنطلق القافلة عشرين دقيقة بعد السادسة صباح الغد'), ['عشرين دقيقة بعد السادسة صباح الغد', '2016-12-08T06:20', 'datetime']);
  assert.deepEqual(value('يبدأ البث عشر دقائق قبل الثامنة مساء'), ['عشر دقائق قبل الثامنة مساء', '2016-12-07T19:50', 'time']);
  assert.deepEqual(value('وصل الوفد بعد عشر دقائق من الانفجار'), ['عشر دقائق', 'PT10M', 'duration']);
  // after a past verb the number counts people, not hours
  assert.deepEqual(value('قتل 8 هذا الصباح'), ['هذا الصباح', '2016-12-07', 'date']);
});

test('a deadline within a span counts from now only for what is still to come; the week of a day', () => {
  // خلال needs an explicit future; a fractional span stays a duration
  assert.deepEqual(value('قتل أكثر من 700 شخص في نيجيريا خلال شهر ونصف'), ['شهر ونصف', 'P1.5M', 'duration']);
  // a number before a percent is a share, never a time
  assert.equal(tags('تتراوح نسبة الربح ما بين 10 إلى 15 في المائة').length, 0);
  assert.equal(tags('تتراوح الزيادة بين 5 و7 بالمئة').length, 0);
  // "within": the window from now to then; "in": the point after the span
  assert.deepEqual(value('يتوقع أن تصل المساعدات في غضون ثلاثة أيام'), ['في غضون ثلاثة أيام', '2016-12-07/2016-12-10', 'range']);
  assert.deepEqual(value('سيعلن الجيش النتائج في غضون 48 ساعة', '2016-12-07T10:30'), ['في غضون 48 ساعة', '2016-12-07T10:30/2016-12-09T10:30', 'range']);
  assert.deepEqual(value('وستجري الانتخابات خلال أسبوعين'), ['خلال أسبوعين', '2016-12-07/2016-12-21', 'range']);
  assert.deepEqual(value('سيطر المسلحون على المدينة خلال أسبوعين'), ['أسبوعين', 'P2W', 'duration']);
  assert.deepEqual(value('سيصل القطار في 20 دقيقة', '2016-12-07T10:30'), ['في 20 دقيقة', '2016-12-07T10:50', 'datetime']);
  // past narrative: the span measures what happened
  assert.deepEqual(value('سقط 20 قتيلا في غضون 10 ساعات'), ['10 ساعات', 'PT10H', 'duration']);
  assert.deepEqual(value('أنجزت الشركة المشروع في 10 أيام'), ['10 أيام', 'P10D', 'duration']);
  assert.deepEqual(value('تعقد الجولة المقبلة أسبوع 12 كانون الأول'), ['أسبوع 12 كانون الأول', '2016-W50', 'date']);
  // the end of a named day is its last minute; the end of the first day of talks is no calendar day
  assert.deepEqual(value('أمهل المحتجون الحكومة حتى نهاية يوم الخميس'), ['نهاية يوم الخميس', '2016-12-08T23:59', 'datetime']);
  assert.deepEqual(value('يجب أن تغادر القوات بحلول نهاية اليوم'), ['نهاية اليوم', '2016-12-07T23:59', 'datetime']);
  assert.equal(tags('وفي ختام اليوم الثاني للقمة صدر بيان').length, 0);
});

test('durations as ISO 8601', () => {
  assert.deepEqual(value('استمرت المعارك ثلاث سنوات'), ['ثلاث سنوات', 'P3Y', 'duration']);
  assert.deepEqual(value('دعوا إلى وقف لإطلاق النار لمدة خمسة أيام'), ['خمسة أيام', 'P5D', 'duration']);
  assert.deepEqual(value('سجن لمدة 21 يوما'), ['21 يوما', 'P21D', 'duration']);
  assert.deepEqual(value('استمر الاجتماع ساعتين'), ['ساعتين', 'PT2H', 'duration']);
  assert.deepEqual(value('انتظر المسافرون ساعة ونصف'.replace('انتظر المسافرون', 'انتظروا لمدة')), ['ساعة ونصف', 'PT1.5H', 'duration']);
  assert.deepEqual(value('قتل قبل يومين في غارة'), ['قبل يومين', '2016-12-05', 'date']);
});

test('recurring sets and ranges', () => {
  assert.deepEqual(value('تصلي الجموع كل يوم جمعة في المسجد'), ['كل يوم جمعة', 'R/P1W', 'set']);
  assert.equal(one('تصلي الجموع كل يوم جمعة في المسجد').timex, 'XXXX-WXX-5');
  assert.deepEqual(value('تصدر الصحيفة أسبوعيا'), ['أسبوعيا', 'R/P1W', 'set']);
  // a part of the day recurs daily; TEV stays in the TIMEX3, never in the ISO value
  const evening = one('يتجمع المحتجون كل مساء في الساحة');
  assert.deepEqual([evening.text, evening.value, evening.timex], ['كل مساء', 'R/P1D', 'TEV']);
  assert.deepEqual(value('تنشر الهيئة تقريرا كل ثلاثة أشهر'), ['كل ثلاثة أشهر', 'R/P3M', 'set']);
  assert.deepEqual(value('يعقد المهرجان من 5 إلى 7 كانون الأول'), ['من 5 إلى 7 كانون الأول', '2016-12-05/2016-12-07', 'range']);
  assert.deepEqual(value('تمتد الدراسة بين عامي 2014 و2018'), ['عامي 2014 و2018', '2014/2018', 'range']);
  assert.deepEqual(value('تعقد الاجتماعات الأسبوع المقبل من الاثنين إلى الأربعاء'), ['الأسبوع المقبل من الاثنين إلى الأربعاء', '2016-12-12/2016-12-14', 'range']);
  assert.deepEqual(value('سأخرج بين الخامسة والسادسة مساءً'.replace('بين الخامسة والسادسة', 'من الخامسة إلى السادسة')), ['من الخامسة إلى السادسة مساءً', '2016-12-07T17:00/2016-12-07T18:00', 'range']);
});

test('holidays', () => {
  assert.deepEqual(value('عيد الفطر 2013'), ['عيد الفطر 2013', '2013-08-08', 'date']);
  assert.deepEqual(value('هنأ الملك المواطنين بمناسبة عيد الأضحى', '2013-02-12'), ['عيد الأضحى', '2013-10-15', 'date']);
});

test('seasons and national days are tagged; their value is null (no ISO form / country-specific)', () => {
  const t = one('تتوقع الحكومة تحسن السياحة الصيف المقبل');
  assert.deepEqual([t.text, t.value, t.timex], ['الصيف المقبل', null, '2017-SU']);
  assert.equal(tags('اندلعت احتجاجات الربيع العربي').length, 0, 'الربيع العربي is no season');
  assert.deepEqual(value('احتفلت البلاد بعيد الاستقلال'), ['عيد الاستقلال', null, 'date']);
});

test('news phrasing from Saudi and pan-Arab papers', () => {
  assert.deepEqual(value('تعرض لإصابة في تدريب أول من أمس (الخميس)', '2015-08-01'), ['أول من أمس (الخميس)', '2015-07-30', 'date']);
  assert.deepEqual(value('وقعت الغارة مساء أمس الاثنين', '2015-07-21'), ['مساء أمس الاثنين', '2015-07-20', 'date']);
  assert.deepEqual(value('بتاريخ 29-8-1436هـ للكاتبة', '2015-07-21'), ['29-8-1436هـ', '2015-06-16', 'date']);
  assert.deepEqual(value('قتل مساء أمس الجمعة الموافق 8 / 10 / 1436', '2015-07-25'), ['مساء أمس الجمعة الموافق 8 / 10 / 1436', '2015-07-24', 'date']);
  assert.deepEqual(value('صدر في 10 أغسطس 2015 الموافق 25 شوال 1436'), ['10 أغسطس 2015 الموافق 25 شوال 1436', '2015-08-10', 'date']);
  assert.deepEqual(value('قتل خمسة مدنيين في ديسمبر (كانون الأول) الماضي', '2015-07-21'), ['ديسمبر (كانون الأول) الماضي', '2014-12', 'date']);
  assert.equal(tags('رجال أعمال لهم علاقة بكرة القدم').length, 0, 'بكرة القدم is football, not tomorrow');
  assert.equal(tags('قال أحمد وهو أب لخمسة أبناء').length, 0, 'أب is a father, not August');
  assert.equal(tags('ارتداد إلى مستويات ما بين 1130-1140 دولارا').length, 0, 'prices are no years');
  assert.equal(tags('وكسبها الزعيم 2/1 في المباراة الودية').length, 0, 'a football score is no date');
  assert.equal(tags('تزايد موجات النزوح يوما بعد يوم').length, 0, 'يوما بعد يوم is no date');
  assert.equal(tags('وكتبت فلين وآلان جو الأستاذ').length, 0, 'آلان is a name, not الآن');
  assert.equal(tags('فجر عناصر داعش سيارة مفخخة').length, 0, 'فجّر is a verb here');
  assert.deepEqual(value('يقبل التسجيل خلال شهر 11/1436هـ', '2015-08-04'), ['11/1436هـ', '2015-08-16/2015-09-13', 'range']);
  assert.equal(tags('الأطفال من 4 إلى 6 سنوات').some((t) => t.type === 'range'), false, 'ages are no clock range');
  assert.equal(tags('مرشح فريق «14 آذار» لرئاسة الجمهورية').length, 0, '14 آذار is a coalition');
  assert.equal(tags('في ذكرى ثورة 25 يناير').length, 0, 'a revolution named by its day');
  assert.equal(tags('أهم العلوم في العصر الحديث').length, 0, 'العصر الحديث is an era');
  assert.equal(tags('ومن أخذ بكل زلة على كل أحد').length, 0, 'كل أحد is everyone');
  assert.deepEqual(value('فاز النصر باللقب لأول مرة بعد 11 عاما'), ['11 عاما', 'P11Y', 'duration']);
  assert.deepEqual(value('سيعقد المؤتمر بعد أسبوعين'), ['بعد أسبوعين', '2016-12-21', 'date']);
});

test('no anchor: absolute values still resolve, relative ones are null', () => {
  assert.equal(one('ولد في 15 آذار 1962', null).value, '1962-03-15');
  assert.equal(one('وصل أمس', null).value, null);
  assert.equal(one('يصل الخميس', null).timex, 'XXXX-WXX-4');
});

test('every value fits the contract schema (ISO 8601, or a TIMEX3 set value for sets)', async () => {
  const mod = (await import('ajv/dist/2020.js')) as unknown as { default?: unknown };
  type Validator = ((x: unknown) => boolean) & { errors?: unknown };
  const Ajv2020 = (mod.default ?? mod) as new (o: object) => { compile(s: object): Validator };
  const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'analysis.schema.json'), 'utf8')) as { $defs: object };
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: schema.$defs, $ref: '#/$defs/time' });
  const texts = [
    'وقع الانفجار عند الساعة الخامسة مساء أمس الأربعاء 7/12/2016 واستمرت المعارك لمدة خمسة أيام',
    'تصلي الجموع كل يوم جمعة وتصدر الصحيفة أسبوعيا وسنويا كل صباح',
    'بين 5 و 6 مساءً في الصباح الباكر من 4 إلى 6 ديسمبر في التسعينيات الربع الثالث من عام 2016',
    'الأسبوعين الماضيين السنوات الثلاث الماضية الأسبوع المقبل هذا الشهر العام الماضي بقية اليوم',
    '25 شوال 1436 هـ الموافق 10 اغسطس 2015 م الصيف المقبل عيد الاستقلال الآن',
  ];
  for (const published of [PUB, '2016-12-07T10:30:00', null]) {
    for (const text of texts) for (const t of tagTimes(text, published, res)) assert.ok(validate(t), `${JSON.stringify(t)} ${JSON.stringify(validate.errors)}`);
  }
  const devFile = join(packageRoot, '..', 'shared', 'data', 'timex', 'dev.jsonl');
  if (existsSync(devFile)) {
    for (const line of readFileSync(devFile, 'utf8').split('\n').filter(Boolean)) {
      const c = JSON.parse(line) as { text: string; ref: string | null };
      for (const t of tagTimes(c.text, c.ref, res)) assert.ok(validate(t), `${c.text}: ${JSON.stringify(t)}`);
    }
  }
});

test('spans are exact substrings of any text (property)', () => {
  const pieces = ['الأربعاء', 'الاربعاء', 'مساء', '15', 'آذار', '2016', 'كانون الأول', '/', 'ديسمبر', 'أمس', 'لمدة', 'خمسة', 'أيام', 'الساعة', 'الخامسة', 'والنصف', 'و', 'قال', ' ', '،', 'ـ', 'َ', '\n', 'هـ', 'الموافق', 'من', 'إلى', 'كل', 'يوم', 'جمعة'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join(' ');
      let last = -1;
      for (const t of tagTimes(text, PUB, res)) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= last, 'ordered and not overlapping');
        last = t.end;
      }
    }),
  );
});

const seedPath = join(packageRoot, '..', 'shared', 'corpus', 'seed', 'aleppo.txt');
test('the seed story (published 2016-12-07)', (t) => {
  if (!existsSync(seedPath)) return t.skip('../shared/corpus/seed/aleppo.txt absent');
  const text = readFileSync(seedPath, 'utf8');
  const out = tags(text);
  const byText = (s: string) => out.filter((x) => x.text === s).map((x) => x.value);
  assert.deepEqual(byText('مساء الاربعاء'), ['2016-12-07']);
  assert.deepEqual(byText('صباحا (الخميس)'), ['2016-12-08']);
  assert.deepEqual(byText('الجمعة'), ['2016-12-02']);
  assert.deepEqual(byText('الثاني من كانون الاول/ديسمبر'), ['2016-12-02']);
  assert.deepEqual(byText('الثلاثاء'), ['2016-12-06', '2016-12-06', '2016-12-06']);
  assert.deepEqual(byText('الخميس'), ['2016-12-08']); // يزور كيري الخميس باريس
  assert.deepEqual(byText('السبت'), ['2016-12-10']);
  assert.deepEqual(byText('الأربعاء'), ['2016-12-07']);
  assert.deepEqual(byText('سبتمبر/أيلول 2015'), ['2015-09']);
  assert.deepEqual(byText('عام 2012'), ['2012']);
  assert.deepEqual(byText('هذا الاسبوع'), ['2016-W49']);
  assert.deepEqual(byText('خمسة أيام'), ['P5D']);
  assert.deepEqual(byText('الأسبوعين الماضيين'), ['2016-11-23/2016-12-07']);
  assert.deepEqual(byText('السنوات الثلاث الماضية'), ['2013-12-07/2016-12-07']);
  assert.equal(out.find((x) => x.text === 'الأسبوعين الماضيين')!.type, 'range');
});

const devPath = join(packageRoot, '..', 'shared', 'data', 'timex', 'dev.jsonl');
test('dev-set accuracy floor (Recognizers-Text + Duckling Arabic cases)', async (t) => {
  if (!existsSync(devPath)) return t.skip('../shared/data/timex/dev.jsonl absent');
  const lib = (await import(join(packageRoot, 'scripts', 'lib', 'timex-score.mjs'))) as {
    loadCases(root: string): Array<{ text: string; ref: string | null }> | null;
    scoreCase(c: unknown, preds: TimeExpression[]): unknown;
    summarize(s: unknown[]): { by: Map<string, { n: number; found: number; res: number; correct: number }>; negatives: number; falseAlarms: number };
  };
  const cases = lib.loadCases(packageRoot)!;
  const sum = lib.summarize(cases.map((c) => lib.scoreCase(c, tagTimes(c.text, c.ref, res))));
  const all = sum.by.get('all')!;
  const tierA = sum.by.get('tier:A')!;
  assert.ok(all.found / all.n >= 0.93, `span recall ${all.found}/${all.n}`);
  assert.ok(all.correct / all.res >= 0.8, `value accuracy ${all.correct}/${all.res}`);
  assert.ok(tierA.correct / tierA.res >= 0.9, `tier A value accuracy ${tierA.correct}/${tierA.res}`);
  assert.ok(sum.falseAlarms / sum.negatives <= 0.05, `false alarms ${sum.falseAlarms}/${sum.negatives}`);
});
