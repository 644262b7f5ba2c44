/** The SQLite backend (better-sqlite3, WAL): the default store, one file. */
import { articleSummary, entityInfo } from './results.js';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Analysis } from '../analysis.js';
import { signatureToBytes } from '../cluster/minhash.js';
import { assign, type Candidate } from './assign.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { dayOf } from './prepare.js';
import { rowsOf } from './rows.js';
import { entityMatch, FACET_LIMIT, filterConditions } from './sql.js';
import type {
  ArticleSummary, EntityInfo, EventQuery, EventRow, Facets, Page, PreparedArticle, PutResult, RawHit, RawSearch,
  SearchPlan, Store, StoreStats, StoredArticle, StoredRecord, StorySummary,
} from './types.js';

type Row = Record<string, any>;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version as number));
    for (const m of SQLITE_MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }).immediate();
    }
  }

  schemaVersion(): number {
    return (this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as Row).v ?? 0;
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const stmt = this.db.prepare('SELECT hash FROM articles WHERE hash = ?');
    for (const h of hashes) if (stmt.get(h)) out.add(h);
    return out;
  }

  private candidates(kind: number, keys: number[], selfSeq: number | null): Candidate[] {
    if (!keys.length) return [];
    const rows = this.db
      .prepare(
        `SELECT DISTINCT a.seq, a.id, a.day, a.duplicate_of, a.story, a.copy_sig, a.topic_sig FROM lsh l JOIN articles a ON a.seq = l.seq
         WHERE l.kind = ? AND l.key IN (${keys.map(() => '?').join(',')}) ${selfSeq != null ? 'AND a.seq <> ?' : ''} LIMIT 500`,
      )
      .all(kind, ...keys, ...(selfSeq != null ? [selfSeq] : [])) as Row[];
    return rows.map((r) => ({ id: r.id, day: r.day, duplicateOf: r.duplicate_of, story: r.story, copySig: r.copy_sig, topicSig: r.topic_sig }));
  }

  private writeDerived(seq: number, p: PreparedArticle): void {
    const r = rowsOf(p.analysis);
    const ins = (sql: string) => this.db.prepare(sql);
    const e = ins('INSERT INTO entities (seq, key, type, name, name_key, name_en, kb, country, mentions) VALUES (?,?,?,?,?,?,?,?,?)');
    for (const x of r.entities) e.run(seq, x.key, x.type, x.name, x.nameKey, x.nameEn, x.kb, x.country, x.mentions);
    const t = ins('INSERT INTO times (seq, type, value, text, start, "end") VALUES (?,?,?,?,?,?)');
    for (const x of r.times) t.run(seq, x.type, x.value, x.text, x.start, x.end);
    const q = ins('INSERT INTO quotes (seq, text, start, "end", direct, speaker, speaker_name) VALUES (?,?,?,?,?,?,?)');
    for (const x of r.quotes) q.run(seq, x.text, x.start, x.end, x.direct ? 1 : 0, x.speaker, x.speakerName);
    const v = ins('INSERT INTO events (seq, event_id, type, mode, actors, recipients, location, date, trigger, start, "end", negated, future, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
    for (const x of r.events)
      v.run(seq, x.eventId, x.type, x.mode, JSON.stringify(x.actors), JSON.stringify(x.recipients), x.location, x.date, x.trigger, x.start, x.end, x.negated ? 1 : 0, x.future ? 1 : 0, x.confidence);
    this.db.prepare('INSERT INTO article_fts (rowid, terms) VALUES (?, ?)').run(seq, p.terms.join(' '));
  }

  private clearDerived(seq: number): void {
    for (const t of ['entities', 'times', 'quotes', 'events']) this.db.prepare(`DELETE FROM ${t} WHERE seq = ?`).run(seq);
    this.db.prepare('DELETE FROM article_fts WHERE rowid = ?').run(seq);
  }

  private writeLsh(seq: number, p: PreparedArticle): void {
    const l = this.db.prepare('INSERT OR IGNORE INTO lsh (kind, key, seq) VALUES (?, ?, ?)');
    for (const k of p.copyBands) l.run(0, k, seq);
    for (const k of p.topicBands) l.run(1, k, seq);
  }

  async putBatch(items: PreparedArticle[]): Promise<PutResult[]> {
    return this.db.transaction(() => items.map((p) => this.putOne(p))).immediate();
  }

  private putOne(p: PreparedArticle): PutResult {
    if (this.db.prepare('SELECT 1 FROM articles WHERE hash = ?').get(p.hash)) return { id: p.id, outcome: 'duplicate', duplicateOf: null, story: null };
    const old = this.db.prepare('SELECT seq FROM articles WHERE id = ?').get(p.id) as Row | undefined;
    if (old) this.db.prepare('DELETE FROM articles WHERE seq = ?').run(old.seq), this.db.prepare('DELETE FROM article_fts WHERE rowid = ?').run(old.seq);
    const day = dayOf(p.published);
    const a = assign({ id: p.id, day, copySig: p.copySig, topicSig: p.topicSig }, this.candidates(0, p.copyBands, null), this.candidates(1, p.topicBands, null));
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO articles (id, hash, title, text, published, day, source, url, ingested_at, analyzed_at, analysis, n_terms, duplicate_of, story, copy_sig, topic_sig)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(p.id, p.hash, p.title, p.text, p.published, day, p.source, p.url, now, now, JSON.stringify(p.analysis), p.terms.length, a.duplicateOf, a.story, signatureToBytes(p.copySig), signatureToBytes(p.topicSig));
    const seq = Number(info.lastInsertRowid);
    this.writeDerived(seq, p);
    this.writeLsh(seq, p);
    return { id: p.id, outcome: old ? 'updated' : 'added', duplicateOf: a.duplicateOf, story: a.story };
  }

  async replaceAnalyses(items: PreparedArticle[]): Promise<void> {
    this.db.transaction(() => {
      for (const p of items) {
        const row = this.db.prepare('SELECT seq FROM articles WHERE id = ?').get(p.id) as Row | undefined;
        if (!row) continue;
        this.clearDerived(row.seq);
        this.db.prepare('UPDATE articles SET analysis = ?, analyzed_at = ?, n_terms = ? WHERE seq = ?').run(JSON.stringify(p.analysis), new Date().toISOString(), p.terms.length, row.seq);
        this.writeDerived(row.seq, p);
      }
    }).immediate();
  }

  async search(plan: SearchPlan): Promise<RawSearch> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), '?');
    const q = plan.query;
    // placeholders are positional: the MATCH parameter must be bound first, as it comes first
    const where: string[] = q.tree ? [`article_fts MATCH ${p(q.fts5)}`] : [];
    where.push(...filterConditions(q.filters, p, plan.collapse));
    let from: string;
    let score: string;
    let order: string;
    if (q.tree) {
      from = 'article_fts f JOIN articles a ON a.seq = f.rowid';
      score = '-bm25(article_fts)';
      order = 'score DESC, a.seq';
    } else {
      from = 'articles a';
      score = '0';
      order = 'a.day DESC, a.seq DESC';
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const whereParams = [...params];
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${cond}`).get(...whereParams) as Row).n as number;
    const rows = this.db
      .prepare(`SELECT a.id, a.title, a.text, a.published, a.source, a.url, a.duplicate_of, a.story, ${score} AS score FROM ${from} ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...whereParams, plan.limit, plan.offset) as Row[];
    const hits: RawHit[] = rows.map((r) => ({ id: r.id, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url, score: r.score, duplicateOf: r.duplicate_of, story: r.story }));
    let facets: Facets | undefined;
    if (plan.facets) {
      const matched = `SELECT a.seq FROM ${from} ${cond}`;
      facets = {
        entities: (this.db.prepare(`SELECT e.key AS value, min(e.name) AS label, count(DISTINCT e.seq) AS count FROM entities e WHERE e.seq IN (${matched}) GROUP BY e.key ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`).all(...whereParams) as Row[]).map((r) => ({ value: r.value, label: r.label, count: r.count })),
        sources: (this.db.prepare(`SELECT a.source AS value, count(*) AS count FROM articles a WHERE a.seq IN (${matched}) AND a.source IS NOT NULL GROUP BY a.source ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`).all(...whereParams) as Row[]).map((r) => ({ value: r.value, count: r.count })),
        days: (this.db.prepare(`SELECT a.day AS value, count(*) AS count FROM articles a WHERE a.seq IN (${matched}) AND a.day IS NOT NULL GROUP BY a.day ORDER BY value DESC LIMIT 31`).all(...whereParams) as Row[]).map((r) => ({ value: r.value, count: r.count })),
      };
    }
    return { total, hits, facets };
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.db.prepare(sql).get() as Row).n as number;
    return {
      articles: n('SELECT count(*) AS n FROM articles'),
      duplicates: n('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      entities: n('SELECT count(DISTINCT key) AS n FROM entities'),
      events: n('SELECT count(*) AS n FROM events'),
      quotes: n('SELECT count(*) AS n FROM quotes'),
      stories: n('SELECT count(DISTINCT story) AS n FROM articles'),
      times: n('SELECT count(*) AS n FROM times'),
      sources: n('SELECT count(DISTINCT source) AS n FROM articles'),
    };
  }

  async article(id: string): Promise<StoredArticle | null> {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    return {
      id: r.id, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url, hash: r.hash,
      ingestedAt: r.ingested_at, duplicateOf: r.duplicate_of, story: r.story, analysis: JSON.parse(r.analysis) as Analysis,
    };
  }

  async entity(key: string): Promise<EntityInfo | null> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), '?');
    const cond = entityMatch(key, p);
    const head = this.db.prepare(`SELECT e.key, e.type, e.name, e.name_en, e.kb, e.country, count(DISTINCT e.seq) AS n FROM entities e WHERE ${cond} GROUP BY e.key ORDER BY n DESC LIMIT 1`).get(...params) as Row | undefined;
    if (!head) return null;
    const totals = this.db.prepare('SELECT count(DISTINCT seq) AS articles, sum(mentions) AS mentions FROM entities WHERE key = ?').get(head.key) as Row;
    const timeline = this.db
      .prepare('SELECT a.day AS day, count(DISTINCT a.seq) AS articles, sum(e.mentions) AS mentions FROM entities e JOIN articles a ON a.seq = e.seq WHERE e.key = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day')
      .all(head.key) as Row[];
    const recent = this.db
      .prepare('SELECT a.id, a.title, a.published, a.source, a.duplicate_of FROM entities e JOIN articles a ON a.seq = e.seq WHERE e.key = ? ORDER BY a.day DESC, a.seq DESC LIMIT 20')
      .all(head.key) as Row[];
    return entityInfo(head, totals, timeline, recent);
  }

  async events(q: EventQuery): Promise<Page<EventRow>> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), '?');
    const where: string[] = [];
    if (q.type) where.push(`v.type = ${p(q.type.toUpperCase())}`);
    if (q.from) where.push(`a.day >= ${p(q.from)}`);
    if (q.to) where.push(`a.day <= ${p(q.to)}`);
    if (q.entity)
      where.push(`(EXISTS (SELECT 1 FROM json_each(v.actors) j WHERE j.value = ${p(q.entity)}) OR EXISTS (SELECT 1 FROM json_each(v.recipients) j WHERE j.value = ${p(q.entity)}) OR v.location = ${p(q.entity)})`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = 'events v JOIN articles a ON a.seq = v.seq';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${cond}`).get(...params) as Row).n as number;
    const rows = this.db.prepare(`SELECT v.*, a.id AS article, a.published FROM ${from} ${cond} ORDER BY a.day DESC, a.seq DESC, v.start LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as Row[];
    return {
      total,
      items: rows.map((r) => ({
        article: r.article, id: r.event_id, type: r.type, mode: r.mode, actors: JSON.parse(r.actors), recipients: JSON.parse(r.recipients), location: r.location,
        date: r.date, trigger: r.trigger, start: r.start, end: r.end, negated: !!r.negated, future: !!r.future, confidence: r.confidence, published: r.published,
      })),
    };
  }

  async stories(q: { limit: number; offset: number; from?: string; to?: string }): Promise<Page<StorySummary>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.from) where.push('last >= ?'), params.push(q.from);
    if (q.to) where.push('first <= ?'), params.push(q.to);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const grouped = `SELECT story, count(*) AS size, min(day) AS first, max(day) AS last, group_concat(DISTINCT source) AS sources FROM articles WHERE story IS NOT NULL GROUP BY story HAVING count(*) > 1`;
    const total = (this.db.prepare(`SELECT count(*) AS n FROM (${grouped}) ${cond}`).get(...params) as Row).n as number;
    const rows = this.db.prepare(`SELECT g.*, (SELECT title FROM articles WHERE id = g.story) AS title FROM (${grouped}) g ${cond} ORDER BY size DESC, last DESC LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as Row[];
    return { total, items: rows.map((r) => ({ id: r.story, size: r.size, first: r.first, last: r.last, title: r.title, sources: r.sources ? String(r.sources).split(',') : [] })) };
  }

  async story(id: string): Promise<ArticleSummary[] | null> {
    const rows = this.db.prepare('SELECT id, title, published, source, duplicate_of FROM articles WHERE story = ? ORDER BY day, seq').all(id) as Row[];
    return rows.length ? rows.map(articleSummary) : null;
  }

  async *records(batch: number): AsyncIterable<StoredRecord[]> {
    let after = 0;
    for (;;) {
      const rows = this.db.prepare('SELECT seq, id, title, text, published, source, url FROM articles WHERE seq > ? ORDER BY seq LIMIT ?').all(after, batch) as Row[];
      if (!rows.length) return;
      after = rows[rows.length - 1]!.seq;
      yield rows.map((r) => ({ id: r.id, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url }));
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

