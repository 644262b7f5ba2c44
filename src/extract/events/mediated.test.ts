// Verbal diplomacy told by nouns and side constructions (issue 5, sixth session): mediation, requests answered,
// signers side by side, visits, refusals and complaints. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeWithHandEntities } from '../discourse/test-kit.js';
import type { HandEntity } from '../discourse/hand-entities.js';
import type { Event } from '../../analysis.js';

const res = defaultResources();
const E: HandEntity[] = [
  { id: 'qatar', type: 'LOC', name: 'قطر', forms: ['دولة قطر', 'قطرية'], country: 'QAT', kb: 'country:QAT' },
  { id: 'usa', type: 'LOC', name: 'الولايات المتحدة', forms: ['أمريكية'], country: 'USA', kb: 'country:USA' },
  { id: 'iran', type: 'LOC', name: 'إيران', forms: ['الإيراني'], country: 'IRN', kb: 'country:IRN' },
  { id: 'egypt', type: 'LOC', name: 'مصر', forms: ['المصري'], country: 'EGY', kb: 'country:EGY' },
  { id: 'saudi', type: 'LOC', name: 'السعودية', forms: ['المملكة', 'سعودية'], country: 'SAU', kb: 'country:SAU' },
  { id: 'beirut', type: 'LOC', name: 'بيروت', country: 'LBN', kb: 'place:beirut' },
  { id: 'jeddah', type: 'LOC', name: 'جدة', country: 'SAU', kb: 'place:jeddah' },
  { id: 'mekdad', type: 'PER', name: 'فيصل المقداد', country: 'SYR' },
  { id: 'faisal', type: 'PER', name: 'فيصل بن فرحان', country: 'SAU' },
  { id: 'raisi', type: 'PER', name: 'إبراهيم رئيسي', country: 'IRN' },
  { id: 'macron', type: 'PER', name: 'إيمانويل ماكرون', country: 'FRA' },
  { id: 'khan', type: 'PER', name: 'عمران خان', country: 'PAK' },
  { id: 'mbs', type: 'PER', name: 'محمد بن سلمان', country: 'SAU' },
  { id: 'aiban', type: 'PER', name: 'مساعد العيبان', country: 'SAU' },
  { id: 'shamkhani', type: 'PER', name: 'علي شمخاني', country: 'IRN' },
  { id: 'dz-mofa', type: 'ORG', name: 'وزارة الخارجية الجزائرية', forms: ['الوزارة'], country: 'DZA' },
  { id: 'fr-emb', type: 'ORG', name: 'السفارة الفرنسية', country: 'FRA' },
  { id: 'king', type: 'PER', name: 'الملك محمد السادس', country: 'MAR' },
  { id: 'far', type: 'ORG', name: 'القوات المسلحة الملكية', country: 'MAR' },
  { id: 'lebanon', type: 'LOC', name: 'لبنان', country: 'LBN', kb: 'country:LBN' },
  { id: 'veran', type: 'PER', name: 'أوليفييه فيران', country: 'FRA' },
  { id: 'coalition', type: 'ORG', name: 'قوى العدوان', country: 'SAU' },
  { id: 'hamdok', type: 'PER', name: 'عبد الله حمدوك', country: 'SDN' },
  { id: 'idf', type: 'ORG', name: 'الجيش الإسرائيلي', country: 'ISR' },
  { id: 'talaie', type: 'ORG', name: 'حزب طلائع الحريات', country: 'DZA' },
  { id: 'msp', type: 'ORG', name: 'حركة مجتمع السلم', country: 'DZA' },
];
const run = (s: string) => analyzeWithHandEntities(s, E, res, '2023-09-18').events.filter((e) => !e.negated);
const of = (events: Event[], type: string) => events.filter((e) => e.type === type);

test('a mediation told by its noun is the mediator\'s CONSULT, with the sides named after بين; offered or asked-for mediation is none', () => {
  const ev = of(run('نجحت وساطة دولة قطر في إتمام صفقة تبادل للسجناء بين الولايات المتحدة وإيران.'), 'CONSULT');
  assert.equal(ev.length, 1);
  assert.deepEqual(ev[0]!.actor, ['qatar']);
  assert.deepEqual([...ev[0]!.recipient].sort(), ['iran', 'usa']);
  // by the mediator's adjective
  assert.deepEqual(of(run('أفرجت إيران عن خمسة أمريكيين في صفقة تبادل مع الولايات المتحدة بعد وساطة قطرية استمرت أشهرا.'), 'CONSULT').map((e) => e.actor), [['qatar']]);
  // برعاية: only beside a deal or talks, and two adjectives are two mediators
  assert.deepEqual(of(run('وقّع الطرفان في جدة اتفاقا لوقف إطلاق النار برعاية سعودية أمريكية.'), 'CONSULT').map((e) => [...e.actor].sort()), [['saudi', 'usa']]);
  assert.equal(of(run('افتتح الوزير المعرض الدولي للكتاب برعاية سعودية.'), 'CONSULT').length, 0);
  // mediation asked for or offered is no mediation done; the definite noun points back to one told before
  assert.equal(of(run('ودعت مصر إلى وساطة قطرية بين الطرفين.'), 'CONSULT').length, 0);
  assert.equal(of(run('وقال مصدر إن الوساطة القطرية تحظى بقبول جميع الأطراف.'), 'CONSULT').length, 0);
});

test('a request answered (استجابة لطلب، تلبية لدعوة) is the asker\'s REQUEST of whoever answers', () => {
  const visit = run('وصل وزير الخارجية السوري فيصل المقداد أمس إلى جدة، تلبية لدعوة من نظيره السعودي الأمير فيصل بن فرحان.');
  const req = of(visit, 'REQUEST');
  assert.equal(req.length, 1);
  assert.deepEqual(req[0]!.actor, ['faisal']);
  assert.deepEqual(req[0]!.recipient, ['mekdad']);
  const release = of(run('وأعلن الوزير أن ولي العهد الأمير محمد بن سلمان وجّه بالإفراج عن السجناء، استجابة لطلب تقدم به عمران خان.'), 'REQUEST');
  assert.deepEqual(release.map((e) => e.actor), [['khan']]);
  // nobody named as the asker: no request
  assert.equal(of(run('وأعلنت السعودية تمديد المهلة استجابة للطلبات المتزايدة.'), 'REQUEST').length, 0);
});

test('signers named side by side (وقع … عن الجانب X فلان، وعن الجانب Y فلان) sign together; «وقع عن» of another sense is none', () => {
  const ev = of(run('ووقع الاتفاق عن الجانب السعودي مستشار الأمن الوطني مساعد العيبان، وعن الجانب الإيراني أمين المجلس الأعلى للأمن القومي علي شمخاني.'), 'SUPPORT');
  assert.equal(ev.length, 1);
  assert.deepEqual([...ev[0]!.actor].sort(), ['aiban', 'shamkhani']);
  assert.equal(run('وقع عن الحادث أضرار كبيرة في المباني.').length, 0);
});

test('visits: a town after the verb is where the visit goes; a person before «، الذي يزور» is the visitor; الوزيران are not a town', () => {
  const ev = of(run('وقال المصدر إن الموفد الفرنسي سيزور بيروت الأسبوع المقبل.'), 'CONSULT');
  assert.ok(ev.every((e) => !e.actor.includes('beirut')));
  const rel = of(run('كما دعا الرئيس الإيراني إبراهيم رئيسي، الذي يزور المملكة للمرة الأولى، الدول الإسلامية إلى الوحدة.'), 'CONSULT');
  assert.deepEqual(rel.map((e) => e.actor), [['raisi']]);
  const pair = of(run('وصل وزير الخارجية السوري فيصل المقداد أمس إلى جدة، تلبية لدعوة من نظيره السعودي الأمير فيصل بن فرحان. وعقد الوزيران جلسة مباحثات تناولت الأزمة.'), 'CONSULT');
  assert.ok(pair.some((e) => [...e.actor, ...e.recipient].includes('faisal') && [...e.actor, ...e.recipient].includes('mekdad')));
  assert.ok(pair.every((e) => e.trigger.text.includes('وصل') || !e.actor.includes('jeddah')));
  // a relative clause with its own subject after the verb is not the person's act
  assert.equal(of(run('والتقى ماكرون الرئيس الإيراني إبراهيم رئيسي، الذي تستضيف بلاده المؤتمر المقبل.'), 'CONSULT').filter((e) => e.actor.includes('raisi')).length, 0);
  // the pair noun followed by two country adjectives names its sides
  const sides = of(run('كما نفى الجانبان المصري والإيراني ما نشرته وسائل الإعلام عن تعثر المحادثات.'), 'REJECT');
  assert.deepEqual(sides.map((e) => [...e.actor].sort()), [['egypt', 'iran']]);
});

test('two signers with long titles before what they sign (وقّع صاحب السمو … ، ووزير الخارجية … ، في واشنطن أمس، اتفاقية)', () => {
  const ev = of(run('وقّع صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، والرئيس الفرنسي إيمانويل ماكرون، في جدة أمس، اتفاقية التعاون الاستراتيجي.'), 'SUPPORT');
  assert.deepEqual(ev.map((e) => [...e.actor].sort()), [['macron', 'mbs']]);
});

test('refusals and complaints: لن يعترف is REJECT (لم يعترف mostly «has not admitted»), رفض التعليق is none, مذكرة احتجاج is ACCUSE, أصدر تعليماته إلى is REQUEST', () => {
  assert.deepEqual(of(run('وأكد المسؤول أن لبنان لن يعترف بإسرائيل.'), 'REJECT').map((e) => e.actor), [['lebanon']]);
  assert.equal(of(run('وحتى الآن لم يعترف المسؤول بهذه النقطة صراحة.'), 'REJECT').length, 0);
  assert.equal(of(run('في المقابل، رفض المتحدث باسم الحكومة الفرنسية أوليفييه فيران التعليق على القضية.'), 'REJECT').length, 0);
  const note = of(run('ووجهت وزارة الخارجية الجزائرية مذكرة احتجاج رسمية إلى السفارة الفرنسية.'), 'ACCUSE');
  assert.deepEqual(note.map((e) => [e.actor, e.recipient]), [[['dz-mofa'], ['fr-emb']]]);
  const order = of(run('وأصدر الملك محمد السادس تعليماته إلى القوات المسلحة الملكية بتعبئة وسائل بشرية ولوجستية.'), 'REQUEST');
  assert.deepEqual(order.map((e) => [e.actor, e.recipient]), [[['king'], ['far']]]);
});

test('a visit told as an occasion (خلال زيارة X إلى Y) is X\'s visit to Y; with no visitor named, none', () => {
  const ev = of(run('ووقع البلدان عدة اتفاقيات خلال زيارة صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء إلى مصر.'), 'CONSULT');
  assert.deepEqual(ev.map((e) => [e.actor, e.recipient]), [[['mbs'], ['egypt']]]);
  assert.equal(of(run('وجاء تصريح الوزير خلال زيارة عمل إلى المنطقة العسكرية الرابعة.'), 'CONSULT').length, 0);
});

test('«كل من X وY» opens a coordinated subject; a name after two titles in apposition is the subject', () => {
  const ev = of(run('ودانت كل من السعودية وقطر ومصر الهجوم على السفارة.'), 'ACCUSE');
  assert.deepEqual(ev.map((e) => [...e.actor].sort()), [['egypt', 'qatar', 'saudi']]);
  const req = of(run('دعا أمين المجلس الأعلى للأمن القومي، رئيس الوفد المفاوض في الملف النووي، السيد علي شمخاني، أمس، إلى استئناف المفاوضات.'), 'REQUEST');
  assert.deepEqual(req.map((e) => e.actor), [['shamkhani']]);
});

test('a directive (وجه X Y بـ…) to a named party is X\'s REQUEST of Y; وجه الشكر is none', () => {
  const ev = of(run('ووجه الملك محمد السادس القوات المسلحة الملكية بتعبئة وسائل بشرية ولوجستية مهمة.'), 'REQUEST');
  assert.deepEqual(ev.map((e) => [e.actor, e.recipient]), [[['king'], ['far']]]);
  assert.equal(of(run('ووجه الملك محمد السادس الشكر إلى القوات المسلحة الملكية.'), 'REQUEST').length, 0);
});

test('«محملة إياها "كامل المسؤولية"»: blame through a quoted «full responsibility»', () => {
  const ev = of(run('وقالت وزارة الخارجية الجزائرية إن السفارة الفرنسية تجاوزت الأعراف، محملة إياها "كامل المسؤولية" عن تبعات القرار.'), 'ACCUSE');
  assert.deepEqual(ev.map((e) => e.actor), [['dz-mofa']]);
});

test('God\'s name inside a person\'s (عبد الله حمدوك) is no prayer; a call after «في حين قالت X» is X\'s; لن يسمح بإدخال is a refusal', () => {
  assert.deepEqual(of(run('من جهته، دعا رئيس الوزراء السوداني عبد الله حمدوك الدول الثلاث إلى استئناف المفاوضات.'), 'REQUEST').map((e) => e.actor), [['hamdok']]);
  assert.equal(of(run('ودعا الإمام الله أن يحفظ البلاد من كل سوء.'), 'REQUEST').length, 0);
  assert.equal(of(run('وقال الوزير إن الأمن مستتب، داعيا الله العلي القدير أن يحفظ البلاد.'), 'REQUEST').length, 0);
  // a call with God's name inside a name but nobody named as the caller stays doubtful
  assert.equal(of(run('ويأتي المؤتمر الذي سبق ودعا إليه الملك عبد الله لمساعدة مصر.'), 'REQUEST').length, 0);
  const call = of(run('ورحب حزب طلائع الحريات بالمقترح، في حين قالت حركة مجتمع السلم إن المقترح "لا يلبي مطالب الشعب"، داعية إلى "مرحلة انتقالية توافقية".'), 'REQUEST');
  assert.deepEqual(call.map((e) => e.actor), [['msp']]);
  assert.deepEqual(of(run('في المقابل، قال الجيش الإسرائيلي إنه "لن يسمح بإدخال الوقود" إلى القطاع.'), 'REJECT').map((e) => e.actor), [['idf']]);
});

test('«رفضا لـ» is a purpose, not «the two refused»; a refusal noun after إلى "…" is the call\'s content; بلاده never a town\'s', () => {
  assert.equal(of(run('واستدعت مصر سفيرها لدى إيران، فيما خرج آلاف المواطنين في مظاهرات حاشدة بالعاصمة رفضا للاتفاق.'), 'REJECT').length, 0);
  assert.equal(of(run('ودعا الرئيس الفرنسي إيمانويل ماكرون المجتمع الدولي إلى "رفض هذا القرار".'), 'REJECT').length, 0);
  assert.deepEqual(of(run('وأكد المسؤول أن مصر ترفض رفضاً قاطعاً أي تدخل في شؤونها.'), 'REJECT').map((e) => e.actor), [['egypt']]);
  const ev = of(run('وزار الرئيس الفرنسي إيمانويل ماكرون مقر السفارة في بيروت، معلنا تضامن بلاده مع الشعب اللبناني.'), 'SUPPORT');
  assert.ok(ev.length === 1 && !ev[0]!.actor.includes('beirut'));
});

test('an anonymous source and its adjective (اتهم مصدر عسكري قوى العدوان) accuse the party named after them, not as it', () => {
  const ev = of(run('إلى ذلك، اتهم مصدر عسكري قوى العدوان بارتكاب 40 خرقا للهدنة.'), 'ACCUSE');
  assert.deepEqual(ev.map((e) => [e.actor, e.recipient]), [[[], ['coalition']]]);
  // a named party right after the anonymous head is still its genitive (مسؤول في قوى العدوان is not the object)
  assert.ok(of(run('واتهم مسؤول في قوى العدوان الحوثيين بخرق الهدنة.'), 'ACCUSE').every((e) => !e.recipient.includes('coalition')));
});

test('a stance shown with أبدى (أبدى رفضه، أبدت استياءها من) is REJECT / ACCUSE, as with أعرب عن', () => {
  assert.deepEqual(of(run('وأبدى الرئيس الفرنسي إيمانويل ماكرون رفضه للقرار الإيراني.'), 'REJECT').map((e) => e.actor), [['macron']]);
  assert.deepEqual(of(run('وأبدت مصر استياءها من تصريحات المسؤول الإيراني.'), 'ACCUSE').map((e) => e.actor), [['egypt']]);
  assert.equal(of(run('وأبدى الرئيس الفرنسي إيمانويل ماكرون إعجابه بالمعرض.'), 'REJECT').length, 0);
});
