// The embedded store's SQLite schema. Nodes and edges keep one row each (merged view) plus one
// contribution row per supporting document, so retracting a document is a keyed delete.
// Edges reference nodes by integer id: compact endpoint indexes for 1M+ edges.
import type Database from 'better-sqlite3';

export const SCHEMA_VERSION = 1;

const DDL = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, source TEXT NOT NULL, norm_source TEXT NOT NULL, media_type TEXT NOT NULL,
  title TEXT, date TEXT, content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL,
  text TEXT NOT NULL, extraction TEXT
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(norm_source);

CREATE TABLE IF NOT EXISTS nodes (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  label TEXT NOT NULL, sort_label TEXT NOT NULL, props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_kind_label ON nodes(kind, sort_label, key);

CREATE TABLE IF NOT EXISTS node_contrib (
  node_id INTEGER NOT NULL, doc_id TEXT NOT NULL, label TEXT NOT NULL, props TEXT NOT NULL, provenance TEXT NOT NULL,
  PRIMARY KEY (node_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_contrib_doc ON node_contrib(doc_id);

CREATE TABLE IF NOT EXISTS edges (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  src INTEGER NOT NULL, dst INTEGER NOT NULL, props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS edges_src ON edges(src, kind);
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst, kind);
CREATE INDEX IF NOT EXISTS edges_kind ON edges(kind);

CREATE TABLE IF NOT EXISTS edge_contrib (
  edge_id INTEGER NOT NULL, doc_id TEXT NOT NULL, props TEXT NOT NULL, provenance TEXT NOT NULL,
  PRIMARY KEY (edge_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_contrib_doc ON edge_contrib(doc_id);

-- Normalised names/aliases/acronyms (exact and prefix lookups) and their words (word-prefix search),
-- per contributing document: a document's aliases go with its contribution, and resolution of a
-- document can ignore the aliases only its own previous version supplied.
CREATE TABLE IF NOT EXISTS aliases (
  alias TEXT NOT NULL, node_id INTEGER NOT NULL, doc_id TEXT NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL,
  PRIMARY KEY (alias, node_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_node ON aliases(node_id);
CREATE INDEX IF NOT EXISTS aliases_doc ON aliases(doc_id);
CREATE TABLE IF NOT EXISTS words (
  word TEXT NOT NULL, node_id INTEGER NOT NULL, doc_id TEXT NOT NULL, kind TEXT NOT NULL,
  PRIMARY KEY (word, node_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS words_doc ON words(doc_id);

CREATE TABLE IF NOT EXISTS merges (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
  names TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT
);
CREATE INDEX IF NOT EXISTS merges_doc ON merges(doc_id);
CREATE INDEX IF NOT EXISTS merges_key ON merges(key, id);

-- Append-only link-check history, plus a per-URL summary recomputed from it on each append.
CREATE TABLE IF NOT EXISTS link_checks (
  id INTEGER PRIMARY KEY, url TEXT NOT NULL, checked_at TEXT NOT NULL, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS link_checks_url ON link_checks(url, checked_at, id);
CREATE TABLE IF NOT EXISTS link_latest (
  url TEXT PRIMARY KEY, host TEXT NOT NULL, status TEXT NOT NULL, verdict TEXT NOT NULL,
  check_id INTEGER NOT NULL, check_count INTEGER NOT NULL, last_alive_at TEXT,
  failure_streak INTEGER NOT NULL, failing_since TEXT
);
CREATE INDEX IF NOT EXISTS link_latest_status ON link_latest(status, url);
CREATE INDEX IF NOT EXISTS link_latest_verdict ON link_latest(verdict, url);
CREATE INDEX IF NOT EXISTS link_latest_host ON link_latest(host, url);
`;

/** Create or check the schema. A store written by a newer citegraph is refused, not guessed at. */
export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`schema version ${version} is newer than this citegraph (${SCHEMA_VERSION})`);
  }
  db.transaction(() => {
    db.exec(DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
