// Defaults shared by the CLI and the library: one constant each, never repeated inline.

export const DEFAULT_STORE_DIR = './citegraph-data';
export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';
/** Neo4j user when NEO4J_USERNAME is unset. */
export const DEFAULT_NEO4J_USERNAME = 'neo4j';
/** Neo4j database when NEO4J_DATABASE is unset: null, the server's default database. */
export const DEFAULT_NEO4J_DATABASE: string | null = null;

/** Largest document we load (bytes). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Fetching a document from a URL. */
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
/** Redirects followed when fetching a document from a URL. */
export const DEFAULT_FETCH_MAX_REDIRECTS = 5;

// Link checking (issue: link checker).
export const DEFAULT_LINK_TIMEOUT_MS = 15_000;
export const DEFAULT_LINK_CONCURRENCY = 64;
export const DEFAULT_LINK_PER_HOST = 2;
export const DEFAULT_LINK_RETRIES = 2;
export const DEFAULT_MAX_REDIRECTS = 10;
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
export const DEFAULT_RETRY_AFTER_CAP_MS = 60_000;
export const DEFAULT_ARCHIVE_URL = 'https://archive.org';
/** First retry delay; doubled per retry, plus up to as much again of jitter. */
export const DEFAULT_LINK_RETRY_BASE_MS = 500;
/** Share of the cited title's words a live page must still show (title, headings) not to count as drifted. */
export const DEFAULT_DRIFT_THRESHOLD = 0.34;
/** An honest User-Agent (a spoofed browser one caused redirect loops for linkinator, #721). */
export const DEFAULT_LINK_USER_AGENT = 'citegraph-linkcheck/0.1 (reference-rot checker)';
/** "Persistently dead": at least this many failing checks spread over at least this span. */
export const DEFAULT_PERSISTENT_FAILURES = 3;
export const DEFAULT_PERSISTENT_SPAN_MS = 2 * 24 * 60 * 60 * 1000;

// API.
export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;
export const MAX_GRAPH_DEPTH = 3;
export const MAX_PATH_HOPS = 6;
/**
 * Edge kinds shortest paths skip unless asked (or an endpoint is a Document): through MENTIONS,
 * any two entities one document names are two hops apart, which is rarely what "how are they
 * connected?" means.
 */
export const DEFAULT_PATH_EXCLUDED_EDGE_KINDS: readonly ('MENTIONS')[] = ['MENTIONS'];
export const DEFAULT_REQUEST_TIME_LIMIT_MS = 10_000;
