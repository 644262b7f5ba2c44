// Events told by a verbal noun after an announcing or deciding verb (أعلن تعليق المساعدات، أعلن استدعاء سفيرها، أعلن
// حل البرلمان، أعلن إنهاء التزامه بالهدنة) and an arrest told as the time of something else (بعد ساعات من اعتقال …),
// each with its negative. The sentences are written for these tests (none is taken from the evaluation sets or the
// shared data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeWithHandEntities } from '../discourse/test-kit.js';
import type { HandEntity } from '../discourse/hand-entities.js';
import type { Event } from '../../analysis.js';

const res = defaultResources();
const R: HandEntity[] = [
  { id: 'usa', type: 'LOC', name: 'واشنطن', country: 'USA', kb: 'country:USA' },
  { id: 'yemen', type: 'LOC', name: 'اليمن', country: 'YEM', kb: 'country:YEM' },
  { id: 'chad', type: 'LOC', name: 'تشاد', country: 'TCD', kb: 'country:TCD' },
  { id: 'libya', type: 'LOC', name: 'ليبيا', country: 'LBY', kb: 'country:LBY' },
  { id: 'front', type: 'ORG', name: 'جبهة التحرير', country: 'ESH' },
  { id: 'president', type: 'PER', name: 'قيس سعيد', country: 'TUN' },
  { id: 'moe', type: 'ORG', name: 'وزارة التعليم', country: 'SAU' },
  { id: 'pm', type: 'PER', name: 'سعد الحريري', country: 'LBN' },
];
const run = (s: string) => analyzeWithHandEntities(s, R, res, '2021-05-10').events;
const of = (events: Event[], type: string) => events.filter((e) => e.type === type && !e.negated);

test('an announced cut of aid to a party is a SANCTION by the announcer; a suspension of classes is none', () => {
  const cut = of(run('وأعلنت واشنطن تعليق مساعدات إلى اليمن بقيمة 200 مليون دولار.'), 'SANCTION');
  assert.equal(cut.length, 1);
  assert.deepEqual(cut[0]!.actor, ['usa']);
  assert.deepEqual(cut[0]!.recipient, ['yemen']);
  assert.equal(of(run('وأعلنت وزارة التعليم تعليق الدراسة في المدارس بسبب الأمطار.'), 'SANCTION').length, 0);
});

test('an announced recall of its own ambassador is a SANCTION; the summons of a foreign one is no recall', () => {
  const recall = of(run('وأعلنت تشاد استدعاء سفيرها لدى ليبيا للتشاور.'), 'SANCTION');
  assert.equal(recall.length, 1);
  assert.deepEqual(recall[0]!.actor, ['chad']);
  assert.deepEqual(recall[0]!.recipient, ['libya']);
  assert.equal(of(run('وأعلنت تشاد استدعاء السفير الليبي لإبلاغه احتجاجها.'), 'SANCTION').length, 0);
});

test('an announced end of a commitment to a truce is a REJECT, not a ceasefire (CONCEDE)', () => {
  const events = run('وأعلنت جبهة التحرير إنهاء التزامها بوقف إطلاق النار الموقع قبل عشرين عاما.');
  assert.deepEqual(of(events, 'REJECT').map((e) => e.actor), [['front']]);
  assert.equal(of(events, 'CONCEDE').length, 0);
  // a declared truce stays one
  assert.equal(of(run('وأعلنت جبهة التحرير وقف إطلاق النار اعتبارا من منتصف الليل.'), 'CONCEDE').length, 1);
});

test('an announced dissolution of parliament is COERCE; an announced solution to a crisis is none', () => {
  const dissolved = of(run('وأعلن الرئيس قيس سعيد، مساء الأحد، حل البرلمان وتعليق العمل بالدستور.'), 'COERCE');
  assert.equal(dissolved.length, 1);
  assert.deepEqual(dissolved[0]!.actor, ['president']);
  assert.equal(of(run('وأعلن الرئيس قيس سعيد التوصل إلى حل للأزمة مع المجلس.'), 'COERCE').length, 0);
});

test('an arrest told as the time of something else (بعد ساعات من اعتقال + the person) happened; one fought against did not', () => {
  const arrest = of(run('واندلعت احتجاجات في بيروت، بعد ساعات من اعتقال رئيس الوزراء سعد الحريري.'), 'COERCE');
  assert.equal(arrest.length, 1);
  assert.deepEqual(arrest[0]!.actor, []);
  assert.deepEqual(arrest[0]!.recipient, ['pm']);
  // (told in passing: the clause's subject is not the arrester, and the arrest is an event of its own)
  const both = of(run('وأعلن الرئيس قيس سعيد حل البرلمان، بعد ساعات من اعتقال رئيس الوزراء سعد الحريري.'), 'COERCE');
  assert.deepEqual(both.map((e) => [e.actor, e.recipient]), [[['president'], []], [[], ['pm']]]);
  assert.equal(of(run('وطالبت المنظمة بوقف اعتقال الصحفيين في البلاد.'), 'COERCE').length, 0);
});

test('a light verb\'s subject coordinated after a comma (وقع X، وY، اتفاقا) gives both signatories; a place set off so is none', () => {
  const signed = of(run('ووقع الرئيس قيس سعيد، ورئيس الوزراء سعد الحريري، أمس، اتفاقية للتعاون الاقتصادي.'), 'SUPPORT');
  assert.equal(signed.length, 1);
  assert.deepEqual([...signed[0]!.actor].sort(), ['pm', 'president']);
  const one = of(run('ووقع الرئيس قيس سعيد، وفي حضور الوزراء، اتفاقية للتعاون الاقتصادي.'), 'SUPPORT');
  assert.deepEqual(one.map((e) => e.actor), [['president']]);
});

test('a meeting that brought named parties together (اجتماع … ضم X وY) is CONSULT by them — with the clause\'s subject when told as its occasion', () => {
  const met = of(run('وأعلن الرئيس قيس سعيد الموافقة على الخطة، بعد اجتماع في قصر قرطاج ضم رئيس الوزراء سعد الحريري ووزارة التعليم.'), 'CONSULT');
  assert.equal(met.length, 1);
  assert.deepEqual([...met[0]!.actor].sort(), ['moe', 'pm', 'president']);
  // a meeting of unnamed people is none
  assert.equal(of(run('وعقد في القصر اجتماع ضم ممثلين عن الوزارات المعنية لبحث الخطة.'), 'CONSULT').length, 0);
});

test('a quantifier of an unnamed group subject (دول عربية عدة، بينها …) does not hide the light verb\'s noun', () => {
  const backed = of(run('وأعربت دول عربية عدة، بينها اليمن وتشاد، عن دعمها للخطوة.'), 'SUPPORT');
  assert.equal(backed.length, 1);
  assert.deepEqual([...backed[0]!.actor].sort(), ['chad', 'yemen']);
});
