// Subjects read by word order: a body's qualifier before its verb, كان X قد, unvocalised passive arrests, a person after
// a title over a quoted body, joint signatories, a second quoted body as object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import type { Analysis } from '../../analysis.js';
import { skipBodyQualifier, subjectBeforeQad, unmarkedPassiveArrest } from './clause-subjects.js';

const res = defaultResources();
const analyze = (text: string): Analysis => analyzeArticle(parseArticle(text, { published: '2025-04-01' }, res), res);
const coded = (a: Analysis, type: string) =>
  a.events.filter((e) => e.type === type).map((e) => [e.actor.map((id) => a.entities.find((x) => x.id === id)?.name ?? id), e.recipient.map((id) => a.entities.find((x) => x.id === id)?.name ?? id)]);

test('skipBodyQualifier: a preposition and a definite noun after a named body are skipped; a named place is not', () => {
  const keys = ['ان', 'وحدات', 'الدفاع', 'الجوي', 'عن', 'الاقليم', 'اسقطت'];
  const body = (k: number) => k === 3;
  assert.equal(skipBodyQualifier(keys, 5, body, () => false), 3);
  assert.equal(skipBodyQualifier(keys, 5, body, (k) => k === 5), 5, 'a named place after في is no qualifier to skip');
  assert.equal(skipBodyQualifier(keys, 5, () => false, () => false), 5, 'no named body before it');
});

test('subjectBeforeQad: the subject between كان and قد, when the و-verb agrees with the verb after قد', () => {
  const keys = ['وكانت', 'قوات', 'الدرك', 'قد', 'منعت', 'الاف', 'المعلمين', '،', 'واعتقلت', 'عددا'];
  assert.deepEqual(subjectBeforeQad(keys, (k) => keys[k] !== '،', 8, 0), [1, 3]);
  const masc = ['وكانت', 'قوات', 'الدرك', 'قد', 'منعت', 'الاف', 'المعلمين', '،', 'واعتقل', 'عددا'];
  assert.equal(subjectBeforeQad(masc, () => true, 8, 0), null, 'a masculine verb does not go on with a feminine subject');
});

test('unmarkedPassiveArrest: only arrest verbs without a pronoun and with no object after the person', () => {
  assert.equal(unmarkedPassiveArrest('اعتقل', '', 'في', false), true);
  assert.equal(unmarkedPassiveArrest('اعتقل', '', null, false), true);
  assert.equal(unmarkedPassiveArrest('اعتقل', '', 'معارضين', true), false);
  assert.equal(unmarkedPassiveArrest('اعتقل', 'ه', null, false), false);
  assert.equal(unmarkedPassiveArrest('انتقد', '', 'في', false), false);
});

test('pipeline: a named body with a qualifier after أن is the doer (وحدات الدفاع الجوي عن الإقليم أسقطت)', () => {
  const a = analyze('الجزائر - النهار\n\nأعلنت وزارة الدفاع الوطني أن وحدات الدفاع الجوي عن الإقليم أسقطت، ليلة 31 مارس، طائرة استطلاع مسيرة.');
  assert.deepEqual(coded(a, 'ASSAULT').map((x) => x[0]), [['وحدات الدفاع الجوي']]);
});

test('pipeline: «اعتقل جيفري ويب في فندق» — the person was arrested, he arrested nobody', () => {
  const a = analyze('واشنطن - رويترز\n\nاعتقل جيفري ويب في فندق بمدينة زيوريخ.');
  assert.deepEqual(coded(a, 'COERCE'), [[[], ['جيفري ويب']]]);
});

test('pipeline: a title over a party in guillemets, then the person (رئيس حزب «القوات اللبنانية» سمير جعجع); two quoted bodies as objects', () => {
  const a = analyze('بيروت - النهار\n\nاتهم رئيس حزب «القوات اللبنانية» سمير جعجع «حزب الله» وحركة «أمل» بتعطيل الحكومة.');
  assert.deepEqual(coded(a, 'ACCUSE'), [[['سمير جعجع'], ['حزب الله', 'أمل']]]);
});

test('pipeline: two titled signatories joined by «، و» inside وقع … اتفاق both sign', () => {
  const a = analyze('الدوحة - الوطن\n\nوقع المبعوث الأمريكي الخاص للمصالحة في أفغانستان زلماي خليل زاد، ورئيس المكتب السياسي لحركة طالبان الملا عبدالغني برادر، أمس، في الدوحة، اتفاق إحلال السلام.');
  const signed = coded(a, 'SUPPORT');
  assert.equal(signed.length, 1);
  assert.deepEqual(signed[0]![0], ['زلماي خليل زاد', 'عبدالغني برادر']);
});

test('pipeline: a spokesman\'s forces act for the body he speaks for — past «قوات» after باسم, and with the title in apposition after the name', () => {
  const a = analyze('بنغازي – أخبار ليبيا 24\n\nقال المتحدث باسم قوات حكومة الوفاق العقيد محمد قنونو إن قواتهم أطلقت عملية بركان الغضب.');
  assert.deepEqual(coded(a, 'ASSAULT').map((x) => x[0]), [['حكومة الوفاق الوطني']]);
  const b = analyze('صنعاء - سبأ\n\nوكان العميد يحيى سريع، المتحدث الرسمي باسم القوات المسلحة، قد أعلن، أمس، استهداف مطاري دبي وأبوظبي بصواريخ باليستية.');
  const doers = coded(b, 'ASSAULT').map((x) => x[0]);
  assert.equal(doers.length, 1);
  assert.notDeepEqual(doers[0], ['يحيى سريع'], 'the spokesman does not fire the missiles');
});

test('pipeline: a participle after a clause opened by فيما goes with that clause\'s subject, not the sentence\'s first', () => {
  const a = analyze('صنعاء - المسيرة\n\nمن جهته، اعترف النظام السعودي، عبر وكالته الرسمية، باندلاع حريقين في المنشأتين، فيما زعم وزير الخارجية الأمريكي مايك بومبيو أن "لا دليل على أن الهجوم جاء من اليمن"، متهماً إيران بالوقوف وراءه.');
  assert.deepEqual(coded(a, 'ACCUSE'), [[['مايك بومبيو'], ['إيران']]]);
  // with no فيما clause the sentence's subject stays; with one, its subject takes over
  const b = analyze('الرياض - واس\n\nقال وزير الخارجية عادل الجبير إن الهجوم فاشل، متهماً إيران بالوقوف وراءه.');
  assert.deepEqual(coded(b, 'ACCUSE').map((x) => x[0]), [['عادل الجبير']]);
  const c = analyze('الرياض - واس\n\nقال وزير الخارجية عادل الجبير إن الهجوم فاشل، فيما قال المتحدث تركي المالكي إن التحقيق مستمر، متهماً إيران بالوقوف وراءه.');
  assert.deepEqual(coded(c, 'ACCUSE').map((x) => x[0]), [['تركي المالكي']]);
});

test('pipeline: the frame\'s عن carrying a pronoun may stand between the verb and its subject (أفرجت عنهم إيران)', () => {
  const a = analyze('الدوحة - قنا\n\nوصل اليوم خمسة مواطنين أمريكيين أفرجت عنهم إيران، في إطار صفقة تبادل.');
  assert.deepEqual(coded(a, 'RETREAT').map((x) => x[0]), [['إيران']]);
  // (the pronoun on أن still names the announcer: أعلنت الشرطة المصرية أنها أفرجت عنهم لاحقا)
  const b = analyze('القاهرة - رويترز\n\nأعلنت الشرطة المصرية أنها أفرجت عنهم لاحقا.');
  assert.deepEqual(coded(b, 'RETREAT').map((x) => x[0]), [['الشرطة المصرية']]);
});
