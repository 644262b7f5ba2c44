/**
 * One suite, two backends: every behaviour of the store is pinned on SQLite and, when RASID_TEST_PG
 * names a server, on PostgreSQL (otherwise that half is skipped with a message).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Analysis, Entity, Event } from '../analysis.js';
import { analyzeArticle } from '../analyze.js';
import { defaultResources } from '../node/resources.js';
import { searchArticles } from '../search/search.js';
import { admit, prepareAnalysed, type Input } from './prepare.js';
import { testBackends } from './test-backends.js';
import type { PreparedArticle, Store } from './types.js';

const res = defaultResources();

const span = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, `"${s}" not in text`);
  return { text: s, start, end: start + s.length };
};

/** An article with a hand-written analysis layer (entities, an event), so the store tests do not depend on the extractors. */
function article(rec: { id: string; title?: string; text: string; published?: string; source?: string }, extra: { entities?: [string, Entity['type'], string | null, string | null][]; events?: [string, Event['type']][] } = {}): PreparedArticle {
  const input: Input = { kind: 'record', record: rec };
  const a = admit(input);
  const base: Analysis = analyzeArticle(a.article, res);
  const text = a.article.text;
  const entities: Entity[] = (extra.entities ?? []).map(([name, type, kb, country], i) => ({
    id: `e${i}`, type, name, nameEn: null, kb, country, lat: null, lon: null, mentions: [span(text, name)],
  }));
  const events: Event[] = (extra.events ?? []).map(([trigger, type], i) => ({
    id: `v${i}`, type, mode: null, actor: entities.length ? ['e0'] : [], recipient: [], location: null, date: null,
    trigger: span(text, trigger), sentence: 0, negated: false, future: false, confidence: 0.9,
  }));
  return prepareAnalysed(a, { ...base, entities, events, quotes: [], times: [] }, res);
}

const WIRE =
  'أعلن وزير الخارجية الروسي سيرغي لافروف أن المحادثات مع الجانب الأمريكي حول مدينة حلب ستستأنف في جنيف يوم السبت المقبل، ' +
  'مشيرا إلى أن الخبراء العسكريين سيبحثون سبل خروج المسلحين من الأحياء الشرقية للمدينة. وقال لافروف للصحفيين في هامبورغ إن ' +
  'موسكو مستعدة لضمان ممر آمن للمدنيين، فيما دعت الأمم المتحدة إلى وقف فوري لإطلاق النار وإدخال المساعدات الإنسانية إلى السكان المحاصرين.';

const DOCS = () => [
  article(
    { id: 'a1', title: 'لافروف: محادثات حول حلب في جنيف', text: WIRE, published: '2016-12-07', source: 'wire' },
    { entities: [['لافروف', 'PER', 'Q468', 'RUS'], ['حلب', 'LOC', 'Q41183', 'SYR']], events: [['المحادثات', 'CONSULT']] },
  ),
  // the same wire copy republished by another outlet under another headline: a near-duplicate
  article({ id: 'a2', title: 'موسكو تعلن استئناف المحادثات', text: WIRE.replace('السبت المقبل', 'السبت القادم'), published: '2016-12-07', source: 'echo' }, { entities: [['لافروف', 'PER', 'Q468', 'RUS']] }),
  article(
    { id: 'a3', title: 'افتتاح مدرسةٍ جديدة في الرياض', text: 'افتتح أمير منطقة الرياض المدرسةَ الجديدة للبنات، وقال إنّ المدارس الحديثة تخدم أكثر من ألف طالبة في الحي.', published: '2015-07-21', source: 'riyadh' },
    { entities: [['الرياض', 'LOC', 'Q3692', 'SAU']] },
  ),
  article(
    { id: 'a4', title: 'قصف على الأحياء الشرقية', text: 'قصفت الطائرات الأحياء الشرقية في مدينة حلب، وأفاد مراسلون بسقوط ضحايا مدنيين، بينما نفت موسكو أي دور لها في القصف.', published: '2016-12-09', source: 'wire' },
    { entities: [['حلب', 'LOC', 'Q41183', 'SYR']], events: [['قصفت', 'ASSAULT']] },
  ),
];

for (const backend of testBackends()) {
  describe(`store (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let store: Store;
    let db: string;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, db, cleanup } = await backend.fresh());
      const results = await store.putBatch(DOCS());
      assert.deepEqual(results.map((r) => r.outcome), ['added', 'added', 'added', 'added']);
    });
    after(async () => cleanup?.());

    const search = (q: string, opts = {}) => searchArticles(store, q, { limit: 10, ...opts }, res);
    const ids = async (q: string, opts = {}) => (await search(q, opts)).hits.map((h) => h.id).sort();

    test('a stored text is a duplicate; a stored id with new text replaces the article', async () => {
      const again = await store.putBatch([DOCS()[2]!]);
      assert.equal(again[0]!.outcome, 'duplicate');
      assert.deepEqual([...(await store.knownHashes([DOCS()[2]!.hash, 'f'.repeat(64)]))], [DOCS()[2]!.hash]);
      const changed = article({ id: 'a3', title: 'افتتاح مدرسةٍ جديدة في الرياض', text: 'افتتح أمير منطقة الرياض المدرسةَ الجديدة للبنات، وقال إنّ المدارس الحديثة تخدم أكثر من ألفي طالبة في الحي.', published: '2015-07-21', source: 'riyadh' }, { entities: [['الرياض', 'LOC', 'Q3692', 'SAU']] });
      assert.equal((await store.putBatch([changed]))[0]!.outcome, 'updated');
      assert.equal((await store.stats()).articles, 4);
      assert.match((await store.article('a3'))!.text, /ألفي/);
    });

    test('reopening runs no migration twice and keeps the data', async () => {
      const { openStore } = await import('./open.js');
      const again = await openStore(db);
      assert.equal((await again.stats()).articles, 4);
      await again.close();
    });

    test('spelling variants find the same article: hamza, ta marbuta, alef maqsura, diacritics, clitics', async () => {
      assert.deepEqual(await ids('مدرسة'), ['a3']);
      assert.deepEqual(await ids('مدرسه'), ['a3']);
      assert.deepEqual(await ids('المدرسة'), ['a3']);
      assert.deepEqual(await ids('مَدْرَسَة'), ['a3']);
      assert.deepEqual(await ids('امير'), ['a3']);
      assert.deepEqual(await ids('وحلب'), ['a1', 'a2', 'a4']);
    });

    test('snippets mark the matched words in the article\'s own spelling', async () => {
      const r = await search('مدرسه');
      const h = r.hits[0]!;
      assert.ok(h.highlights.length >= 1);
      const marked = h.highlights.map((x) => h.snippetText.slice(x.start, x.end));
      assert.ok(marked.includes('المدرسةَ'), `marked: ${marked.join(', ')}`);
      assert.match(h.snippet, /<mark>المدرسةَ<\/mark>/);
    });

    test('AND, OR, NOT, phrases and prefixes', async () => {
      assert.deepEqual(await ids('حلب موسكو'), ['a1', 'a2', 'a4']);
      assert.deepEqual(await ids('حلب AND قصفت'), ['a4']);
      assert.deepEqual(await ids('الرياض OR قصفت'), ['a3', 'a4']);
      assert.deepEqual(await ids('حلب NOT جنيف'), ['a4']);
      assert.deepEqual(await ids('حلب -جنيف'), ['a4']);
      assert.deepEqual(await ids('"الأحياء الشرقية"'), ['a1', 'a2', 'a4']);
      assert.deepEqual(await ids('"الشرقية الأحياء"'), []);
      assert.deepEqual(await ids('هامبور*'), ['a1', 'a2']);
      assert.deepEqual(await ids('(الرياض OR جنيف) NOT السبت'), ['a3']);
    });

    test('totals hold on every page, past the end too, for every query shape', async () => {
      assert.deepEqual(await ids('حلب حلب'), ['a1', 'a2', 'a4']);
      assert.deepEqual(await ids('هامبور* حلب'), ['a1', 'a2']);
      assert.deepEqual(await ids('هامبور* هامبورغ'), ['a1', 'a2']);
      for (const q of ['حلب', 'حلب موسكو', 'الرياض OR قصفت', 'حلب -جنيف', '"الأحياء الشرقية"', 'هامبور*', 'حلب source:wire', 'entity:لافروف']) {
        const all = await search(q);
        assert.equal(all.total, all.hits.length, q);
        const ranked = all.hits.map((h) => h.id);
        const paged: string[] = [];
        for (let offset = 0; offset < all.total; offset++) {
          const page = await search(q, { limit: 1, offset });
          assert.equal(page.total, all.total, `${q} @${offset}`);
          paged.push(page.hits[0]!.id);
        }
        assert.deepEqual(paged, ranked, q);
        const past = await search(q, { limit: 1, offset: all.total });
        assert.deepEqual([past.total, past.hits.length], [all.total, 0], `${q} past the end`);
      }
    });

    test('BM25 ranks the article about the query first', async () => {
      const r = await search('قصف');
      assert.equal(r.hits[0]!.id, 'a4');
      assert.ok(r.hits[0]!.score > 0);
    });

    test('filters: dates, source, entity, event type, country', async () => {
      assert.deepEqual(await ids('حلب from:2016-12-08'), ['a4']);
      assert.deepEqual(await ids('حلب to:2016-12-07'), ['a1', 'a2']);
      assert.deepEqual(await ids('حلب source:WIRE'), ['a1', 'a4']);
      assert.deepEqual(await ids('entity:لافروف'), ['a1', 'a2']);
      assert.deepEqual(await ids('entity:Q3692'), ['a3']);
      assert.deepEqual(await ids('type:assault'), ['a4']);
      assert.deepEqual(await ids('country:SAU'), ['a3']);
      assert.deepEqual(await ids('حلب', { filters: { eventType: ['CONSULT'] } }), ['a1']);
    });

    test('a republished wire copy is marked as a near-duplicate and can be collapsed', async () => {
      const a2 = await store.article('a2');
      assert.equal(a2!.duplicateOf, 'a1');
      assert.equal((await store.article('a1'))!.duplicateOf, null);
      assert.equal((await store.article('a4'))!.duplicateOf, null);
      assert.deepEqual(await ids('لافروف', { collapse: true }), ['a1']);
      const s = await store.stats();
      assert.equal(s.duplicates, 1);
    });

    test('facets count entities, sources and days over all matches', async () => {
      const r = await search('حلب', { facets: true, limit: 1 });
      assert.equal(r.total, 3);
      assert.equal(r.hits.length, 1);
      assert.deepEqual(r.facets!.sources, [{ value: 'wire', count: 2 }, { value: 'echo', count: 1 }]);
      assert.deepEqual(r.facets!.entities[0], { value: 'Q41183', label: 'حلب', count: 2 });
      assert.deepEqual(r.facets!.days.map((d) => d.value), ['2016-12-09', '2016-12-07']);
    });

    test('stats follow the contract', async () => {
      const s = await store.stats();
      assert.deepEqual({ articles: s.articles, duplicates: s.duplicates, entities: s.entities, events: s.events, quotes: s.quotes }, { articles: 4, duplicates: 1, entities: 3, events: 2, quotes: 0 });
    });

    test('an entity with its mentions over time, events by type and entity', async () => {
      const e = await store.entity('لافروف');
      assert.equal(e!.key, 'Q468');
      assert.equal(e!.articles, 2);
      assert.deepEqual(e!.timeline, [{ day: '2016-12-07', articles: 2, mentions: 2 }]);
      assert.equal(await store.entity('غير موجود'), null);
      const ev = await store.events({ type: 'assault', limit: 10, offset: 0 });
      assert.equal(ev.total, 1);
      assert.equal(ev.items[0]!.article, 'a4');
      assert.equal(ev.items[0]!.trigger, 'قصفت');
      const byActor = await store.events({ entity: 'Q468', limit: 10, offset: 0 });
      assert.deepEqual(byActor.items.map((x) => x.type), ['CONSULT']);
    });

    test('stories group the wire copy with its original', async () => {
      const st = await store.stories({ limit: 10, offset: 0 });
      assert.ok(st.items.some((s) => s.id === 'a1' && s.size >= 2));
      const members = await store.story('a1');
      assert.ok(members!.some((m) => m.id === 'a2'));
      assert.equal(await store.story('nope'), null);
    });

    test('records and replaceAnalyses re-analyse stored articles', async () => {
      const all: string[] = [];
      for await (const batch of store.records(3)) all.push(...batch.map((r) => r.id));
      assert.deepEqual(all.sort(), ['a1', 'a2', 'a3', 'a4']);
      const a4 = (await store.article('a4'))!;
      const fresh = article({ id: 'a4', title: a4.title!, text: a4.text.slice(a4.title!.length + 2), published: '2016-12-09', source: 'wire' }, { events: [['قصفت', 'COERCE']] });
      await store.replaceAnalyses([fresh]);
      assert.deepEqual(await ids('type:COERCE'), ['a4']);
      assert.deepEqual(await ids('type:ASSAULT'), []);
      assert.deepEqual(await ids('قصفت'), ['a4']);
    });
  });
}

for (const backend of testBackends()) {
  describe(`store batches (${backend.name})`, { skip: backend.skip ?? false }, () => {
    test('one batch as if stored one by one: a text twice, an id twice, a near-duplicate of an earlier article in the batch', async () => {
      const { store, cleanup } = await backend.fresh();
      try {
        const [a1, a2, a3, a4] = DOCS();
        const copy = { ...a3!, id: 'a3-copy' }; // the same text under another id
        const r1 = await store.putBatch([a1!, a3!, copy, a2!]);
        assert.deepEqual(r1.map((r) => [r.id, r.outcome, r.duplicateOf]), [['a1', 'added', null], ['a3', 'added', null], ['a3-copy', 'duplicate', null], ['a2', 'added', 'a1']]);
        assert.equal(r1[3]!.story, 'a1');
        // an id twice in one batch: the later text replaces the earlier one
        const a4b = article({ id: 'a4', title: 'قصف جديد', text: 'قصفت الطائرات مدينة حلب مرة أخرى صباح اليوم.', published: '2016-12-10', source: 'wire' });
        const r2 = await store.putBatch([a4!, a4b, a1!]);
        assert.deepEqual(r2.map((r) => [r.id, r.outcome]), [['a4', 'added'], ['a4', 'updated'], ['a1', 'duplicate']]);
        // a stored id with a new text, within a batch of new articles
        const a3b = article({ id: 'a3', title: 'مدرسة', text: 'افتتحت مدرسة جديدة للبنين في جدة.', published: '2015-07-22', source: 'riyadh' });
        const r3 = await store.putBatch([a3b]);
        assert.deepEqual(r3.map((r) => r.outcome), ['updated']);
        assert.equal((await store.stats()).articles, 4);
        assert.match((await store.article('a4'))!.text, /مرة أخرى/);
        assert.match((await store.article('a3'))!.text, /جدة/);
        const found = await searchArticles(store, 'حلب', { limit: 10 }, res);
        assert.deepEqual(found.hits.map((h) => h.id).sort(), ['a1', 'a2', 'a4']);
        assert.equal((await store.entity('Q468'))!.articles, 2);
      } finally {
        await cleanup();
      }
    });
  });
}
