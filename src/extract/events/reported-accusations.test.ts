import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeWithHandEntities } from '../discourse/test-kit.js';
import type { HandEntity } from '../discourse/hand-entities.js';
import type { Event } from '../../analysis.js';
import { blameCues } from './reported-accusations.js';

const res = defaultResources();
const E: HandEntity[] = [
  { id: 'kadhimi', type: 'PER', name: 'مصطفى الكاظمي', forms: ['الكاظمي'], country: 'IRQ' },
  { id: 'tr-forces', type: 'ORG', name: 'القوات التركية', country: 'TUR' },
  { id: 'iraq', type: 'LOC', name: 'العراق', country: 'IRQ', kb: 'country:IRQ' },
  { id: 'aburudeineh', type: 'PER', name: 'نبيل أبو ردينة', forms: ['أبو ردينة'], country: 'PSE', role: 'spokesman' },
  { id: 'jenin', type: 'LOC', name: 'جنين', country: 'PSE', kb: 'place:jenin' },
  { id: 'bh-mofa', type: 'ORG', name: 'وزارة الخارجية البحرينية', country: 'BHR' },
  { id: 'iran', type: 'LOC', name: 'إيران', forms: ['الإيراني', 'الإيرانية'], country: 'IRN', kb: 'country:IRN' },
  { id: 'attiyah', type: 'PER', name: 'خالد العطية', forms: ['العطية'], country: 'QAT' },
  { id: 'sy-gov', type: 'ORG', name: 'النظام السوري', country: 'SYR' },
  { id: 'moi', type: 'ORG', name: 'وزارة الداخلية', country: 'SAU' },
  { id: 'lahm', type: 'PER', name: 'فيليب لام', forms: ['لام'], country: 'DEU' },
  { id: 'shoukry', type: 'PER', name: 'سامح شكري', forms: ['شكري'], country: 'EGY' },
  { id: 'addis', type: 'LOC', name: 'أديس أبابا', country: 'ETH', kb: 'place:addis-ababa', role: 'capital' },
  { id: 'spokesman', type: 'PER', name: 'يحيى سريع', forms: ['سريع'], country: 'YEM' },
  { id: 'qaraqe', type: 'PER', name: 'عيسى قراقع', forms: ['قراقع'], country: 'PSE' },
  { id: 'il-gov', type: 'ORG', name: 'حكومة الاحتلال', country: 'ISR' },
  { id: 'bishop', type: 'PER', name: 'جولي بيشوب', forms: ['بيشوب'], country: 'AUS' },
  { id: 'lebanon', type: 'LOC', name: 'لبنان', country: 'LBN', kb: 'country:LBN' },
  { id: 'unsc', type: 'ORG', name: 'مجلس الأمن' },
  { id: 'dbeibah', type: 'PER', name: 'عبد الحميد الدبيبة', forms: ['الدبيبة'], country: 'LBY' },
];

const accusations = (text: string): Event[] => analyzeWithHandEntities(text, E, res, '2023-01-26').events.filter((e) => e.type === 'ACCUSE' && !e.negated);

test('the blame cue lexicon loads its kinds', () => {
  const c = blameCues(res);
  assert.ok(c.acts.has('ارتكبت') && c.acts.has('ارتكبوا'));
  assert.ok(!c.acts.has('ارتكبنا'), 'the first person blames the speaker himself');
  assert.ok(c.harms.has('مجزره') && c.harmsOf.has('ارهاب') && c.guards.has('مكافحه') && c.notCues.has('نفي'));
});

test('a quoted act blamed on its doer is the speaker\'s accusation of the doer', () => {
  const [a, ...rest] = accusations('وقال رئيس الوزراء العراقي مصطفى الكاظمي إن "القوات التركية ارتكبت مجدداً انتهاكاً صريحاً لسيادة العراق".');
  assert.equal(rest.length, 0);
  assert.deepEqual(a!.actor, ['kadhimi']);
  assert.deepEqual(a!.recipient, ['tr-forces']);
  assert.equal(a!.mode, 'allege');
});

test('a subject before the quotation marks is the content\'s subject (إن أديس أبابا "أهدرت …")', () => {
  const [a] = accusations('وقال وزير الخارجية المصري سامح شكري إن أديس أبابا "أهدرت عشر سنوات من المفاوضات".');
  assert.deepEqual(a?.actor, ['shoukry']);
  assert.deepEqual(a?.recipient, ['addis']);
});

test('a thing called a massacre accuses with nobody named; a country adjective names the blamed', () => {
  const [a] = accusations('وقال الناطق الرسمي باسم الرئاسة نبيل أبو ردينة إن "ما جرى في جنين مجزرة".');
  assert.deepEqual(a?.actor, ['aburudeineh']);
  const [b] = accusations('وأوضحت وزارة الخارجية البحرينية، في بيان، أن القرار جاء "نتيجة التدخل الإيراني المتزايد والخطير في الشؤون الداخلية".');
  assert.deepEqual(b?.actor, ['bh-mofa']);
  assert.deepEqual(b?.recipient, ['iran']);
});

test('a relative clause after the blamed noun names its doer', () => {
  const [a] = accusations('وأوضح العطية أن المجتمع الدولي تخاذل إزاء الانتهاكات والجرائم التي يرتكبها النظام السوري.');
  assert.deepEqual(a?.actor, ['attiyah']);
  assert.deepEqual(a?.recipient, ['sy-gov']);
});

test('no accusation where the cue is fought, charged by police, denied, self-blame or names nobody', () => {
  assert.deepEqual(accusations('وقالت وزارة الداخلية إن المملكة ماضية في مكافحة الإرهاب بكل حزم.'), []);
  assert.deepEqual(accusations('وقالت وزارة الداخلية إن الشرطة أوقفت عشرة أشخاص بتهمة التورط في أعمال الشغب.'), []);
  assert.deepEqual(accusations('ونفت وزارة الداخلية أن تكون القوات التركية ارتكبت أي انتهاك.'), []);
  assert.deepEqual(accusations('وقال فيليب لام: "لقد أهدرنا فرصة حسم المباراة".'), []);
  // (a crime named with no doer: a police report or a list of ills accuses nobody)
  assert.deepEqual(accusations('وأوضحت وزارة الداخلية أن المختصين باشروا التحقيق في الجريمة وضبط السلاح المستخدم فيها.'), []);
  // (an untitled person's words on crime in general: an expert, a citizen)
  assert.deepEqual(accusations('وقال الاستشاري النفسي حاتم الغامدي: "التعذيب ظاهرة قديمة في المجتمعات".'), []);
  // (a condition, an admission, an intervention that is no meddling)
  assert.deepEqual(accusations('وقال شكري إنه في حال خرق إيران للاتفاق ستعاد العقوبات.'), []);
  assert.deepEqual(accusations('واعترفت وزارة الداخلية بأنها ارتكبت خطأ في التقدير.'), []);
  assert.deepEqual(accusations('وقال شكري إنه بفضل تدخل القوات التركية جرى إحباط الهجوم.'), []);
  // (the terrorism of a commentary, العمليات الإرهابية, is no charge against anybody)
  assert.deepEqual(accusations('وقال شكري إن معظم العمليات الإرهابية التي حدثت مؤخرا تم التخطيط لها في الخارج.'), []);
  // (a crime pointed back to without its doer is a threat's object: «لن تمر هذه الجريمة دون عقاب»)
  assert.deepEqual(accusations('وقال المتحدث العسكري يحيى سريع: "هذه المجزرة لن تمر دون عقاب".'), []);
  // (the same with هؤلاء, whose hamza the match key spells ء: هءلاء)
  assert.deepEqual(accusations('وقال المتحدث العسكري يحيى سريع: "هؤلاء الإرهابيون لن يفلتوا من العقاب".'), []);
});

test('lexicon: holding responsible as a participle, dismay, a referral to an investigation', () => {
  const held = accusations('وقال عيسى قراقع إن الإدارة نقلت الأسرى إلى العزل، محملا حكومة الاحتلال المسؤولية الكاملة عن حياتهم.');
  assert.ok(held.some((e) => e.actor.includes('qaraqe')), JSON.stringify(held));
  const shocked = accusations('وأعربت وزيرة الخارجية الأسترالية جولي بيشوب عن "صدمتها" من الحكم.');
  assert.deepEqual(shocked.map((e) => e.actor), [['bishop']]);
  assert.deepEqual(accusations('وأعربت وزارة الداخلية عن صدمتها لوفاة الطفل في الحادث.'), []);
  const referral = accusations('أوقف عبد الحميد الدبيبة الوزيرة عن العمل، وأحالها إلى التحقيق.');
  assert.deepEqual(referral.map((e) => [e.actor, e.mode]), [[['dbeibah'], 'investigate']]);
});
