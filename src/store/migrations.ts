/**
 * Versioned schema migrations, one list per backend. A store applies, in one transaction each, the
 * migrations newer than the version it records in `schema_migrations`. Never edit a released
 * migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, analyses, entities, times, quotes, events, full-text index, LSH buckets',
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  title TEXT,
  text TEXT NOT NULL,
  published TEXT,
  day TEXT,
  source TEXT,
  url TEXT,
  ingested_at TEXT NOT NULL,
  analyzed_at TEXT NOT NULL,
  analysis TEXT NOT NULL,
  n_terms INTEGER NOT NULL,
  duplicate_of TEXT,
  story TEXT,
  copy_sig BLOB,
  topic_sig BLOB
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_duplicate ON articles(duplicate_of);
CREATE TABLE entities (
  seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  key TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
  name_en TEXT, kb TEXT, country TEXT, mentions INTEGER NOT NULL
);
CREATE INDEX entities_seq ON entities(seq);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entities_name ON entities(name_key);
CREATE INDEX entities_country ON entities(country);
CREATE TABLE times (
  seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  type TEXT NOT NULL, value TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX times_seq ON times(seq);
CREATE TABLE quotes (
  seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, direct INTEGER NOT NULL,
  speaker TEXT, speaker_name TEXT
);
CREATE INDEX quotes_seq ON quotes(seq);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE events (
  seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  event_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, actors TEXT NOT NULL, recipients TEXT NOT NULL,
  location TEXT, date TEXT, trigger TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  negated INTEGER NOT NULL, future INTEGER NOT NULL, confidence REAL NOT NULL
);
CREATE INDEX events_seq ON events(seq);
CREATE INDEX events_type ON events(type);
CREATE TABLE lsh (kind INTEGER NOT NULL, key INTEGER NOT NULL, seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE, PRIMARY KEY (kind, key, seq)) WITHOUT ROWID;
CREATE INDEX lsh_seq ON lsh(seq);
-- the analyser's keys, space-joined; unicode61 only splits them on the spaces (keys are already normalised)
CREATE VIRTUAL TABLE article_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
`,
  },
];

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, analyses, entities, times, quotes, events, tsvector index, LSH buckets',
    sql: `
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  title TEXT,
  text TEXT NOT NULL,
  published TEXT,
  day TEXT,
  source TEXT,
  url TEXT,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  analyzed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  analysis JSONB NOT NULL,
  n_terms INTEGER NOT NULL,
  duplicate_of TEXT,
  story TEXT,
  copy_sig BYTEA,
  topic_sig BYTEA,
  -- built from the analyser's keys (not from a PostgreSQL text-search dictionary)
  tsv TSVECTOR NOT NULL
);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_duplicate ON articles(duplicate_of);
CREATE TABLE entities (
  seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  key TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
  name_en TEXT, kb TEXT, country TEXT, mentions INTEGER NOT NULL
);
CREATE INDEX entities_seq ON entities(seq);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entities_name ON entities(name_key);
CREATE INDEX entities_country ON entities(country);
CREATE TABLE times (
  seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  type TEXT NOT NULL, value TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX times_seq ON times(seq);
CREATE TABLE quotes (
  seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, direct BOOLEAN NOT NULL,
  speaker TEXT, speaker_name TEXT
);
CREATE INDEX quotes_seq ON quotes(seq);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE events (
  seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  event_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, actors TEXT[] NOT NULL, recipients TEXT[] NOT NULL,
  location TEXT, date TEXT, trigger TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  negated BOOLEAN NOT NULL, future BOOLEAN NOT NULL, confidence REAL NOT NULL
);
CREATE INDEX events_seq ON events(seq);
CREATE INDEX events_type ON events(type);
CREATE TABLE lsh (kind SMALLINT NOT NULL, key INTEGER NOT NULL, seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE, PRIMARY KEY (kind, key, seq));
CREATE INDEX lsh_seq ON lsh(seq);
`,
  },
  {
    version: 2,
    name: 'postings (key, article, term frequency, length) for BM25 without reading whole tsvectors',
    sql: `
CREATE TABLE postings (
  key TEXT COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  tf INTEGER NOT NULL,
  len INTEGER NOT NULL,
  PRIMARY KEY (key, seq)
);
CREATE INDEX postings_seq ON postings(seq);
INSERT INTO postings (key, seq, tf, len)
  SELECT u.lexeme, a.seq, coalesce(array_length(u.positions, 1), 1), a.n_terms FROM articles a, unnest(a.tsv) u;
`,
  },
  {
    version: 3,
    name: 'postings key index covers tf and len (BM25 from an index-only scan, not one heap page per posting)',
    sql: `
ALTER TABLE postings DROP CONSTRAINT postings_pkey;
ALTER TABLE postings ADD CONSTRAINT postings_pkey PRIMARY KEY (key, seq) INCLUDE (tf, len);
`,
  },
];
