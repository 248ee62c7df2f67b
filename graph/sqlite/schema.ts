// The embedded store's SQLite schema. Nodes and edges keep one row each (merged view) plus one
// contribution row per supporting document, so retracting a document is a keyed delete.
// Edges reference nodes by integer id: compact endpoint indexes for 1M+ edges.
import type Database from 'better-sqlite3';

/**
 * 1: first release. 2: search reads node-level alias and word indexes (one row per node, not per
 * contributing document), built from `aliases`; the per-document `words` table is gone.
 */
export const SCHEMA_VERSION = 2;

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

-- Normalised names/aliases/acronyms per contributing document: a document's aliases go with its
-- contribution, and resolution of a document can ignore the aliases only its own previous version supplied.
CREATE TABLE IF NOT EXISTS aliases (
  alias TEXT NOT NULL, node_id INTEGER NOT NULL, doc_id TEXT NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL,
  PRIMARY KEY (alias, node_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_node ON aliases(node_id);
CREATE INDEX IF NOT EXISTS aliases_doc ON aliases(doc_id);
-- Search: the distinct aliases of each node and the words of its non-initials aliases (single
-- letters left out), rebuilt from \`aliases\` whenever a node's contributions change.
CREATE TABLE IF NOT EXISTS node_alias (
  alias TEXT NOT NULL, node_id INTEGER NOT NULL, kind TEXT NOT NULL,
  PRIMARY KEY (alias, node_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_alias_node ON node_alias(node_id, alias);
CREATE TABLE IF NOT EXISTS node_word (
  word TEXT NOT NULL, node_id INTEGER NOT NULL, kind TEXT NOT NULL,
  PRIMARY KEY (word, node_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_word_node ON node_word(node_id);

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

/** Upgrades from each older version, run in order inside the migration transaction. */
const UPGRADES: Record<number, (db: Database.Database) => void> = {
  // 1 -> 2: fill the node-level search indexes from the per-document ones, then drop `words`.
  2: (db) => {
    db.exec(`INSERT OR IGNORE INTO node_alias (alias, node_id, kind) SELECT alias, node_id, kind FROM aliases;
      INSERT OR IGNORE INTO node_word (word, node_id, kind) SELECT word, node_id, kind FROM words;
      DROP TABLE IF EXISTS words;`);
  },
};

/** The schema version of an open database (0 for a new, empty file). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Create the schema, or upgrade an older store in place (one transaction: a crash leaves the old
 * version). A store written by a newer citegraph is refused, not guessed at.
 */
export function migrate(db: Database.Database): void {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new Error(`schema version ${version} is newer than this citegraph (${SCHEMA_VERSION})`);
  }
  // The DDL runs on every writable open (IF NOT EXISTS: cheap), so a table or index added to it is
  // created in existing stores too; data changes go through UPGRADES and a version bump.
  const run = db.transaction(() => {
    // Read again under the lock: another process may have upgraded the store meanwhile.
    const current = schemaVersion(db);
    db.exec(DDL);
    // A new file (version 0) is created at the current version; an existing one is upgraded step by step.
    if (current > 0) for (let v = current + 1; v <= SCHEMA_VERSION; v++) UPGRADES[v]?.(db);
    if (current !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  // Creating or upgrading takes the write lock up front, so two processes opening one store do it once.
  if (version < SCHEMA_VERSION) run.immediate();
  else run();
}

/** @throws Error when a read-only store is not at this citegraph's schema version. */
export function checkSchemaReadonly(db: Database.Database): void {
  const version = schemaVersion(db);
  if (version !== SCHEMA_VERSION) {
    throw new Error(`schema version ${version} is not this citegraph's (${SCHEMA_VERSION}); open the store once without read-only to upgrade it`);
  }
}
