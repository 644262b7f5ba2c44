/** Ingest of every input kind from fixtures written for these tests, with the account of what was rejected. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { zipSync } from 'fflate';
import { packageRoot } from '../node/resources.js';
import { testBackends } from '../store/test-backends.js';
import type { Store } from '../store/types.js';
import { ingest } from './ingest.js';
import { itemsOfContent, parseFieldMap, planSources, readSources, type SourceItem } from './sources.js';
import { tempDir } from '../testing/temp.js';

const FIX = join(packageRoot, 'src', 'ingest', 'fixtures');
const fixture = (name: string) => join(FIX, name);
const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const ZIP_MAP = parseFieldMap('title=headline,text=body,published=when,source=outlet');

function zipFixture(): Uint8Array {
  return zipSync({ 'day/records.json': bytes('records.json'), 'day/story.txt': bytes('story.txt'), 'day/.hidden': new Uint8Array([1]) });
}

const run = (store: Store, items: Iterable<SourceItem> | AsyncIterable<SourceItem>, workers = 0) => ingest(store, items, { workers, batchSize: 3 });

test('--map names other fields; a bad spec is an error', () => {
  assert.deepEqual(parseFieldMap('text=content,published=date_extracted'), { text: 'content', published: 'date_extracted' });
  assert.throws(() => parseFieldMap('body=content'), /unknown field "body"/);
  assert.throws(() => parseFieldMap('text'), /FIELD=NAME/);
});

test('an RSS feed: one article per item, dates from RFC 822, an item without text rejected', () => {
  const items = [...itemsOfContent('feed.rss', bytes('feed.rss'), { map: {} })];
  assert.equal(items.length, 3);
  const rec = items[0]!.input!;
  assert.equal(rec.kind, 'record');
  const r = (rec as unknown as { record: Record<string, unknown> }).record;
  assert.equal(r.title, 'افتتاح معرض الكتاب في جدة');
  assert.equal(r.published, '2015-07-21T05:30:00Z');
  assert.equal(r.source, 'وكالة الأنباء التجريبية');
  assert.equal(r.text, 'افتتح أمير منطقة مكة المكرمة معرض الكتاب في جدة بمشاركة أكثر من خمسمائة دار نشر.\n\nويستمر المعرض عشرة أيام.');
  assert.deepEqual(items[2]!.error, { code: 'missing_text', message: 'the item has no description or content' });
});

test('an Atom feed: entries with content or summary', () => {
  const items = [...itemsOfContent('feed.atom', bytes('feed.atom'), { map: {} })];
  const recs = items.map((i) => (i.input as unknown as { record: Record<string, unknown> }).record);
  assert.deepEqual(recs.map((r) => r.id), ['urn:example:atlas:1', 'urn:example:atlas:2']);
  assert.equal(recs[1]!.text, 'يلعب المنتخب السعودي مباراة ودية أمام منتخب الأردن في عمّان يوم الجمعة المقبل.');
  assert.equal(recs[1]!.url, 'https://atlas.example.org/friendly');
});

test('an HTML page: main text without the navigation, title/date/outlet from JSON-LD and meta tags', () => {
  const [item] = [...itemsOfContent('page.html', bytes('page.html'), { map: {} })];
  const r = (item!.input as unknown as { record: Record<string, string> }).record;
  assert.equal(r.title, 'وزير الصحة يتفقد مستشفى الملك فهد في المدينة المنورة');
  assert.equal(r.published, '2015-07-24T09:15:00+03:00');
  assert.equal(r.source, 'صحيفة المثال');
  assert.equal(r.url, 'https://paper.example.org/health/visit');
  assert.match(r.text!, /^تفقد وزير الصحة صباح اليوم/);
  assert.equal(r.text!.split('\n\n').length, 3);
  assert.doesNotMatch(r.text!, /الأكثر قراءة|جميع الحقوق|الرئيسية/);
});

test('a JSONL file: malformed lines are reported with their line number', () => {
  const items = [...itemsOfContent('records.jsonl', bytes('records.jsonl'), { map: {} })];
  assert.deepEqual(items.map((i) => i.origin), ['records.jsonl:1', 'records.jsonl:2', 'records.jsonl:3', 'records.jsonl:5', 'records.jsonl:6', 'records.jsonl:7', 'records.jsonl:8']);
  assert.equal(items[2]!.error!.code, 'bad_json');
});

test('a zip: its entries read by their kind, hidden files ignored', () => {
  const items = [...itemsOfContent('day.zip', zipFixture(), { map: ZIP_MAP })];
  assert.deepEqual(items.map((i) => i.origin), ['day.zip:day/records.json#1', 'day.zip:day/records.json#2', 'day.zip:day/records.json#3', 'day.zip:day/story.txt']);
  assert.equal(items[3]!.input!.kind, 'text');
  const bad = [...itemsOfContent('broken.zip', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), { map: {} })];
  assert.equal(bad[0]!.error!.code, 'bad_zip');
});

for (const backend of testBackends()) {
  describe(`ingest into ${backend.name}`, { skip: backend.skip ?? false }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await backend.fresh()));
    after(async () => cleanup?.());

    test('the JSONL file: good records added, every bad one rejected with its reason, a repeat skipped', async () => {
      const r = await run(store, itemsOfContent(fixture('records.jsonl'), bytes('records.jsonl'), { map: {} }));
      assert.equal(r.added, 2);
      assert.equal(r.duplicates, 1);
      assert.deepEqual(
        r.rejected.map((x) => [x.origin.replace(/^.*\//, ''), x.code]),
        [['records.jsonl:3', 'bad_json'], ['records.jsonl:5', 'missing_text'], ['records.jsonl:6', 'bad_published'], ['records.jsonl:7', 'bad_record']],
      );
      assert.equal((await store.article('j1'))!.source, 'fixture');
    });

    test('the feeds, the page and the zip (analysed on worker threads)', async () => {
      const dir = tempDir('rasid-zip-');
      const zipPath = join(dir, 'day.zip');
      (await import('node:fs')).writeFileSync(zipPath, zipFixture());
      const plan = planSources([fixture('feed.rss'), fixture('feed.atom'), fixture('page.html'), zipPath]);
      const r = await ingest(store, readSources(plan, { map: ZIP_MAP }), { workers: 2, batchSize: 2 });
      assert.equal(r.added, 2 + 2 + 1 + 3);
      assert.deepEqual(r.rejected.map((x) => [x.origin.replace(/^.*?(feed\.rss|day\.zip)/, '$1'), x.code]), [['feed.rss#3', 'missing_text'], ['day.zip:day/records.json#3', 'missing_text']]);
      const page = await store.article('https://paper.example.org/health/visit');
      assert.equal(page!.published, '2015-07-24T09:15:00+03:00');
      assert.equal(page!.analysis.headline!.text, 'وزير الصحة يتفقد مستشفى الملك فهد في المدينة المنورة');
      // a second run adds nothing: every article is stored already
      const again = await ingest(store, readSources(plan, { map: ZIP_MAP }), { workers: 0 });
      assert.equal(again.added, 0);
      assert.equal(again.duplicates, 8);
      assert.equal((await store.stats()).articles, 10);
    });
  });
}

test('a URL is read by its content type; a failed fetch is reported, not thrown', async () => {
  const feed = readFileSync(fixture('feed.rss'));
  const fakeFetch = (async (url: string) => {
    if (url.endsWith('/rss')) return new Response(feed, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
    if (url.endsWith('/page')) return new Response(readFileSync(fixture('page.html')), { headers: { 'content-type': 'text/html' } });
    return new Response('gone', { status: 404, statusText: 'Not Found' });
  }) as unknown as typeof fetch;
  const plan = planSources(['https://news.example.org/rss', 'https://paper.example.org/page', 'https://news.example.org/missing']);
  const items: SourceItem[] = [];
  for await (const it of readSources(plan, { map: {}, fetch: fakeFetch })) items.push(it);
  assert.deepEqual(items.map((i) => [i.origin, i.error?.code ?? i.input!.kind]), [
    ['https://news.example.org/rss#1', 'record'],
    ['https://news.example.org/rss#2', 'record'],
    ['https://news.example.org/rss#3', 'missing_text'],
    ['https://paper.example.org/page', 'record'],
    ['https://news.example.org/missing', 'fetch_failed'],
  ]);
  assert.match(items[4]!.error!.message, /HTTP 404 Not Found/);
});

test('a JSONL file on disk is streamed: same items as in memory, line numbers kept, bad UTF-8 reported', async () => {
  const { writeFileSync } = await import('node:fs');
  const streamed: SourceItem[] = [];
  for await (const it of readSources(planSources([fixture('records.jsonl')]), { map: {} })) streamed.push(it);
  const inMemory = [...itemsOfContent(fixture('records.jsonl'), bytes('records.jsonl'), { map: {} })];
  assert.deepEqual(streamed.map((i) => [i.origin, i.error?.code ?? null, i.input ?? null]), inMemory.map((i) => [i.origin, i.error?.code ?? null, i.input ?? null]));
  const dir = tempDir('rasid-jsonl-');
  const p = join(dir, 'bad.jsonl');
  writeFileSync(p, Buffer.concat([Buffer.from('{"text":"نص أول"}\n'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('{"text":"نص ثالث بلا سطر أخير"}')]));
  const got: SourceItem[] = [];
  for await (const it of readSources(planSources([p]), { map: {} })) got.push(it);
  assert.deepEqual(got.map((i) => [i.origin.replace(/^.*\//, ''), i.error?.code ?? 'ok']), [['bad.jsonl:1', 'ok'], ['bad.jsonl:2', 'bad_encoding'], ['bad.jsonl:3', 'ok']]);
});
