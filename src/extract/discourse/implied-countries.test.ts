import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { parseArticle } from '../../document/layout.js';
import { tokenize } from '../../text/analyzer.js';
import type { Entity } from '../../analysis.js';
import { handEntities } from './hand-entities.js';
import { withImpliedCountries } from './implied-countries.js';

const res = defaultResources();
const run = (text: string, entities: Entity[] = []) => withImpliedCountries({ article: parseArticle(text, { published: null }, res), tokens: tokenize(text, res), res }, entities);

test('a country named only by its forces\' adjective becomes an entity, ids renumbered in order of first mention', () => {
  const text = 'الحديدة - شنت طائرات حربية إسرائيلية غارات على ميناء الحديدة، فيما نشرت السلطات الروسية قوات إضافية.';
  const before = handEntities(text, [{ id: 'e1', type: 'LOC', name: 'الحديدة', kb: 'place:hodeidah', country: 'YEM' }]);
  const es = run(text, before);
  const israel = es.find((e) => e.kb === 'country:ISR');
  assert.ok(israel, 'Israel from طائرات حربية إسرائيلية');
  assert.deepEqual(israel.mentions.map((m) => m.text), ['إسرائيلية']);
  assert.equal(text.slice(israel.mentions[0]!.start, israel.mentions[0]!.end), 'إسرائيلية');
  assert.ok(israel.evidence?.[0]?.includes('طائرات حربية إسرائيلية'));
  assert.ok(es.some((e) => e.kb === 'country:RUS' && e.mentions[0]!.text === 'الروسية'));
  es.forEach((e, i) => assert.equal(e.id, `e${i + 1}`));
  const firsts = es.map((e) => Math.min(...e.mentions.map((m) => m.start)));
  assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
});

test('no implied country where the article names it, or where the adjective modifies no force', () => {
  const text = 'قصفت طائرات إسرائيلية مواقع في لبنان، وقالت إسرائيل إنها استهدفت مخازن أسلحة. وأشاد الشعب المصري بالمبادرة.';
  const named = handEntities(text, [{ id: 'e1', type: 'LOC', name: 'إسرائيل', kb: 'country:ISR', country: 'ISR' }, { id: 'e2', type: 'LOC', name: 'لبنان', kb: 'country:LBN', country: 'LBN' }]);
  const es = run(text, named);
  assert.equal(es, named, 'nothing added: the same list');
});

test('an official\'s title adjective names his country too (وزير الخارجية الأمريكي … إن بلاده)', () => {
  const text = 'قال وزير الخارجية الأمريكي ماركو روبيو إن بلاده مستعدة للعمل مع روسيا.';
  const es = run(text, handEntities(text, [{ id: 'e1', type: 'PER', name: 'ماركو روبيو', country: 'USA' }, { id: 'e2', type: 'LOC', name: 'روسيا', kb: 'country:RUS', country: 'RUS' }]));
  assert.deepEqual(es.find((e) => e.kb === 'country:USA')?.mentions.map((m) => m.text), ['الأمريكي']);
});

test('aid named by its giver\'s adjective (المساعدات الإماراتية، المساعدات الإنسانية الكويتية) names the giver; other nouns with a demonym do not', () => {
  const es = run('وصلت المساعدات الإماراتية إلى ميناء عدن، ووزعت الهيئة المساعدات الإنسانية الكويتية على الأسر.');
  assert.ok(es.some((e) => e.kb === 'country:ARE' && e.mentions[0]!.text === 'الإماراتية'));
  assert.ok(es.some((e) => e.kb === 'country:KWT'));
  assert.equal(run('وارتفعت أسعار المنتجات الإماراتية في الأسواق.').length, 0);
});

test('a drone named by its maker\'s adjective (غارة شنتها مسيرة إسرائيلية) names the country; الطائرات المسيرة الإسرائيلية too', () => {
  const es = run('استشهد مصوران في غارة شنتها مسيرة إسرائيلية على بلدة حدودية.');
  assert.deepEqual(es.find((e) => e.kb === 'country:ISR')?.mentions.map((m) => m.text), ['إسرائيلية']);
  const more = run('وأسقطت الدفاعات الجوية الطائرات المسيرة التركية فوق المدينة.');
  assert.ok(more.some((e) => e.kb === 'country:TUR'));
  assert.equal(run('انطلقت مسيرة شعبية في شوارع المدينة.').length, 0);
});

test('a coordinated adjective shares the first one\'s force: «شنت القوات الأميركية والبريطانية ضربات» implies both states', () => {
  const es = run('شنت القوات الأميركية والبريطانية فجر الجمعة ضربات على مواقع في اليمن.');
  assert.deepEqual(es.map((e) => e.nameEn).sort(), ['United Kingdom', 'United States']);
  assert.equal(es.find((e) => e.nameEn === 'United Kingdom')?.mentions[0]?.text, 'البريطانية');
  // a coordinated adjective after an ordinary noun implies nothing
  assert.deepEqual(run('تناول الطلاب الأطباق الإيطالية والفرنسية في المطعم.'), []);
});

test('a state\'s mediation, sponsorship, delegations and warships named by adjectives, a pair of adjectives included', () => {
  const names = (text: string) => run(text).map((e) => e.nameEn).sort();
  assert.deepEqual(names('وحثت الوساطة المصرية القطرية الطرفين على الالتزام بالهدنة.'), ['Egypt', 'Qatar']);
  // (a country's name that is its own adjective leads a pair too: the entity layer names Saudi Arabia itself)
  assert.deepEqual(names('وحثت الوساطة السعودية الأمريكية الطرفين على الالتزام بالهدنة.'), ['United States']);
  assert.deepEqual(names('استهدفت الميليشيا بصاروخ موجه بارجة إماراتية قبالة الساحل.'), ['United Arab Emirates']);
  assert.deepEqual(names('استقبل رئيس المجلس الوفدين السعودي والعماني.'), ['Oman', 'Saudi Arabia']);
  // a border between two states is no actor
  assert.deepEqual(names('أغلقت المنافذ على الحدود السعودية اليمنية.'), []);
});

test('a pair of adjectives after a title or inside a body\'s name implies no state', () => {
  assert.ok(!run('وفازت نيونج، ممثلة مكسيكية كينية، بجائزة أوسكار أفضل ممثلة.').some((e) => e.nameEn === 'Kenya'));
  assert.ok(!run('وتحدث رئيس لجنة الشؤون العامة الأميركية الإسرائيلية المعروفة باسم ايباك.').some((e) => e.nameEn === 'Israel'));
});
