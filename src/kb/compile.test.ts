import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileKb, demonymForms, nameKey, parseAmbiguity } from './compile.js';
import { fromIndex } from './load.js';
import { KbSourceError, parseCsvRows, parseTsv, parseUserEntries } from './source.js';
import { loadKb } from './load.js';
import { memoryResources } from '../resources.js';

test('name keys fold spelling variants and spacing: ألمانيا/المانيا, الأطلسي/الاطلسي', () => {
  assert.equal(nameKey('ألمانيا'), nameKey('المانيا'));
  assert.equal(nameKey('الحلف  الأطلسي'), nameKey('الحلف الاطلسي'));
  assert.equal(nameKey('أ.ف.ب'), 'ا . ف . ب');
  assert.equal(nameKey('الحسكة'), nameKey('الحسكه'));
  assert.notEqual(nameKey('حلب'), nameKey('حلبا'));
});

test('demonym forms: both genders, plurals, with and without the article; two-word bases inflect both words', () => {
  const f = demonymForms(['سوري'], []);
  for (const w of ['سوري', 'سورية', 'سوريون', 'سوريين', 'السوري', 'السورية', 'السوريون', 'السوريين', 'السوريات']) assert.ok(f.includes(w), w);
  assert.ok(demonymForms(['روسي'], ['روس']).includes('الروس'));
  assert.ok(demonymForms(['كوري شمالي']).includes('الكورية الشمالية'));
});

const TSV = `id\tar\taliases\ten\tcountry\trole\tlat\tlon
tripoli-lby\tطرابلس\tطرابلس الغرب\tTripoli\tLBY\tcapital\t32.8872\t13.1913
tripoli-lbn\tطرابلس\t\tTripoli (Lebanon)\tLBN\tcity\t34.4367\t35.8497
al-bab\t~الباب\tمدينة الباب\tAl-Bab\tSYR\tcity\t36.37\t37.52
`;

test('TSV sources: ids get their type prefix, weak forms are marked, coordinates are checked', () => {
  const es = parseTsv(TSV, 'place', 'x.tsv');
  assert.deepEqual(es.map((e) => e.id), ['place:tripoli-lby', 'place:tripoli-lbn', 'place:al-bab']);
  assert.deepEqual(es[2]!.weak, ['الباب']);
  assert.equal(es[2]!.ar, 'الباب');
  assert.equal(es[0]!.entityType, 'LOC');
  assert.throws(() => parseTsv('ar\ten\tlat\tlon\nحلب\tAleppo\t136\t37\n', 'place', 'bad.tsv'), /bad\.tsv:2: lat "136"/);
  assert.throws(() => parseTsv('ar\ten\tcountry\nحلب\tAleppo\tSY\n', 'place', 'bad.tsv'), KbSourceError);
  assert.throws(() => parseTsv('ar\nحلب\n', 'place', 'h.tsv'), /columns ar and en/);
});

test('the ambiguity rules order a shared form; weak forms and demonyms are indexed', () => {
  const es = parseTsv(TSV, 'place', 'x.tsv');
  const syria = parseTsv('id\tar\ten\tcountry\tdemonyms\nSYR\tسوريا\tSyria\tSYR\tسوري\n', 'country', 'c.tsv');
  const idx = compileKb([...es, ...syria], parseAmbiguity('طرابلس\tplace:tripoli-lbn place:tripoli-lby\tx\n'));
  assert.deepEqual(idx.names[nameKey('طرابلس')]!.map((i) => idx.entries[i]!.id), ['place:tripoli-lbn', 'place:tripoli-lby']);
  assert.deepEqual(idx.weak[nameKey('الباب')], [2]);
  assert.equal(idx.entries[idx.demonyms[nameKey('السورية')]!]!.id, 'country:SYR');
  const kb = fromIndex(JSON.parse(JSON.stringify(idx)));
  assert.equal(kb.byFirst.get(nameKey('طرابلس'))![0]!.key, nameKey('طرابلس الغرب'), 'longest first');
  assert.throws(() => compileKb([...es, ...es]), /duplicate id/);
});

test('a demonym form that is also a weak name of another entry stays a demonym (الألمانية: Germany, and DPA with support)', () => {
  const de = parseTsv('id\tar\ten\tcountry\tdemonyms\nDEU\tألمانيا\tGermany\tDEU\tألماني\n', 'country', 'c.tsv');
  const dpa = parseTsv('id\tar\taliases\ten\tcountry\ndpa\tوكالة الأنباء الألمانية\t~الألمانية\tDeutsche Presse-Agentur\tDEU\n', 'org', 'o.tsv');
  const dj = parseTsv('id\tar\ten\tcountry\tdemonyms\nDJI\tجيبوتي\tDjibouti\tDJI\tجيبوتي\n', 'country', 'd.tsv');
  const idx = compileKb([...de, ...dpa, ...dj]);
  const key = nameKey('الألمانية');
  assert.equal(idx.entries[idx.demonyms[key]!]!.id, 'country:DEU');
  assert.deepEqual(idx.names[key]!.map((i) => idx.entries[i]!.id), ['org:dpa']);
  assert.deepEqual(idx.weak[key], idx.names[key]);
  assert.equal(idx.first![key]!.filter((k) => k === key).length, 1, 'indexed once');
  // a country's own name is never shadowed by its demonym
  assert.equal(idx.demonyms[nameKey('جيبوتي')], undefined);
});

test('user entries: JSON, JSON Lines and CSV; they win shared forms and replace built-in ids', () => {
  const csv = 'id,ar,aliases,en,country,type,lat,lon\nplace:tripoli-lbn,طرابلس,"طرابلس الشام|الفيحاء",Tripoli (Lebanon),LBN,place,34.43,35.84\n';
  const users = parseUserEntries(csv, 'mine.csv');
  assert.deepEqual(users[0]!.aliases, ['طرابلس الشام', 'الفيحاء']);
  assert.equal(users[0]!.source, 'mine.csv');
  assert.equal(parseUserEntries('{"ar":"بلدة","en":"Town","lat":1,"lon":2}\n{"ar":"قرية","en":"Village","type":"place"}\n', 'a.jsonl').length, 2);
  assert.equal(parseUserEntries('[{"ar":"حزب التجربة","en":"Test Party","type":"org","aliases":["التجربة"]}]', 'a.json')[0]!.id, 'org:test-party');
  assert.throws(() => parseUserEntries('[{"ar":"x","en":"X","type":"planet"}]', 'a.json'), /unknown type "planet"/);
  assert.throws(() => parseUserEntries('{"ar": ', 'a.jsonl'), /a\.jsonl:1: not valid JSON/);
  assert.deepEqual(parseCsvRows('a,"b,c","d""e"\r\n1,2,3'), [['a', 'b,c', 'd"e'], ['1', '2', '3']]);
  // through the loader: the built-in sources from memory plus data/kb/user.jsonl
  const res = memoryResources({
    'data/kb/places.tsv': TSV,
    'data/kb/ambiguous.tsv': 'طرابلس\tplace:tripoli-lby place:tripoli-lbn\tx\n',
    'data/kb/user.jsonl': JSON.stringify({ id: 'place:tripoli-lbn', ar: 'طرابلس', aliases: ['الفيحاء'], en: 'Tripoli, North Lebanon', country: 'LBN', lat: 34.43, lon: 35.84 }) + '\n',
  });
  const kb = loadKb(res);
  assert.equal(kb.byId.get('place:tripoli-lbn')!.en, 'Tripoli, North Lebanon');
  assert.equal(kb.names.get(nameKey('طرابلس'))![0]!.id, 'place:tripoli-lbn', 'user entries come first');
  assert.equal(kb.names.get(nameKey('الفيحاء'))![0]!.id, 'place:tripoli-lbn');
  assert.equal(kb.entries.filter((e) => e.id === 'place:tripoli-lbn').length, 1);
});
