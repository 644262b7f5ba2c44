import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileResources } from '../node/resources.js';
import { memoryResources } from '../resources.js';
import { agencyPattern, datelineLexicon, parseAgencies } from './agencies.js';
import { parseAgencyMark, parseDateline, type DatelineParse } from './dateline.js';

const res = fileResources();

/** Parses the dateline opening the first line of `text`. */
function dl(text: string): DatelineParse | null {
  const nl = text.search(/[\r\n]/);
  return parseDateline(text, 0, nl < 0 ? text.length : nl, res);
}

function fields(d: DatelineParse | null) {
  if (!d) return null;
  return { place: d.place?.text ?? null, agency: d.agency?.text ?? null, byline: d.byline?.text ?? null, date: d.date?.text ?? null };
}

const STORY = 'أعلن متحدث باسم الحكومة اليوم أن المحادثات ستستأنف الأسبوع المقبل في العاصمة.';

test('place - story (the seed form)', () => {
  const t = 'هامبورغ - أجرى وزير الخارجية الأميركي جون كيري مساء الاربعاء محادثات في ألمانيا';
  const d = dl(t)!;
  assert.deepEqual(fields(d), { place: 'هامبورغ', agency: null, byline: null, date: null });
  assert.equal(d.span.text, 'هامبورغ -');
  assert.equal(t.slice(d.bodyStart, d.bodyStart + 4), 'أجرى');
  assert.equal(d.strength, 'weak');
});

test('place - byline, on its own line or closed by a colon', () => {
  assert.deepEqual(fields(dl(`القاهرة - أحمد الريدي\n${STORY}`)), { place: 'القاهرة', agency: null, byline: 'أحمد الريدي', date: null });
  assert.deepEqual(fields(dl(`القاهرة - أحمد الريدي: ${STORY}`)), { place: 'القاهرة', agency: null, byline: 'أحمد الريدي', date: null });
  // the one-word side is the place, whichever comes first
  assert.deepEqual(fields(dl(`سامي العتيبي – جدة\n${STORY}`)), { place: 'جدة', agency: null, byline: 'سامي العتيبي', date: null });
});

test('place ـ outlet with a spaced tatweel as the dash', () => {
  const d = dl(`دبي ـ العربية.نت ${STORY}`)!;
  assert.deepEqual(fields(d), { place: 'دبي', agency: 'العربية.نت', byline: null, date: null });
  assert.equal(d.agencyEn, 'Al Arabiya.net');
  // a tatweel inside a word is decoration, not a separator
  assert.equal(dl('قالـت مصادر ـ في بيان اليوم إن الوضع هادئ'), null);
});

test('place (agency) -', () => {
  const d = dl(`بيروت (رويترز) - ${STORY}`)!;
  assert.deepEqual(fields(d), { place: 'بيروت', agency: 'رويترز', byline: null, date: null });
  assert.equal(d.span.text, 'بيروت (رويترز) -');
  assert.equal(d.agencyEn, 'Reuters');
});

test('an agency alone in brackets is a credit without a place', () => {
  const d = dl(`(أ ف ب) - ${STORY}`)!;
  assert.equal(d.place, null);
  assert.equal(d.agency!.text, 'أ ف ب');
  assert.equal(d.agencyEn, 'Agence France-Presse');
});

test('abbreviated agencies with or without dots and a closing colon', () => {
  assert.deepEqual(fields(dl(`واشنطن - أ ف ب: ${STORY}`)), { place: 'واشنطن', agency: 'أ ف ب', byline: null, date: null });
  assert.deepEqual(fields(dl(`باريس - أ.ف.ب: ${STORY}`)), { place: 'باريس', agency: 'أ.ف.ب', byline: null, date: null });
  assert.deepEqual(fields(dl(`برلين - د.ب.أ: ${STORY}`)), { place: 'برلين', agency: 'د.ب.أ', byline: null, date: null });
  assert.deepEqual(fields(dl(`القاهرة - أ ش أ: ${STORY}`)), { place: 'القاهرة', agency: 'أ ش أ', byline: null, date: null });
});

test('place - agency running straight into the story', () => {
  const t = `الرياض - واس ${STORY}`;
  const d = dl(t)!;
  assert.deepEqual(fields(d), { place: 'الرياض', agency: 'واس', byline: null, date: null });
  assert.equal(t.slice(d.bodyStart, d.bodyStart + 4), 'أعلن');
});

test('a multi-word place', () => {
  assert.deepEqual(fields(dl(`القدس المحتلة - ${STORY}`)), { place: 'القدس المحتلة', agency: null, byline: null, date: null });
  assert.deepEqual(fields(dl(`أ ف ب- أبو ظبي: ${STORY}`)), { place: 'أبو ظبي', agency: 'أ ف ب', byline: null, date: null });
});

test("SPA's dateline: place, Hijri and Gregorian date, agency", () => {
  const t = `جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n ${STORY}`;
  const d = dl(t)!;
  assert.deepEqual(fields(d), { place: 'جنيف', agency: 'واس', byline: null, date: '25 شوال 1436 هـ الموافق 10 اغسطس 2015 م' });
  assert.equal(d.agencyEn, 'Saudi Press Agency');
});

test("Reuters' dateline with a date and the agency in brackets", () => {
  const d = dl(`سان فرانسيسكو 20 يوليو تموز (رويترز) -\n${STORY}`)!;
  assert.deepEqual(fields(d), { place: 'سان فرانسيسكو', agency: 'رويترز', byline: null, date: '20 يوليو تموز' });
});

test('place: «outlet»', () => {
  assert.deepEqual(fields(dl(`لندن: «الشرق الأوسط» ${STORY}`)), { place: 'لندن', agency: 'الشرق الأوسط', byline: null, date: null });
  assert.deepEqual(fields(dl(`* واشنطن - «الشرق الأوسط»: ${STORY}`)), { place: 'واشنطن', agency: 'الشرق الأوسط', byline: null, date: null });
});

test('exclusive and follow-up credits', () => {
  const d = dl(`خاص - ${STORY}`)!;
  assert.equal(d.place, null);
  assert.equal(d.agency!.text, 'خاص');
  const f = dl(`عين اليوم – متابعات\n${STORY}`)!;
  assert.equal(f.place, null);
  assert.equal(f.agency!.text, 'عين اليوم');
});

test('byline - outlet - place: and a photo credit', () => {
  assert.deepEqual(fields(dl(`منى السالم- سبق- القاهرة: ${STORY}`)), { place: 'القاهرة', agency: 'سبق', byline: 'منى السالم', date: null });
  const d = dl(`سبق - عدن - تصوير : خالد الحربي: ${STORY}`)!;
  assert.deepEqual(fields(d), { place: 'عدن', agency: 'سبق', byline: null, date: null });
  assert.equal(d.span.text, 'سبق - عدن - تصوير : خالد الحربي:');
});

test('an ambiguous agency name (فارس is also a given name) only where the credit ends', () => {
  assert.deepEqual(fields(dl(`طهران - فارس: ${STORY}`)), { place: 'طهران', agency: 'فارس', byline: null, date: null });
  assert.deepEqual(fields(dl(`الرياض - فارس الشمري\n${STORY}`)), { place: 'الرياض', agency: null, byline: 'فارس الشمري', date: null });
});

test('left-over page furniture before a credit is skipped', () => {
  const t = `Next Previous عين اليوم – جدة\n${STORY}`;
  const d = dl(t)!;
  assert.deepEqual(fields(d), { place: 'جدة', agency: 'عين اليوم', byline: null, date: null });
  assert.equal(d.span.text, 'عين اليوم – جدة');
  assert.equal(dl(`Read more هامبورغ - ${STORY}`), null, 'a bare place after Latin words is not enough');
});

test('ordinary sentences with a dash or a colon are not datelines', () => {
  for (const t of [
    'أدت اتفاقية سايكس - بيكو قبل مائة عام إلى تقاسم التركة العثمانية بين فرنسا وبريطانيا',
    'تمكنت – بفضل الله تعالى – عشر فرق إطفاء من إخماد الحريق',
    'وقال الوزير - في تصريح للصحفيين - إن الاتفاق صامد',
    'عن دار الكوكب - رياض نجيب الريس، صدرت رواية جديدة',
    'بثت قناة "الإخبارية" أمس قائمة بأسماء الضحايا',
    'كشف مصدر خليجي لـ«الشرق الأوسط» عن أن الاجتماع تأجل',
    'أعلنت اللجنة التنفيذية لسوق عكاظ أن موعد الافتتاح تحدد',
    'اعلنت وكالة انباء الاناضول الحكومية التركية ان جنديين قتلا',
    'الخبر الأول: اختفاء العشرات من الشبان في منطقة رمادة',
    'فاز الفريق 2-1 على منافسه في المباراة النهائية أمس',
    '«الشؤون البلدية والقروية»: بعض المنازل آيلة للسقوط',
    'قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح',
  ]) {
    assert.equal(dl(t), null, t);
  }
});

test('offsets: every span is the exact text it names, also after CRLF lines and with a start offset', () => {
  const head = 'عنوان الخبر\r\n\r\n';
  const t = `${head}بيروت (رويترز) - ${STORY}\r\n`;
  const d = parseDateline(t, head.length, t.indexOf('\r', head.length), res)!;
  for (const s of [d.place!, d.agency!, d.span]) assert.equal(t.slice(s.start, s.end), s.text);
  assert.equal(d.place!.start, head.length);
});

test('an agency mark closing the story', () => {
  const t = 'وقال المتحدث إن المحادثات ستستأنف غدا. (أ ف ب)';
  const m = parseAgencyMark(t, 0, t.length, res)!;
  assert.equal(m.agency.text, 'أ ف ب');
  assert.equal(t.slice(m.agency.start, m.agency.end), 'أ ف ب');
  assert.equal(parseAgencyMark('وأضاف أن الحل السياسي ممكن (في رأيه)', 0, 36, res), null);
});

test('without Resources the parser still reads places and bracketed forms it can judge', () => {
  const d = parseDateline(`هامبورغ - ${STORY}`, 0, 200, null)!;
  assert.equal(d.place!.text, 'هامبورغ');
  const lex = datelineLexicon(memoryResources({ 'data/lexicons/agencies.tsv': 'سانا\tagency\tSANA\n' }));
  assert.equal(parseDateline(`دمشق - سانا: ${STORY}`, 0, 200, lex)!.agency!.text, 'سانا');
});

test('agency patterns tolerate dots, spaces and alef forms', () => {
  const re = new RegExp('^' + agencyPattern('أ ف ب'), 'u');
  for (const s of ['أ ف ب', 'أ.ف.ب', 'ا ف ب', 'أفب', 'أ. ف. ب.']) assert.match(s, re, s);
  assert.doesNotMatch('أفبريل', re);
  assert.throws(() => parseAgencies('رويترز\tnewspaper\tReuters\n'), /unknown kind/);
});

test('outlet - place, the outlet first (Enab Baladi, Libya Observer styles)', () => {
  assert.deepEqual(fields(dl(`عنب بلدي - دمشق\n${STORY}`)), { place: 'دمشق', agency: 'عنب بلدي', byline: null, date: null });
  assert.deepEqual(fields(dl(`طرابلس - ليبيا أوبزرفر\n${STORY}`)), { place: 'طرابلس', agency: 'ليبيا أوبزرفر', byline: null, date: null });
  // a reporter's name is still a byline, not an outlet
  assert.deepEqual(fields(dl(`القاهرة - أحمد الريدي\n${STORY}`)), { place: 'القاهرة', agency: null, byline: 'أحمد الريدي', date: null });
});

test('a newspaper whose name is also a word is the outlet between two dashes after the place: عمان - الدستور - قال …', () => {
  assert.deepEqual(fields(dl(`عمان - الدستور - ${STORY}`)), { place: 'عمان', agency: 'الدستور', byline: null, date: null });
  assert.deepEqual(fields(dl(`الكويت - الجريدة - ${STORY}`)), { place: 'الكويت', agency: 'الجريدة', byline: null, date: null });
  // (the word itself opening the story is no outlet: «عمان - الدستور الأردني ينص على …» has a weak place dateline only)
  assert.deepEqual(fields(dl('عمان - الدستور الأردني ينص على فصل السلطات')), { place: 'عمان', agency: null, byline: null, date: null });
});

test('place/ outlet: a slash as the dash (Al-Mada)', () => {
  const d = dl(`بغداد/ المدى\n${STORY}`)!;
  assert.deepEqual(fields(d), { place: 'بغداد', agency: 'المدى', byline: null, date: null });
  assert.equal(d.agencyEn, 'Al-Mada');
  assert.equal(d.span.text, 'بغداد/ المدى');
});

test('places joined by commas - outlet: the first place is the dateline', () => {
  const d = dl(`إسلام أباد، طهران - العربي الجديد\n${STORY}`)!;
  assert.deepEqual(fields(d), { place: 'إسلام أباد', agency: 'العربي الجديد', byline: null, date: null });
  assert.equal(d.span.text, 'إسلام أباد، طهران - العربي الجديد');
  assert.deepEqual(fields(dl(`الرياض، جدة، الدمام - واس ${STORY}`)), { place: 'الرياض', agency: 'واس', byline: null, date: null });
  // a comma inside a sentence with a dash later is no list of places
  assert.equal(dl('قال المتحدث إن الرياض، وجدة - كما هو معروف - تعانيان من الحر الشديد هذا الصيف'), null);
});

test('place في date /agency/ (Oman News Agency), the agency voweled or not', () => {
  const t = 'مسقط في 26 مايو /العُمانية/ استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية نظيره الإيراني.';
  const d = dl(t)!;
  assert.deepEqual(fields(d), { place: 'مسقط', agency: 'العُمانية', byline: null, date: '26 مايو' });
  assert.equal(d.agencyEn, 'Oman News Agency');
  assert.equal(t.slice(d.bodyStart, d.bodyStart + 6), 'استقبل');
  assert.equal(fields(dl('مسقط 26 مايو /العمانية/ استقبل معالي وزير الخارجية نظيره.'))!.agency, 'العمانية');
});

test('KUNA, CNN Arabic, MENA and Ma\'an credit forms: day - month (agency) --, place، country (agency) --, place في أول month /agency/, place - agency -', () => {
  const kuna = 'الكويت - 5 - 3 (كونا) -- استقبل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح في قصر بيان اليوم وزير الخارجية.';
  const k = dl(kuna)!;
  assert.deepEqual(fields(k), { place: 'الكويت', agency: 'كونا', byline: null, date: '5 - 3' });
  assert.equal(kuna.slice(k.bodyStart, k.bodyStart + 6), 'استقبل');
  assert.deepEqual(fields(dl('دبي، الإمارات العربية المتحدة (CNN) -- سمع دوي انفجارات قرب الميناء صباح اليوم بحسب شهود عيان.')), { place: 'دبي', agency: 'CNN', byline: null, date: null });
  assert.deepEqual(fields(dl('القاهرة في أول فبراير /أ ش أ/ أعرب وزراء خارجية مصر والأردن عن رفضهم التهجير.')), { place: 'القاهرة', agency: 'أ ش أ', byline: null, date: 'أول فبراير' });
  assert.deepEqual(fields(dl('بيت لحم - معا - أعلن نادي الأسير الفلسطيني أن قوات الاحتلال اعتقلت عشرين مواطنا.')), { place: 'بيت لحم', agency: 'معا', byline: null, date: null });
  // a comma list closed by a dash later in the story is no dateline's
  const basra = 'البصرة/ شفق نيوز- قطع عشرات المحتجين، مساء السبت، طريق البصرة - بغداد الدولي بالإطارات المحترقة.';
  assert.deepEqual(fields(dl(basra)), { place: 'البصرة', agency: 'شفق نيوز', byline: null, date: null });
});
