// The Neo4j data model and its schema: uniqueness constraints and indexes, created on first use
// with IF NOT EXISTS (idempotent, safe when several processes start at once). Needs Neo4j 5.7+
// (relationship property uniqueness constraints).
//
// Model: graph nodes are (:Node {key, kind, label, sortLabel, props}) joined by
// [:REL {key, kind, props}]; kinds are properties from the closed enums of src/graph-model.ts, so
// no label or type is ever spliced into a statement. Per-document contributions, documents,
// alias/word index entries, merges and link-check history are nodes of their own labels.
import { cypher, type Statement } from './statement.js';

/** Labels the store writes; nothing else in the database is touched (except by the test wipe). */
export const STORE_LABELS = ['Node', 'Doc', 'NodeContrib', 'EdgeContrib', 'Alias', 'Word', 'Merge', 'LinkCheck', 'LinkLatest', 'Counter'] as const;
export const STORE_REL_TYPES = ['REL'] as const;
/** Every property key the store writes (the offline lint warns on any other). */
export const STORE_PROPERTY_KEYS = [
  'key', 'kind', 'label', 'sortLabel', 'props', // Node, REL
  'id', 'source', 'normSource', 'mediaType', 'title', 'date', 'contentHash', 'ingestedAt', 'text', 'extraction', // Doc
  'docId', 'provenance', // contributions
  'alias', 'aliasType', 'nodeKey', 'word', // Alias, Word
  'seq', 'names', 'reason', 'detail', // Merge
  'url', 'host', 'checkedAt', 'record', 'status', 'verdict', 'checkSeq', 'checkCount', 'lastAliveAt', 'failureStreak', 'failingSince', // links
  'name', 'value', // Counter
] as const;
/** Keys of `$rows` maps that are read but never stored (the lint cannot tell them from properties). */
export const ROW_ONLY_KEYS = ['fromKey', 'toKey'] as const;

const c = (name: string, text: string): Statement => cypher(name, [], text);

export const SCHEMA_STATEMENTS: readonly Statement[] = Object.freeze([
  c('CONSTRAINT_NODE_KEY', 'CREATE CONSTRAINT citegraph_node_key IF NOT EXISTS FOR (n:Node) REQUIRE n.key IS UNIQUE'),
  c('CONSTRAINT_REL_KEY', 'CREATE CONSTRAINT citegraph_rel_key IF NOT EXISTS FOR ()-[r:REL]-() REQUIRE r.key IS UNIQUE'),
  c('CONSTRAINT_DOC_ID', 'CREATE CONSTRAINT citegraph_doc_id IF NOT EXISTS FOR (d:Doc) REQUIRE d.id IS UNIQUE'),
  c('CONSTRAINT_NODE_CONTRIB_ID', 'CREATE CONSTRAINT citegraph_node_contrib_id IF NOT EXISTS FOR (c:NodeContrib) REQUIRE c.id IS UNIQUE'),
  c('CONSTRAINT_EDGE_CONTRIB_ID', 'CREATE CONSTRAINT citegraph_edge_contrib_id IF NOT EXISTS FOR (c:EdgeContrib) REQUIRE c.id IS UNIQUE'),
  c('CONSTRAINT_MERGE_ID', 'CREATE CONSTRAINT citegraph_merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE'),
  c('CONSTRAINT_LINK_CHECK_ID', 'CREATE CONSTRAINT citegraph_link_check_id IF NOT EXISTS FOR (l:LinkCheck) REQUIRE l.id IS UNIQUE'),
  c('CONSTRAINT_LINK_LATEST_URL', 'CREATE CONSTRAINT citegraph_link_latest_url IF NOT EXISTS FOR (l:LinkLatest) REQUIRE l.url IS UNIQUE'),
  c('CONSTRAINT_COUNTER_NAME', 'CREATE CONSTRAINT citegraph_counter_name IF NOT EXISTS FOR (c:Counter) REQUIRE c.name IS UNIQUE'),
  c('INDEX_NODE_KIND', 'CREATE INDEX citegraph_node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)'),
  c('INDEX_NODE_KIND_LABEL', 'CREATE INDEX citegraph_node_kind_label IF NOT EXISTS FOR (n:Node) ON (n.kind, n.sortLabel, n.key)'),
  c('INDEX_REL_KIND', 'CREATE INDEX citegraph_rel_kind IF NOT EXISTS FOR ()-[r:REL]-() ON (r.kind)'),
  c('INDEX_DOC_SOURCE', 'CREATE INDEX citegraph_doc_source IF NOT EXISTS FOR (d:Doc) ON (d.source)'),
  c('INDEX_DOC_NORM_SOURCE', 'CREATE INDEX citegraph_doc_norm_source IF NOT EXISTS FOR (d:Doc) ON (d.normSource)'),
  c('INDEX_NODE_CONTRIB_DOC', 'CREATE INDEX citegraph_node_contrib_doc IF NOT EXISTS FOR (c:NodeContrib) ON (c.docId)'),
  c('INDEX_NODE_CONTRIB_KEY', 'CREATE INDEX citegraph_node_contrib_key IF NOT EXISTS FOR (c:NodeContrib) ON (c.key)'),
  c('INDEX_EDGE_CONTRIB_DOC', 'CREATE INDEX citegraph_edge_contrib_doc IF NOT EXISTS FOR (c:EdgeContrib) ON (c.docId)'),
  c('INDEX_EDGE_CONTRIB_KEY', 'CREATE INDEX citegraph_edge_contrib_key IF NOT EXISTS FOR (c:EdgeContrib) ON (c.key)'),
  c('INDEX_ALIAS', 'CREATE INDEX citegraph_alias IF NOT EXISTS FOR (a:Alias) ON (a.alias)'),
  c('INDEX_ALIAS_NODE', 'CREATE INDEX citegraph_alias_node IF NOT EXISTS FOR (a:Alias) ON (a.nodeKey)'),
  c('INDEX_WORD', 'CREATE INDEX citegraph_word IF NOT EXISTS FOR (w:Word) ON (w.word)'),
  c('INDEX_WORD_NODE', 'CREATE INDEX citegraph_word_node IF NOT EXISTS FOR (w:Word) ON (w.nodeKey)'),
  c('INDEX_ALIAS_DOC', 'CREATE INDEX citegraph_alias_doc IF NOT EXISTS FOR (a:Alias) ON (a.docId)'),
  c('INDEX_WORD_DOC', 'CREATE INDEX citegraph_word_doc IF NOT EXISTS FOR (w:Word) ON (w.docId)'),
  c('INDEX_MERGE_SEQ', 'CREATE INDEX citegraph_merge_seq IF NOT EXISTS FOR (m:Merge) ON (m.seq)'),
  c('INDEX_MERGE_DOC', 'CREATE INDEX citegraph_merge_doc IF NOT EXISTS FOR (m:Merge) ON (m.docId)'),
  c('INDEX_MERGE_KEY', 'CREATE INDEX citegraph_merge_key IF NOT EXISTS FOR (m:Merge) ON (m.key)'),
  c('INDEX_LINK_CHECK_URL', 'CREATE INDEX citegraph_link_check_url IF NOT EXISTS FOR (l:LinkCheck) ON (l.url)'),
  c('INDEX_LINK_LATEST_STATUS', 'CREATE INDEX citegraph_link_latest_status IF NOT EXISTS FOR (l:LinkLatest) ON (l.status)'),
  c('INDEX_LINK_LATEST_VERDICT', 'CREATE INDEX citegraph_link_latest_verdict IF NOT EXISTS FOR (l:LinkLatest) ON (l.verdict)'),
  c('INDEX_LINK_LATEST_HOST', 'CREATE INDEX citegraph_link_latest_host IF NOT EXISTS FOR (l:LinkLatest) ON (l.host)'),
]);
