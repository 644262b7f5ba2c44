import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { TimeExpression } from '../../analysis.js';
import { fileResources, packageRoot } from '../../node/resources.js';
import { tagTimes } from './index.js';

const res = fileResources();
const PUB = '2016-12-07'; // a Wednesday

/** the expressions of a sentence as "text → value" */
function tags(text: string, published: string | null = PUB): TimeExpression[] {
  const out = tagTimes(text, published, res);
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text, 'span offsets point at the original text');
  return out;
}
function one(text: string, published: string | null = PUB): TimeExpression {
  const out = tags(text, published);
  assert.equal(out.length, 1, `one expression in «${text}», got ${JSON.stringify(out)}`);
  return out[0]!;
}
function value(text: string, published: string | null = PUB): [string, string | null, string] {
  const t = one(text, published);
  return [t.text, t.value, t.type];
}

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

test('ordinal weekdays and days: of the current month, after a holiday; a bare ordinal day only in a query', () => {
  assert.deepEqual(value('سأعود يوم الأحد الثاني', '2017-09-27'), ['الأحد الثاني', '2017-09-10', 'date']);
  assert.deepEqual(value('ثالث ثلاثاء بعد كريسماس 2014', '2013-02-12'), ['ثالث ثلاثاء بعد كريسماس 2014', '2015-01-13', 'date']);
  assert.deepEqual(value('صلى المسلمون يوم الجمعة الثانية على التوالي'), ['الجمعة', '2016-12-09', 'date']);
  assert.deepEqual(value('عدت للثاني والعشرين', '2016-11-07'), ['لثاني والعشرين', '2016-11-22', 'date']);
  assert.deepEqual(value('سأعود في الخامس في 4 صباحا', '2016-11-07'), ['الخامس في 4 صباحا', '2016-11-05T04:00', 'datetime']);
  assert.equal(tags('وقال المتحدث إن الفريق انتقل للثاني').length, 0, 'a rank in running text');
  assert.deepEqual(value('سأعود في الحادية عشر', null), ['الحادية عشر', null, 'time'], 'a feminine ordinal is an hour');
});

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

test('spans far in the past are durations, with their multiplier (منذ 130 ألف عام)', () => {
  assert.deepEqual(value('ظهر الإنسان الحديث منذ 130 ألف عام'), ['130 ألف عام', 'P130000Y', 'duration']);
  assert.deepEqual(value('بنيت المدينة قبل ثلاثة آلاف عام'), ['ثلاثة آلاف عام', 'P3000Y', 'duration']);
  assert.deepEqual(value('عاش قبل 2.5 مليون سنة'), ['2.5 مليون سنة', 'P2500000Y', 'duration']);
  assert.deepEqual(value('بني الجسر منذ 300 عام'), ['منذ 300 عام', '1716-12-07', 'date']);
  assert.equal(tags('وصل 130 ألف شخص').length, 0);
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

test('half units and decimals in news phrasing', () => {
  assert.deepEqual(value('بلغ أدنى مستوياته في ست سنوات ونصف السنة'), ['ست سنوات ونصف السنة', 'P6.5Y', 'duration']);
  assert.deepEqual(value('الطفلة التي تبلغ من العمر سنة ونصف'), ['سنة ونصف', 'P1.5Y', 'duration']);
  assert.deepEqual(value('وبلغت إيرادات الفيلم يوم السبت 19.7 مليون دولار', '2015-08-02'), ['السبت', '2015-08-01', 'date'], '19.7 is no day');
  assert.equal(tags('رغم اختلاف مظاهره بين الأمس واليوم').length, 2, 'between yesterday and today is a figure of speech, not a range');
});

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

test('decades and centuries counted whole, like العقد الماضي; a part of the night before or after a clock time', () => {
  assert.deepEqual(value('حدث ذلك في العقدين الماضيين', '2016-11-07'), ['العقدين الماضيين', '1990/2009', 'range']);
  assert.deepEqual(value('حدث ذلك في الثلاثة عقود القادمة', '2016-11-07'), ['الثلاثة عقود القادمة', '2020/2049', 'range']);
  assert.deepEqual(value('العقد الماضي', '2016-11-07'), ['العقد الماضي', '2000/2009', 'range']);
  assert.deepEqual(value('سأعود في الليلة الخامسة والنصف'), ['في الليلة الخامسة والنصف', '2016-12-07T17:30', 'time']);
  assert.deepEqual(value('وقع الانفجار في الثانية ليلا'), ['الثانية ليلا', '2016-12-07T02:00', 'time'], 'after midnight');
});

test('a cardinal word alone counts things, it is no hour; centuries', () => {
  const ref = '2013-02-12T04:30:00';
  for (const text of ['واحد بالغ', 'ثلاثة عشرين', 'اثنان ثلاثة', 'لا أحد']) assert.equal(tags(text, ref).length, 0, text);
  assert.deepEqual(value('الخامسة', ref), ['الخامسة', '2013-02-12T05:00', 'time']);
  assert.deepEqual(value('ولد في القرن التاسع عشر'), ['القرن التاسع عشر', '1800/1899', 'range']);
  assert.deepEqual(value('في السبعينيات من القرن العشرين'), ['السبعينيات من القرن العشرين', '1970/1979', 'range']);
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

test('في + a span of days looks ahead only after a future cue right before it; «أقوى من المتوقع» and «قريبا من» are no future', () => {
  assert.deepEqual(value('سيتم الانتهاء من المشروع في شهرين'), ['في شهرين', '2017-02-07', 'date']);
  assert.deepEqual(value('ولكن تقريرا خاصا أقوى من المتوقع رفع الدولار إلى أعلى مستوى له في شهرين والذهب قريبا من مستواه'), ['شهرين', 'P2M', 'duration']);
});

test('clock times written with a dot, a 24-hour ordinal, و الربع apart, ظهرا alone', () => {
  assert.deepEqual(value('وقع الزلزال الساعة 04.17 بتوقيت جرينتش', '2015-08-01'), ['الساعة 04.17 بتوقيت جرينتش', '2015-08-01T04:17Z', 'time']);
  assert.deepEqual(value('سأعود 7.30 مساء'), ['7.30 مساء', '2016-12-07T19:30', 'time']);
  assert.equal(tags('حقق الفريق 8.15 نقطة').length, 0, 'a decimal');
  assert.deepEqual(value('سأعود الساعة السابعة عشرة'), ['الساعة السابعة عشرة', '2016-12-07T17:00', 'time']);
  assert.deepEqual(value('سأعود في السابعة و الربع مساء'), ['السابعة و الربع مساء', '2016-12-07T19:15', 'time']);
  assert.deepEqual(value('سأعود ظهرا'), ['ظهرا', '2016-12-07T12:00', 'time']);
});

test('a weekday with a day and month but no year takes the nearest year where the day has that weekday', () => {
  assert.deepEqual(value('سأعود يوم الأحد 2 أكتوبر', '2016-11-07'), ['الأحد 2 أكتوبر', '2016-10-02', 'date']);
  assert.deepEqual(value('سأعود الثلاثاء 12 يناير', '2016-11-07'), ['الثلاثاء 12 يناير', '2016-01-12', 'date']);
  assert.deepEqual(value('سأعود يوم الاثنين 12 يناير 2016', '2016-11-07'), ['الاثنين 12 يناير 2016', '2016-01-12', 'date'], 'a given year stands');
});

test('early and late parts of a month: أوائل/أواخر its first or last ten days, مطلع/بداية/نهاية its first or second half', () => {
  const ref = '2016-11-07';
  assert.deepEqual(value('مطلع الشهر المقبل', ref), ['مطلع الشهر المقبل', '2016-12-01/2016-12-15', 'range']);
  assert.deepEqual(value('أوائل الشهر المقبل', ref), ['أوائل الشهر المقبل', '2016-12-01/2016-12-10', 'range']);
  assert.deepEqual(value('نهاية الشهر', ref), ['نهاية الشهر', '2016-11-16/2016-11-30', 'range']);
  assert.deepEqual(value('أواخر الشهر', ref), ['أواخر الشهر', '2016-11-21/2016-11-30', 'range']);
});
