/**
 * Kill -9 in the middle of an ingest, then run it again: every article is stored exactly once
 * (batches are transactions; a re-run skips what was committed by content hash).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { packageRoot } from '../node/resources.js';
import { testBackends } from '../store/test-backends.js';

const N = 600;
const WORDS = (
  'الحكومة الوزير المدينة المشروع الاقتصاد السوق النفط الطاقة المياه الزراعة التعليم الجامعة المستشفى الصحة الطريق المطار الميناء ' +
  'الشركة البنك الأسهم الاستثمار التجارة الصادرات الواردات المعرض المؤتمر الاجتماع الاتفاق التعاون المجلس البرلمان الانتخابات ' +
  'الرياض جدة الدمام مكة المدينة تبوك أبها حائل القصيم الجوف نجران جازان الباحة الأحساء الطائف ينبع الخبر القطيف عرعر سكاكا ' +
  'افتتح أعلن أكد أوضح قال دعا بحث ناقش وقع استقبل زار شارك أطلق دشن بدأ انتهى ارتفع انخفض تراجع نما ' +
  'اليوم أمس غدا الأسبوع الشهر العام المقبل الماضي الجديد الكبير الصغير الأول الثاني الثالث الأخير المحلي الدولي العربي'
).split(' ');

/** A deterministic pseudo-random corpus: distinct texts, no near-duplicates. */
function corpus(path: string): void {
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32);
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const words = Array.from({ length: 60 }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    lines.push(JSON.stringify({ id: `g${i}`, title: `خبر رقم ${i}`, text: words.join(' ') + '.', published: '2015-07-21', source: 'gen' }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

async function countArticles(db: string): Promise<number> {
  if (db.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    try {
      return Number((await c.query('SELECT count(*) AS n FROM articles').then((r) => r.rows[0].n, () => 0)));
    } finally {
      await c.end();
    }
  }
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

async function ids(db: string): Promise<string[]> {
  if (db.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    try {
      return (await c.query('SELECT id FROM articles')).rows.map((r) => r.id);
    } finally {
      await c.end();
    }
  }
  const d = new Database(db, { readonly: true });
  try {
    assert.equal((d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
    return (d.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id);
  } finally {
    d.close();
  }
}

const rasid = (args: string[]) => spawn(process.execPath, [join(packageRoot, 'bin', 'rasid'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

for (const backend of testBackends()) {
  describe(`kill -9 during an ingest (${backend.name})`, { skip: backend.skip ?? false }, () => {
    test('a re-run stores every article exactly once', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rasid-crash-'));
      const loc = await backend.location();
      try {
        const input = join(dir, 'corpus.jsonl');
        corpus(input);
        const args = ['ingest', input, '--db', loc.db, '--batch', '10', '--workers', '2', '--quiet'];
        const first = rasid(args);
        const exited = new Promise<number | null>((r) => first.on('exit', (code, signal) => r(signal ? null : code)));
        let n = 0;
        for (let i = 0; i < 6000 && n < 50; i++) {
          await sleep(20);
          n = await countArticles(loc.db);
        }
        first.kill('SIGKILL');
        assert.equal(await exited, null, 'the first run was killed, not finished');
        const before = await countArticles(loc.db);
        assert.ok(before >= 50 && before < N, `killed mid-way (${before} of ${N} stored)`);
        assert.equal(before % 10, 0, 'only whole batches were committed');

        const second = rasid([...args, '--json']);
        let out = '';
        let err = '';
        second.stdout.on('data', (d) => (out += d));
        second.stderr.on('data', (d) => (err += d));
        const code = await new Promise<number | null>((r) => second.on('exit', r));
        assert.equal(code, 0, err);
        const report = JSON.parse(out);
        assert.equal(report.added, N - before);
        assert.equal(report.duplicates, before);
        const stored = await ids(loc.db);
        assert.equal(stored.length, N);
        assert.equal(new Set(stored).size, N);
        for (let i = 0; i < N; i++) assert.ok(stored.includes(`g${i}`), `g${i} missing`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await loc.cleanup();
      }
    });
  });
}
