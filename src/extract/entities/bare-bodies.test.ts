import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../analysis.js';
import { parseArticle } from '../../document/layout.js';
import { loadKb } from '../../kb/load.js';
import { fileResources } from '../../node/resources.js';
import { tokenize } from '../../text/analyzer.js';
import { bareBodyTable, parseBareBodies } from './bare-bodies.js';
import { linkLexicon } from './lexicon.js';
import { linkMentions } from './link.js';
import type { Mention } from './mention.js';

const res = fileResources();
const kb = loadKb(res);
const lexicon = linkLexicon(res);
const table = bareBodyTable(res);

/** Links a text (gazetteer and shape rules, no recogniser) with the bare-body rules, checking every offset. */
function link(text: string, published: string | null = null): Entity[] {
  const article = parseArticle(text, { published }, res);
  const es = linkMentions({ article, tokens: tokenize(article.text, res), mentions: [], kb, lexicon, bareBodies: table });
  for (const e of es) for (const m of e.mentions) assert.equal(article.text.slice(m.start, m.end), m.text);
  return es;
}
const at = (es: Entity[], form: string) => es.find((e) => e.mentions.some((m) => m.text === form));

test('the rule table parses: bodies, words before, spokesmen', () => {
  const t = parseBareBodies('kind\tform\tcountry\ttarget\ten\n# comment\nbody\tالحكومة\t*\trole:government\tGovernment of {}\nbody\tالتحالف\tYEM\torg:saudi-coalition\t\nbefore\tرئيس\nspokesman\tالقوات المسلحة\t\tperson:x\torg:y\n');
  assert.equal(t.bodies.length, 2);
  assert.deepEqual(t.bodies[1], { form: ['التحالف'], country: 'YEM', target: 'org:saudi-coalition', en: '' });
  assert.ok(t.before.has('رءيس') || t.before.has('رئيس') || t.before.size === 1);
  assert.deepEqual(t.spokesmen.get('person:x'), { form: ['القوات', 'المسلحه'], body: 'org:y' });
});

test('bare security forces and police are the dateline country\'s bodies, with the evidence kept', () => {
  const es = link('القاهرة - فرّقت قوات الأمن مساء الخميس عشرات المحتجين أمام مبنى النقابة، وقالت الشرطة إنها أوقفت سبعة منهم.');
  const sf = at(es, 'قوات الأمن');
  assert.ok(sf, es.map((e) => e.name).join(', '));
  assert.equal(sf.type, 'ORG');
  assert.equal(sf.country, 'EGY');
  assert.equal(sf.nameEn, 'Security Forces (Egypt)');
  assert.ok(sf.evidence?.some((x) => x.includes('dateline')));
  const police = at(es, 'الشرطة');
  assert.equal(police?.nameEn, 'Police (Egypt)');
  assert.notEqual(police?.id, sf.id);
});

test('no story country, no body: a bare head stays unlinked rather than guessed', () => {
  const es = link('فرّقت قوات الأمن مساء الخميس عشرات المحتجين، وقالت الشرطة إنها أوقفت سبعة منهم.');
  assert.equal(at(es, 'قوات الأمن'), undefined);
  assert.equal(at(es, 'الشرطة'), undefined);
  // two countries named as often as each other decide nothing
  const tie = link('اعتقلت الشرطة رجلين، أحدهما وصل من باريس إلى إسطنبول، بعد تحقيق بدأ في مرسيليا وأنقرة.');
  assert.equal(at(tie, 'الشرطة'), undefined);
});

test('the story\'s country from its places when there is no dateline', () => {
  const es = link('اعتقلت الشرطة ثلاثة أشخاص في إسطنبول بعد انفجار في أنقرة أمس.');
  const p = at(es, 'الشرطة');
  assert.equal(p?.country, 'TUR');
  assert.ok(p?.evidence?.some((x) => x.includes("story's country")));
});

test('«الحكومة الألمانية» is the government of Germany, not the country; a later bare «الحكومة» joins it', () => {
  const es = link('أعلنت الحكومة الألمانية تجميد صادرات السلاح، وقالت الحكومة إن القرار نهائي.');
  const g = at(es, 'الحكومة الألمانية');
  assert.ok(g, es.map((e) => e.name).join(', '));
  assert.equal(g.type, 'ORG');
  assert.equal(g.nameEn, 'Government of Germany');
  assert.equal(g.country, 'DEU');
  assert.equal(g.mentions.length, 2);
  assert.ok(!es.some((e) => e.kb === 'country:DEU'));
});

test('a bare «الحكومة» is the knowledge base\'s government of the story\'s country where it has one', () => {
  const es = link('صنعاء - قالت الحكومة إنها تلقت دعوة جديدة إلى المفاوضات.');
  assert.equal(at(es, 'الحكومة')?.kb, 'org:yemeni-government');
});

test('«الحكومة» inside a title or another name, or before an adjective that continues it, is no bare body', () => {
  const es = link('تونس - قال رئيس الحكومة إن الحكومة الموازية لا شرعية لها، وزار مقر الحكومة وفد نقابي.');
  assert.ok(!es.some((e) => e.nameEn === 'Government of Tunisia'), es.map((e) => `${e.name}:${e.nameEn}`).join(', '));
  // a time word does not continue the name
  const day = link('تونس - أعلنت الحكومة الخميس خطة للإنعاش.');
  assert.equal(at(day, 'الحكومة')?.nameEn, 'Government of Tunisia');
});

test('«النيابة العامة السعودية»: a country name that is its own adjective gives the body its country', () => {
  const es = link('طالبت النيابة العامة السعودية بإعدام خمسة من المتهمين.');
  const p = at(es, 'النيابة العامة السعودية');
  assert.ok(p, es.map((e) => e.name).join(', '));
  assert.equal(p.country, 'SAU');
  assert.equal(p.nameEn, 'Public Prosecution (Saudi Arabia)');
  assert.ok(!es.some((e) => e.kb === 'country:SAU'));
});

test('bare «التحالف» is the Saudi-led coalition in a Yemen story and the US-led one in an Iraq story', () => {
  const ye = link('عدن - شنّ طيران التحالف غارات على مواقع للحوثيين في محافظة لحج.');
  assert.equal(at(ye, 'التحالف')?.kb, 'org:saudi-coalition');
  const iq = link('بغداد - قال التحالف إن ضرباته دمرت مخازن للتنظيم قرب الموصل.');
  assert.equal(at(iq, 'التحالف')?.kb, 'org:global-coalition');
  // «التحالف الحاكم» is another body; in a story of no such country «التحالف» stays unlinked
  assert.equal(at(link('عدن - انسحب الحزب من التحالف الحاكم في المحافظة.'), 'التحالف'), undefined);
  assert.equal(at(link('برلين - قال التحالف إن المحادثات فشلت.'), 'التحالف'), undefined);
});

test('«المتحدث باسم القوات المسلحة العميد يحيى سريع»: the body that spokesman speaks for; another spokesman\'s is not', () => {
  const es = link('أعلن المتحدث باسم القوات المسلحة العميد يحيى سريع استهداف منشأة نفطية بطائرات مسيرة.');
  assert.equal(at(es, 'القوات المسلحة')?.kb, 'org:houthi-armed-forces');
  const other = link('أعلن المتحدث باسم القوات المسلحة العميد خالد الشمري اعتراض صاروخ.');
  assert.notEqual(at(other, 'القوات المسلحة')?.kb, 'org:houthi-armed-forces');
});

test('a definite object right after the subject does not continue its name', () => {
  const es = link('القاهرة - اعتقلت قوات الأمن المتهمين فجر اليوم.');
  assert.equal(at(es, 'قوات الأمن')?.nameEn, 'Security Forces (Egypt)');
  assert.equal(at(link('القاهرة - انتشرت قوات الأمن المركزي في الميدان.'), 'قوات الأمن'), undefined);
});

test('«المجلس العسكري الانتقالي» is the story country\'s council, and «المجلس العسكري» later refers back to it', () => {
  const es = link('الخرطوم - وقّع المجلس العسكري الانتقالي الاتفاق مع المعارضة، وقال المجلس العسكري إنه ملتزم بالجدول الزمني.');
  const c = at(es, 'المجلس العسكري الانتقالي');
  assert.ok(c, es.map((e) => e.name).join(', '));
  assert.equal(c.nameEn, 'Transitional Military Council (Sudan)');
  assert.equal(c.mentions.length, 2);
});

test('«سمو ولي العهد» alone is the crown prince of the story\'s country on the article\'s date; none without a date', () => {
  const text = 'الرياض - استقبل سمو ولي العهد في قصر اليمامة وزير الخارجية البريطاني وبحث معه مستجدات المنطقة.';
  assert.equal(at(link(text, '2016-03-01'), 'ولي العهد')?.kb, 'person:mohammed-bin-nayef');
  assert.equal(at(link(text, '2019-05-10'), 'ولي العهد')?.kb, 'person:mohammed-bin-salman');
  assert.equal(at(link(text), 'ولي العهد'), undefined);
  // the deputy is someone else; a title followed by the name is the name's
  const deputy = link('الرياض - التقى نائب ولي العهد وزير الدفاع الأمريكي.', '2016-03-01');
  assert.ok(!deputy.some((e) => e.kb === 'person:mohammed-bin-nayef'));
});

test('«أتباع غولن», «منظمة فتح الله غولن» are the Gülen movement; the man himself stays a person', () => {
  const es = link('أنقرة - أوقفت السلطات عشرات من أتباع غولن، وصنفت منظمة فتح الله غولن إرهابية، فيما نفى غولن أي دور له.');
  assert.equal(at(es, 'أتباع غولن')?.kb, 'org:gulen-movement');
  assert.equal(at(es, 'منظمة فتح الله غولن')?.kb, 'org:gulen-movement');
  assert.equal(at(es, 'غولن')?.kb, 'person:fethullah-gulen');
  // a word that is no collective before the name leaves the person alone
  assert.equal(at(link('وقال الداعية فتح الله غولن إنه بريء.'), 'فتح الله غولن')?.kb, 'person:fethullah-gulen');
});

test('a descriptor word marked alone before a quoted name is no body of its own but a mention of the quoted body', () => {
  const text = 'بيروت - اتهم رئيس حزب «القوات اللبنانية» سمير جعجع خصومه بتعطيل الجلسة.';
  const article = parseArticle(text, {}, res);
  const at0 = article.text.indexOf('حزب');
  const ms: Mention[] = [{ start: at0, end: at0 + 3, text: 'حزب', type: 'ORG' }];
  const es = linkMentions({ article, tokens: tokenize(article.text, res), mentions: ms, kb, lexicon, bareBodies: table });
  assert.ok(!es.some((e) => e.kb === null && e.type === 'ORG'), es.map((e) => e.name).join(', '));
  assert.equal(es.find((e) => e.kb === 'org:lebanese-forces')?.mentions.length, 2);
  // a body of its own before a quoted name stays: «أعلنت الحكومة «الخطة الوطنية»» has no descriptor word
  const other = linkMentions({ article: parseArticle('قال حزب «القوات اللبنانية» إنه سيقاطع.', {}, res), tokens: tokenize('قال حزب «القوات اللبنانية» إنه سيقاطع.', res), mentions: [], kb, lexicon, bareBodies: table });
  assert.ok(other.some((e) => e.kb === 'org:lebanese-forces'));
});

test('a dateline abroad gives way to the country the story is plainly about', () => {
  const es = link('دبي - قال سكان في عدن إن الهدنة صمدت، فيما اتهمت الحكومة الحوثيين بخرق وقف النار في تعز ولحج اليمنية.');
  assert.equal(at(es, 'الحكومة')?.kb, 'org:yemeni-government');
  // … but not when the dateline's country is named again
  const home = link('دبي - قالت الحكومة إن الإمارات سترسل مساعدات إلى عدن وتعز ولحج.');
  assert.notEqual(at(home, 'الحكومة')?.kb, 'org:yemeni-government');
});

test('bare «السلطات», «البرلمان», «المعارضة» are the story country\'s; «السلطات المحلية» is another body', () => {
  const es = link('كاراكاس - أغلقت السلطات المعبر الحدودي، فيما دعت المعارضة إلى جلسة طارئة في البرلمان.');
  assert.equal(at(es, 'السلطات')?.nameEn, 'Authorities (Venezuela)');
  assert.equal(at(es, 'المعارضة')?.nameEn, 'Opposition (Venezuela)');
  assert.equal(at(es, 'البرلمان')?.nameEn, 'Parliament (Venezuela)');
  assert.equal(at(link('كاراكاس - أغلقت السلطات المحلية المعبر.'), 'السلطات'), undefined);
});

test('«الجيش» with its demonym is that country\'s army, the knowledge base\'s where it has one', () => {
  const pk = link('شنّ الجيش الباكستاني فجر اليوم ضربات جوية على مواقع لمسلحين داخل إيران.');
  const army = at(pk, 'الجيش الباكستاني');
  assert.ok(army, pk.map((e) => e.name).join(', '));
  assert.equal(army.type, 'ORG');
  assert.equal(army.country, 'PAK');
  assert.equal(army.nameEn, 'Armed Forces of Pakistan');
  assert.ok(!pk.some((e) => e.kb === 'country:PAK'));
  assert.equal(at(link('قصفت مدفعية الجيش السوداني مواقع الدعم السريع.'), 'الجيش السوداني')?.kb, 'org:saf');
  // part of a title: «قائد الجيش الباكستاني» is a person's
  assert.ok(!link('التقى قائد الجيش الباكستاني وفدا أمريكيا.').some((e) => e.nameEn === 'Armed Forces of Pakistan'));
});

test('«الخارجية» names a ministry only with its demonym; «السياسة الخارجية الأمريكية» is a policy', () => {
  const es = link('وقالت الخارجية الباكستانية في بيان إن العملية استهدفت مخابئ إرهابيين.');
  const m = at(es, 'الخارجية الباكستانية');
  assert.ok(m, es.map((e) => e.name).join(', '));
  assert.equal(m.nameEn, 'Ministry of Foreign Affairs (Pakistan)');
  assert.equal(m.country, 'PAK');
  assert.equal(at(link('إسلام أباد - قالت الخارجية إن السفير استدعي.'), 'الخارجية'), undefined);
  const policy = link('انتقد النائب السياسة الخارجية الأمريكية في المنطقة.');
  assert.ok(!policy.some((e) => e.nameEn === 'Ministry of Foreign Affairs (United States)'), policy.map((e) => `${e.name}:${e.nameEn}`).join(', '));
});

test('«المملكة» is Saudi Arabia in a Riyadh story and Morocco in a Rabat story; elsewhere nothing', () => {
  const sa = link('الرياض - قال ولي العهد إن المملكة تؤكد رفضها القاطع لهذه الحرب.');
  assert.equal(at(sa, 'المملكة')?.kb, 'country:SAU');
  const ma = link('الرباط - قالت الوزارة إن المملكة تحملت مسؤولياتها.');
  assert.equal(at(ma, 'المملكة')?.kb, 'country:MAR');
  assert.equal(at(link('القاهرة - قال الوزير إن المملكة ستشارك في القمة.'), 'المملكة'), undefined);
});

test('«المحكمة الاتحادية العليا» is the story country\'s court; «القيادة العامة» refers back to the command named before', () => {
  const iq = link('بغداد - صادقت المحكمة الاتحادية العليا على نتائج الانتخابات.');
  assert.equal(at(iq, 'المحكمة الاتحادية العليا')?.nameEn, 'Federal Supreme Court (Iraq)');
  const ma = link('الرباط - أعلنت القيادة العامة للقوات المسلحة الملكية أنها أمنت المعبر، وأكدت القيادة العامة في بيان أن العملية غير هجومية.');
  const far = at(ma, 'القيادة العامة للقوات المسلحة الملكية');
  assert.equal(far?.kb, 'org:moroccan-armed-forces');
  assert.equal(far?.mentions.length, 2);
});

test('a definite head alone refers back to the body named before with that head in construct: «حركة أمل … الحركة»', () => {
  const es = link('بيروت - تعرض مناصرون لحزب الله وحركة أمل لإطلاق نار، وتطور الأمر إلى اشتباكات بين مسلحين من الحزب والحركة.');
  const amal = es.find((e) => e.kb === 'org:amal-movement' || e.name === 'حركة أمل');
  assert.ok(amal, es.map((e) => e.name).join(', '));
  assert.equal(amal.mentions.length, 2, amal.mentions.map((m) => m.text).join(' / '));
  const moi = link('تونس - أعلنت وزارة الصحة تسجيل إصابات جديدة، وأوضحت الوزارة أن الوضع تحت السيطرة.');
  assert.equal(at(moi, 'وزارة الصحة')?.mentions.length, 2);
  // with no such body before it, the head alone names nothing
  assert.equal(at(link('تونس - قالت الوزارة إن الوضع تحت السيطرة.'), 'الوزارة'), undefined);
});

test('«الحكومة الانتقالية في مالي», «السلطات في باماكو»: the body of the country named after في, not the dateline\'s', () => {
  const es = link('الجزائر - اتهمت الحكومة الانتقالية في مالي الجزائر بعمل عدائي، واعتبرت الخارجية الجزائرية أن السلطات في باماكو تحاول تحويل الأنظار.');
  assert.equal(at(es, 'الحكومة الانتقالية')?.nameEn, 'Transitional Government of Mali');
  assert.equal(at(es, 'الحكومة الانتقالية')?.country, 'MLI');
  assert.equal(at(es, 'السلطات')?.nameEn, 'Authorities (Mali)');
  // the place stays a mention of its own
  assert.ok(es.some((e) => e.mentions.some((m) => m.text === 'باماكو')));
  // «وحدات الدفاع الجوي» alone: the story country's
  assert.equal(at(link('الجزائر - أعلنت وزارة الدفاع أن وحدات الدفاع الجوي أسقطت طائرة مسيرة.'), 'وحدات الدفاع الجوي')?.nameEn, 'Air Defence Units (Algeria)');
});

test('the body a spokesman speaks for, opening with a head word, is a body, and its bare head refers back: «باسم تنسيقية اعتصام الكامور طارق الحداد … التنسيقية»', () => {
  const es = link('تونس - احتج المئات على إيقاف الناطق الرسمي باسم تنسيقية اعتصام الكامور طارق الحداد. وأعلنت التنسيقية الدخول في إضراب عام.');
  const body = at(es, 'تنسيقية اعتصام الكامور');
  assert.equal(body?.type, 'ORG');
  assert.deepEqual(body?.mentions.map((m) => m.text), ['تنسيقية اعتصام الكامور', 'التنسيقية']);
  assert.equal(at(es, 'طارق الحداد')?.type, 'PER');
  // a rank before the name is not part of the body
  assert.ok(at(link('وقال الناطق باسم هيئة الأركان العامة العميد علي حسين إن القصف توقف.'), 'هيئة الأركان العامة'));
});

test('«الوحدات الأمنية», «القوات العمومية» alone are the security bodies of the story\'s country', () => {
  const es = link('تونس - واستعملت الوحدات الأمنية الغاز المسيل للدموع، وتدخلت القوات العمومية لتفريق المحتجين.');
  assert.equal(at(es, 'الوحدات الأمنية')?.country, 'TUN');
  assert.equal(at(es, 'القوات العمومية')?.country, 'TUN');
});

test('«السلطنة» is Oman in an Omani story; «القوات الحكومية» alone the story country\'s government forces', () => {
  assert.equal(at(link('مسقط - أكدت السلطنة دعمها للحوار بين الأطراف.'), 'السلطنة')?.kb, 'country:OMN');
  assert.ok(!at(link('عمان - أكدت السلطنة دعمها.'), 'السلطنة')?.kb?.startsWith('country:OMN'));
  assert.equal(at(link('عدن - تقدمت القوات الحكومية في مأرب.'), 'القوات الحكومية')?.country, 'YEM');
});
