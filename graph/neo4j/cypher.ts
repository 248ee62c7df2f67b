// Every data statement the Neo4j store runs, as a named constant with its parameters. Writes are
// `UNWIND $rows AS row MERGE ...` batches (idempotent: the driver may retry a transaction function);
// reads are parameterized. Edge direction picks one of three fixed statements, never string building.
import { cypher } from './statement.js';

const DOC_FIELDS = 'd.id AS id, d.source AS source, d.mediaType AS mediaType, d.title AS title, d.date AS date, d.contentHash AS contentHash, d.ingestedAt AS ingestedAt';
const NODE_FIELDS = 'n.key AS key, n.kind AS kind, n.label AS label, n.sortLabel AS sortLabel, n.props AS props';
const KINDS_FILTER = '($kinds IS NULL OR r.kind IN $kinds)';

// ---- documents -------------------------------------------------------------------------------

export const UPSERT_DOC = cypher('UPSERT_DOC', ['id', 'props'], 'MERGE (d:Doc {id: $id}) SET d += $props');
export const DOC_EXISTS = cypher('DOC_EXISTS', ['id'], 'MATCH (d:Doc {id: $id}) RETURN d.id AS id');
export const DELETE_DOC = cypher('DELETE_DOC', ['id'], 'MATCH (d:Doc {id: $id}) DELETE d');
export const GET_DOC = cypher('GET_DOC', ['id'], `MATCH (d:Doc {id: $id}) RETURN ${DOC_FIELDS}`);
export const GET_DOC_BY_SOURCE = cypher('GET_DOC_BY_SOURCE', ['source', 'normSource'], `
  MATCH (d:Doc) WHERE d.source = $source OR d.normSource = $normSource
  RETURN ${DOC_FIELDS} ORDER BY id LIMIT 1`);
export const LIST_DOCS = cypher('LIST_DOCS', ['after', 'limit'], `
  MATCH (d:Doc) WHERE d.id > $after RETURN ${DOC_FIELDS} ORDER BY id LIMIT $limit`);
export const DOC_TEXT = cypher('DOC_TEXT', ['id'], 'MATCH (d:Doc {id: $id}) RETURN d.text AS text');
export const DOC_EXTRACTION = cypher('DOC_EXTRACTION', ['id'], 'MATCH (d:Doc {id: $id}) RETURN d.extraction AS extraction');

// ---- contributions (one per document and node/edge) -----------------------------------------

export const NODE_CONTRIB_KEYS_OF_DOC = cypher('NODE_CONTRIB_KEYS_OF_DOC', ['docId'],
  'MATCH (c:NodeContrib {docId: $docId}) RETURN c.key AS key');
export const EDGE_CONTRIB_KEYS_OF_DOC = cypher('EDGE_CONTRIB_KEYS_OF_DOC', ['docId'],
  'MATCH (c:EdgeContrib {docId: $docId}) RETURN c.key AS key');
export const DELETE_NODE_CONTRIBS_OF_DOC = cypher('DELETE_NODE_CONTRIBS_OF_DOC', ['docId'],
  'MATCH (c:NodeContrib {docId: $docId}) DELETE c');
export const DELETE_EDGE_CONTRIBS_OF_DOC = cypher('DELETE_EDGE_CONTRIBS_OF_DOC', ['docId'],
  'MATCH (c:EdgeContrib {docId: $docId}) DELETE c');
export const DELETE_MERGES_OF_DOC = cypher('DELETE_MERGES_OF_DOC', ['docId'], 'MATCH (m:Merge {docId: $docId}) DELETE m');
export const MERGE_NODE_CONTRIBS = cypher('MERGE_NODE_CONTRIBS', ['rows'], `
  UNWIND $rows AS row MERGE (c:NodeContrib {id: row.id})
  SET c.docId = row.docId, c.key = row.key, c.label = row.label, c.props = row.props, c.provenance = row.provenance`);
export const MERGE_EDGE_CONTRIBS = cypher('MERGE_EDGE_CONTRIBS', ['rows'], `
  UNWIND $rows AS row MERGE (c:EdgeContrib {id: row.id})
  SET c.docId = row.docId, c.key = row.key, c.props = row.props, c.provenance = row.provenance`);
/** Contributions of nodes with the contributing document's ingestedAt (orders scalar conflicts). */
export const NODE_CONTRIBS_FOR_KEYS = cypher('NODE_CONTRIBS_FOR_KEYS', ['keys'], `
  UNWIND $keys AS k MATCH (c:NodeContrib {key: k}) MATCH (d:Doc {id: c.docId})
  RETURN k AS key, c.docId AS docId, d.ingestedAt AS ingestedAt, c.label AS label, c.props AS props, c.provenance AS provenance`);
export const EDGE_CONTRIBS_FOR_KEYS = cypher('EDGE_CONTRIBS_FOR_KEYS', ['keys'], `
  UNWIND $keys AS k MATCH (c:EdgeContrib {key: k}) MATCH (d:Doc {id: c.docId})
  RETURN k AS key, c.docId AS docId, d.ingestedAt AS ingestedAt, c.props AS props, c.provenance AS provenance`);
export const DELETE_EDGE_CONTRIBS_FOR_KEYS = cypher('DELETE_EDGE_CONTRIBS_FOR_KEYS', ['keys'],
  'UNWIND $keys AS k MATCH (c:EdgeContrib {key: k}) DELETE c');

// ---- nodes and edges (merged view) -----------------------------------------------------------

export const EXISTING_NODES = cypher('EXISTING_NODES', ['keys'],
  'UNWIND $keys AS k MATCH (n:Node {key: k}) RETURN n.key AS key, n.kind AS kind');
export const EXISTING_EDGES = cypher('EXISTING_EDGES', ['keys'],
  'UNWIND $keys AS k MATCH ()-[r:REL {key: k}]->() RETURN r.key AS key');
export const MERGE_NODES = cypher('MERGE_NODES', ['rows'], `
  UNWIND $rows AS row MERGE (n:Node {key: row.key}) ON CREATE SET n.kind = row.kind
  SET n.label = row.label, n.sortLabel = row.sortLabel, n.props = row.props`);
export const MERGE_EDGES = cypher('MERGE_EDGES', ['rows'], `
  UNWIND $rows AS row MATCH (a:Node {key: row.fromKey}) MATCH (b:Node {key: row.toKey})
  MERGE (a)-[r:REL {key: row.key}]->(b) ON CREATE SET r.kind = row.kind
  SET r.props = row.props`);
export const SET_EDGE_PROPS = cypher('SET_EDGE_PROPS', ['rows'], `
  UNWIND $rows AS row MATCH ()-[r:REL {key: row.key}]->() SET r.props = row.props`);
export const DELETE_EDGES = cypher('DELETE_EDGES', ['keys'], 'UNWIND $keys AS k MATCH ()-[r:REL {key: k}]->() DELETE r');
/** Deletes nodes with every edge at them; returns the keys of those edges (normally none). */
export const DELETE_NODES = cypher('DELETE_NODES', ['keys'], `
  UNWIND $keys AS k MATCH (n:Node {key: k}) OPTIONAL MATCH (n)-[r:REL]-()
  WITH n, collect(DISTINCT r.key) AS edgeKeys DETACH DELETE n RETURN edgeKeys`);

// ---- alias and word index (search, lookupAlias) ------------------------------------------------

// Aliases and words are indexed per contributing document (from that contribution's label and
// props), so they are retracted with the document and `lookupAlias` can ignore one document's own.
export const DELETE_ALIASES = cypher('DELETE_ALIASES', ['keys'], 'UNWIND $keys AS k MATCH (a:Alias {nodeKey: k}) DELETE a');
export const DELETE_WORDS = cypher('DELETE_WORDS', ['keys'], 'UNWIND $keys AS k MATCH (w:Word {nodeKey: k}) DELETE w');
export const DELETE_ALIASES_OF_DOC = cypher('DELETE_ALIASES_OF_DOC', ['docId'], 'MATCH (a:Alias {docId: $docId}) DELETE a');
export const DELETE_WORDS_OF_DOC = cypher('DELETE_WORDS_OF_DOC', ['docId'], 'MATCH (w:Word {docId: $docId}) DELETE w');
export const MERGE_ALIASES = cypher('MERGE_ALIASES', ['rows'], `
  UNWIND $rows AS row MERGE (a:Alias {nodeKey: row.nodeKey, alias: row.alias, docId: row.docId})
  SET a.kind = row.kind, a.aliasType = row.aliasType`);
export const MERGE_WORDS = cypher('MERGE_WORDS', ['rows'], `
  UNWIND $rows AS row MERGE (w:Word {nodeKey: row.nodeKey, word: row.word, docId: row.docId}) SET w.kind = row.kind`);
export const SEARCH_EXACT = cypher('SEARCH_EXACT', ['form', 'kind', 'limit'], `
  MATCH (a:Alias) WHERE a.alias = $form AND ($kind IS NULL OR a.kind = $kind)
  RETURN a.nodeKey AS nodeKey, a.alias AS alias, a.kind AS kind ORDER BY alias, nodeKey LIMIT $limit`);
export const SEARCH_PREFIX = cypher('SEARCH_PREFIX', ['form', 'kind', 'limit'], `
  MATCH (a:Alias) WHERE a.alias STARTS WITH $form AND a.alias <> $form AND ($kind IS NULL OR a.kind = $kind)
  RETURN a.nodeKey AS nodeKey, a.alias AS alias, a.kind AS kind ORDER BY alias, nodeKey LIMIT $limit`);
export const SEARCH_WORD_PREFIX = cypher('SEARCH_WORD_PREFIX', ['prefix', 'kind', 'limit'], `
  MATCH (w:Word) WHERE w.word STARTS WITH $prefix AND ($kind IS NULL OR w.kind = $kind)
  RETURN w.nodeKey AS nodeKey, w.kind AS kind, w.word AS word ORDER BY word, nodeKey LIMIT $limit`);
export const ALIASES_OF = cypher('ALIASES_OF', ['keys'], `
  UNWIND $keys AS k MATCH (a:Alias {nodeKey: k}) RETURN DISTINCT k AS nodeKey, a.alias AS alias ORDER BY nodeKey, alias`);
/** `$excludeDocument` is '' when nothing is excluded (document ids are never empty). */
export const LOOKUP_ALIAS = cypher('LOOKUP_ALIAS', ['alias', 'kind', 'excludeDocument'], `
  MATCH (a:Alias {alias: $alias, kind: $kind}) WHERE a.docId <> $excludeDocument MATCH (n:Node {key: a.nodeKey})
  RETURN DISTINCT ${NODE_FIELDS} ORDER BY key`);

// ---- node and edge reads ------------------------------------------------------------------------

export const GET_NODE = cypher('GET_NODE', ['key'], `
  MATCH (n:Node {key: $key}) OPTIONAL MATCH (c:NodeContrib {key: $key})
  WITH n, collect(c) AS cs
  RETURN ${NODE_FIELDS}, [x IN cs | {docId: x.docId, provenance: x.provenance}] AS contribs`);
export const GET_NODES = cypher('GET_NODES', ['keys'], `UNWIND $keys AS k MATCH (n:Node {key: k}) RETURN ${NODE_FIELDS}`);
export const LIST_NODES = cypher('LIST_NODES', ['kind', 'afterLabel', 'afterKey', 'limit'], `
  MATCH (n:Node) WHERE n.kind = $kind AND (n.sortLabel > $afterLabel OR (n.sortLabel = $afterLabel AND n.key > $afterKey))
  RETURN ${NODE_FIELDS} ORDER BY sortLabel, key LIMIT $limit`);

const EDGE_RETURN = `OPTIONAL MATCH (c:EdgeContrib {key: r.key})
  WITH r, collect(c) AS cs
  RETURN r.key AS key, r.kind AS kind, startNode(r).key AS fromKey, endNode(r).key AS toKey, r.props AS props,
    [x IN cs | {docId: x.docId, provenance: x.provenance}] AS contribs
  ORDER BY key`;
export const GET_EDGE = cypher('GET_EDGE', ['key'], `MATCH ()-[r:REL {key: $key}]->() ${EDGE_RETURN}`);
const edgesAt = (pattern: string) => `MATCH ${pattern} WHERE r.key > $after AND ${KINDS_FILTER}
  WITH DISTINCT r ORDER BY r.key LIMIT $limit ${EDGE_RETURN}`;
export const EDGES_AT_OUT = cypher('EDGES_AT_OUT', ['key', 'after', 'kinds', 'limit'], edgesAt('(:Node {key: $key})-[r:REL]->()'));
export const EDGES_AT_IN = cypher('EDGES_AT_IN', ['key', 'after', 'kinds', 'limit'], edgesAt('(:Node {key: $key})<-[r:REL]-()'));
export const EDGES_AT_BOTH = cypher('EDGES_AT_BOTH', ['key', 'after', 'kinds', 'limit'], edgesAt('(:Node {key: $key})-[r:REL]-()'));

const adjacent = (pattern: string) => `UNWIND $keys AS k MATCH ${pattern} WHERE ${KINDS_FILTER}
  WITH DISTINCT r ORDER BY r.key LIMIT $limit
  RETURN r.key AS key, r.kind AS kind, startNode(r).key AS fromKey, endNode(r).key AS toKey ORDER BY key`;
export const ADJACENT_OUT = cypher('ADJACENT_OUT', ['keys', 'kinds', 'limit'], adjacent('(:Node {key: k})-[r:REL]->()'));
export const ADJACENT_IN = cypher('ADJACENT_IN', ['keys', 'kinds', 'limit'], adjacent('(:Node {key: k})<-[r:REL]-()'));
export const ADJACENT_BOTH = cypher('ADJACENT_BOTH', ['keys', 'kinds', 'limit'], adjacent('(:Node {key: k})-[r:REL]-()'));
export const EDGES_AMONG = cypher('EDGES_AMONG', ['keys', 'kinds', 'limit'], `
  UNWIND $keys AS k MATCH (a:Node {key: k})-[r:REL]->(b:Node) WHERE b.key IN $keys AND ${KINDS_FILTER}
  RETURN r.key AS key, r.kind AS kind, a.key AS fromKey, b.key AS toKey ORDER BY key LIMIT $limit`);

/** Out, in and self-loop counts per node; the caller combines them by direction. */
export const DEGREES = cypher('DEGREES', ['keys', 'kinds'], `
  UNWIND $keys AS k MATCH (n:Node {key: k})
  RETURN k AS key,
    size([(n)-[r:REL]->() WHERE ${KINDS_FILTER} | r.key]) AS outDegree,
    size([(n)<-[r:REL]-() WHERE ${KINDS_FILTER} | r.key]) AS inDegree,
    size([(n)-[r:REL]->(n) WHERE ${KINDS_FILTER} | r.key]) AS loops`);

// ---- web resources -----------------------------------------------------------------------------

export const WEB_RESOURCES = cypher('WEB_RESOURCES', ['after', 'limit'], `
  MATCH (n:Node {kind: 'WebResource'}) WHERE n.key > $after RETURN n.key AS key, n.props AS props ORDER BY key LIMIT $limit`);
export const WEB_SOURCES = cypher('WEB_SOURCES', ['keys'], `
  UNWIND $keys AS k MATCH (s:Node)-[:REL {kind: 'AVAILABLE_AT'}]->(:Node {key: k})
  RETURN k AS webKey, s.key AS key, s.props AS props ORDER BY webKey, key`);
export const WEB_DOCS = cypher('WEB_DOCS', ['keys'], `
  UNWIND $keys AS k MATCH (c:NodeContrib {key: k}) MATCH (d:Doc {id: c.docId})
  RETURN k AS webKey, d.id AS id, d.title AS title, d.date AS date ORDER BY webKey, id`);

// ---- sequences, merges -------------------------------------------------------------------------

/** Reserve `count` numbers of a named sequence; returns the last one reserved. */
export const NEXT_SEQUENCE = cypher('NEXT_SEQUENCE', ['name', 'count'], `
  MERGE (s:Counter {name: $name}) ON CREATE SET s.value = 0
  SET s.value = s.value + $count RETURN s.value AS value`);
export const MERGE_MERGES = cypher('MERGE_MERGES', ['rows'], `
  UNWIND $rows AS row MERGE (m:Merge {id: row.id})
  SET m.seq = row.seq, m.docId = row.docId, m.kind = row.kind, m.key = row.key, m.names = row.names,
    m.reason = row.reason, m.detail = row.detail`);
export const LIST_MERGES = cypher('LIST_MERGES', ['before', 'key', 'limit'], `
  MATCH (m:Merge) WHERE m.seq < $before AND ($key IS NULL OR m.key = $key)
  RETURN m.seq AS seq, m.docId AS docId, m.kind AS kind, m.key AS key, m.names AS names, m.reason AS reason, m.detail AS detail
  ORDER BY seq DESC LIMIT $limit`);

// ---- link checks -------------------------------------------------------------------------------

export const MERGE_LINK_CHECKS = cypher('MERGE_LINK_CHECKS', ['rows'], `
  UNWIND $rows AS row MERGE (l:LinkCheck {id: row.id})
  ON CREATE SET l.seq = row.seq, l.url = row.url, l.checkedAt = row.checkedAt, l.record = row.record`);
export const LINK_HISTORY_ASC = cypher('LINK_HISTORY_ASC', ['urls'], `
  UNWIND $urls AS u MATCH (l:LinkCheck {url: u})
  RETURN u AS url, l.seq AS seq, l.checkedAt AS checkedAt, l.record AS record ORDER BY url, checkedAt, seq`);
export const MERGE_LINK_LATEST = cypher('MERGE_LINK_LATEST', ['rows'], `
  UNWIND $rows AS row MERGE (l:LinkLatest {url: row.url})
  SET l.host = row.host, l.status = row.status, l.verdict = row.verdict, l.checkSeq = row.checkSeq, l.record = row.record,
    l.checkCount = row.checkCount, l.lastAliveAt = row.lastAliveAt, l.failureStreak = row.failureStreak, l.failingSince = row.failingSince`);
export const LINK_HISTORY_DESC = cypher('LINK_HISTORY_DESC', ['url', 'limit'], `
  MATCH (l:LinkCheck {url: $url}) RETURN l.record AS record, l.checkedAt AS checkedAt, l.seq AS seq
  ORDER BY checkedAt DESC, seq DESC LIMIT $limit`);
export const LATEST_LINK_CHECKS = cypher('LATEST_LINK_CHECKS', ['after', 'status', 'verdict', 'host', 'limit'], `
  MATCH (l:LinkLatest) WHERE l.url > $after AND ($status IS NULL OR l.status = $status)
    AND ($verdict IS NULL OR l.verdict = $verdict) AND ($host IS NULL OR l.host = $host)
  RETURN l.url AS url, l.host AS host, l.record AS record, l.checkCount AS checkCount, l.lastAliveAt AS lastAliveAt,
    l.failureStreak AS failureStreak, l.failingSince AS failingSince
  ORDER BY url LIMIT $limit`);

// ---- counts --------------------------------------------------------------------------------------

export const NODE_COUNTS = cypher('NODE_COUNTS', [], 'MATCH (n:Node) RETURN n.kind AS kind, count(*) AS total');
export const EDGE_COUNTS = cypher('EDGE_COUNTS', [], 'MATCH ()-[r:REL]->() RETURN r.kind AS kind, count(*) AS total');
// Label counts come from Neo4j's count store when the statement is exactly this shape.
export const DOC_COUNT = cypher('DOC_COUNT', [], 'MATCH (d:Doc) RETURN count(d) AS total');
export const MERGE_COUNT = cypher('MERGE_COUNT', [], 'MATCH (m:Merge) RETURN count(m) AS total');
export const LINK_CHECK_COUNT = cypher('LINK_CHECK_COUNT', [], 'MATCH (l:LinkCheck) RETURN count(l) AS total');

/** Test support only: remove everything this store wrote (labels of graph/neo4j/schema.ts). */
export const DELETE_ALL_STORE_DATA = cypher('DELETE_ALL_STORE_DATA', [], `
  MATCH (n) WHERE n:Node OR n:Doc OR n:NodeContrib OR n:EdgeContrib OR n:Alias OR n:Word OR n:Merge
    OR n:LinkCheck OR n:LinkLatest OR n:Counter
  DETACH DELETE n`);
