/** The HTTP API end to end: a server on port 0 (loopback), real requests, on each backend. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '../store/test-backends.js';
import type { Store } from '../store/types.js';
import { AnalysisPool } from '../ingest/pool.js';
import { createApp } from './app.js';

const ARTICLE = {
  id: 'api-1',
  title: 'وزير الخارجية يصل إلى جنيف',
  text: 'وصل وزير الخارجية إلى جنيف مساء اليوم للمشاركة في محادثات السلام، وقال للصحفيين إن الحل السياسي هو الطريق الوحيد.',
  published: '2016-12-07',
  source: 'api-test',
};

for (const backend of testBackends()) {
  describe(`HTTP API (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let base: string;
    let server: ReturnType<typeof createApp>;
    before(async () => {
      ({ store, cleanup } = await backend.fresh());
      server = createApp(store, { maxBody: 64 * 1024 });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await cleanup?.();
    });

    const get = async (path: string) => {
      const r = await fetch(base + path);
      return { status: r.status, type: r.headers.get('content-type') ?? '', body: (r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text()) as any };
    };
    const post = async (path: string, body: string, type = 'application/json') => {
      const r = await fetch(base + path, { method: 'POST', body, headers: { 'content-type': type } });
      return { status: r.status, body: (await r.json()) as any };
    };
    const isError = (b: any, code: string) => {
      assert.equal(b.error.code, code);
      assert.equal(typeof b.error.message, 'string');
      assert.ok(b.error.message.length > 5);
    };

    test('health and the OpenAPI description', async () => {
      const h = await get('/health');
      assert.equal(h.status, 200);
      assert.deepEqual(h.body, { status: 'ok', store: backend.name, articles: 0 });
      const o = await get('/openapi.json');
      assert.equal(o.body.openapi, '3.1.0');
      assert.ok(o.body.paths['/api/search'].get);
    });

    test('POST an article: 201, then 200 as a duplicate; it is searchable and readable with its analysis', async () => {
      const r = await post('/api/articles', JSON.stringify(ARTICLE));
      assert.equal(r.status, 201);
      assert.equal(r.body.outcome, 'added');
      const again = await post('/api/articles', JSON.stringify(ARTICLE));
      assert.equal(again.status, 200);
      assert.equal(again.body.outcome, 'duplicate');
      const s = await get('/api/search?q=' + encodeURIComponent('محادثات جنيف') + '&facets=1');
      assert.equal(s.status, 200);
      assert.equal(s.body.total, 1);
      assert.equal(s.body.hits[0].id, 'api-1');
      assert.match(s.body.hits[0].snippet, /<mark>محادثات<\/mark>/);
      assert.equal(s.body.next, null);
      assert.deepEqual(s.body.facets.sources, [{ value: 'api-test', count: 1 }]);
      const a = await get('/api/articles/api-1');
      assert.equal(a.status, 200);
      assert.equal(a.body.analysis.schema, 'rasid.analysis/1');
      assert.equal(a.body.analysis.text, `${ARTICLE.title}\n\n${ARTICLE.text}`);
      const f = await get('/api/search?source=api-test');
      assert.equal(f.body.total, 1);
    });

    test('bad input gets a clear 4xx error', async () => {
      isError((await post('/api/articles', '{"text": ')).body, 'bad_json');
      assert.equal((await post('/api/articles', '{"text": ')).status, 400);
      const t = await post('/api/articles', 'text=x', 'application/x-www-form-urlencoded');
      assert.equal(t.status, 415);
      const missing = await post('/api/articles', JSON.stringify({ id: 'x', title: 'بلا نص' }));
      assert.equal(missing.status, 422);
      isError(missing.body, 'missing_text');
      const date = await post('/api/articles', JSON.stringify({ text: 'نص', published: 'أمس' }));
      assert.equal(date.status, 422);
      isError(date.body, 'bad_published');
      assert.equal((await post('/api/articles', '[1,2]')).status, 422);
      const big = await fetch(base + '/api/articles', { method: 'POST', body: JSON.stringify({ text: 'ن'.repeat(70 * 1024) }), headers: { 'content-type': 'application/json' } }).catch((e) => e);
      if (!(big instanceof Error)) {
        assert.equal(big.status, 413);
        isError(await big.json(), 'payload_too_large');
      }
      const q = await get('/api/search?q=' + encodeURIComponent('"جنيف'));
      assert.equal(q.status, 400);
      isError(q.body, 'bad_query');
      assert.equal((await get('/api/search')).status, 400);
      assert.equal((await get('/api/search?q=x&limit=0')).status, 400);
      assert.equal((await get('/api/search?q=x&limit=abc')).status, 400);
      assert.equal((await get('/api/search?q=x&from=yesterday')).status, 400);
      const nf = await get('/api/articles/nope');
      assert.equal(nf.status, 404);
      isError(nf.body, 'not_found');
      assert.equal((await get('/api/entities/nope')).status, 404);
      assert.equal((await get('/api/stories/nope')).status, 404);
      assert.equal((await get('/api/nothing')).status, 404);
      assert.equal((await get('/api/articles/%E0%A4%A')).status, 400);
      const m = await fetch(base + '/api/stats', { method: 'DELETE' });
      assert.equal(m.status, 405);
      assert.equal(m.headers.get('allow'), 'GET');
    });

    test('events, stories and stats are paginated lists and counts', async () => {
      const e = await get('/api/events?limit=5');
      assert.equal(e.status, 200);
      assert.deepEqual(Object.keys(e.body), ['total', 'limit', 'offset', 'next', 'items']);
      const s = await get('/api/stories?limit=5&offset=0');
      assert.equal(s.status, 200);
      assert.equal(typeof s.body.total, 'number');
      const st = await get('/api/stats');
      assert.equal(st.body.articles, 1);
    });

    test('the web interface: Arabic, right to left, with its script and style', async () => {
      const page = await get('/');
      assert.equal(page.status, 200);
      assert.match(page.type, /text\/html/);
      assert.match(page.body, /<html lang="ar" dir="rtl">/);
      assert.match((await get('/app.js')).type, /javascript/);
      assert.match((await get('/style.css')).type, /text\/css/);
    });

    test('POST analyses off the main thread: other requests are answered while an analysis is under way', async () => {
      // a second app on the same store whose analyser is the ingest's worker pool behind a gate the test opens
      const pool = new AnalysisPool(1);
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      let jobs = 0;
      const app = createApp(store, { analysis: { run: async (items) => (jobs++, await gate, pool.run(items)) } });
      await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
      try {
        const posting = fetch(url + '/api/articles', { method: 'POST', body: JSON.stringify({ ...ARTICLE, id: 'api-2', text: ARTICLE.text + ' وأضاف أن الاجتماع المقبل سيعقد في فيينا.' }), headers: { 'content-type': 'application/json' } });
        for (let i = 0; i < 1000 && !jobs; i++) await new Promise((r) => setTimeout(r, 5));
        assert.equal(jobs, 1, 'the POST reached the analyser');
        const health = await fetch(url + '/health');
        assert.equal(health.status, 200);
        assert.equal(((await health.json()) as any).articles, 1, 'answered before the posted article was stored');
        open();
        const r = await posting;
        assert.equal(r.status, 201);
        assert.equal(((await r.json()) as any).outcome, 'added');
        assert.ok((await store.article('api-2'))!.analysis.entities.length > 0);
      } finally {
        app.closeAllConnections();
        await new Promise((r) => app.close(r));
        await pool.close();
      }
    });
  });
}
