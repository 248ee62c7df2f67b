// Link-check history in the Neo4j store: one (:LinkCheck) node per check (append-only, numbered by
// a sequence so equal timestamps keep insertion order) and one (:LinkLatest) summary per URL,
// recomputed from the URL's history in the same transaction, as the embedded store does.
import type { ManagedTransaction } from 'neo4j-driver';
import { InvalidInputError } from '../../src/errors.js';
import { LinkCheckSchema, type LinkCheck } from '../../src/link-check.js';
import { normalizeUrl } from '../normalize.js';
import { decodeCursor, encodeCursor, isString } from '../sqlite/cursor.js';
import type { LatestLinkCheck, LinkCheckFilter, Page } from '../store.js';
import * as Q from './cypher.js';
import { run, runBatched } from './run.js';
import { linkCheckRows, linkLatestRow, pageLimit } from './rows.js';
import { cypherInt, parseJson } from './values.js';

/** @throws InvalidInputError (CG_INVALID_INPUT) for a record that is not a LinkCheck. */
export function validateChecks(checks: readonly LinkCheck[]): LinkCheck[] {
  return checks.map((raw) => {
    const parsed = LinkCheckSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidInputError(`graph.recordLinkCheck: invalid check for ${String(raw?.url)}`, { details: parsed.error.issues });
    return parsed.data;
  });
}

/** Append validated checks and refresh their URLs' summaries. Must run inside `executeWrite`. */
export async function recordLinkChecksTx(tx: ManagedTransaction, callId: string, checks: readonly LinkCheck[]): Promise<void> {
  if (!checks.length) return;
  const [seq] = await run(tx, Q.NEXT_SEQUENCE, { name: 'linkCheck', count: cypherInt('graph.recordLinkCheck', checks.length) });
  const rows = linkCheckRows(callId, checks, (seq!.value as number) - checks.length + 1);
  await runBatched(tx, Q.MERGE_LINK_CHECKS, 'rows', rows);
  const urls = [...new Set(rows.map((r) => r.url))];
  const history = new Map<string, Array<{ seq: number; record: LinkCheck }>>();
  for (const r of await runBatched(tx, Q.LINK_HISTORY_ASC, 'urls', urls)) {
    const list = history.get(r.url as string) ?? [];
    list.push({ seq: r.seq as number, record: JSON.parse(r.record as string) as LinkCheck });
    history.set(r.url as string, list);
  }
  const latest = urls.filter((u) => history.get(u)?.length).map((u) => linkLatestRow(u, history.get(u)!));
  await runBatched(tx, Q.MERGE_LINK_LATEST, 'rows', latest);
}

export async function linkHistoryTx(tx: ManagedTransaction, url: string, limit: number): Promise<LinkCheck[]> {
  const rows = await run(tx, Q.LINK_HISTORY_DESC, { url: normalizeUrl(url), limit: cypherInt('graph.getLinkHistory', limit) });
  return rows.map((r) => JSON.parse(r.record as string) as LinkCheck);
}

export async function latestLinkChecksTx(tx: ManagedTransaction, filter: LinkCheckFilter): Promise<Page<LatestLinkCheck>> {
  const op = 'graph.getLatestLinkChecks';
  const after = decodeCursor(op, filter.cursor, isString) ?? '';
  const rows = await run(tx, Q.LATEST_LINK_CHECKS, {
    after, status: filter.status ?? null, verdict: filter.verdict ?? null, host: filter.host ? filter.host.toLowerCase() : null,
    limit: pageLimit(op, filter.limit),
  });
  const items = rows.slice(0, filter.limit).map((r): LatestLinkCheck => ({
    check: parseJson<LinkCheck>(r.record, null as never), host: r.host as string, checkCount: r.checkCount as number,
    lastAliveAt: (r.lastAliveAt as string | null) ?? null, failureStreak: r.failureStreak as number, failingSince: (r.failingSince as string | null) ?? null,
  }));
  return { items, nextCursor: rows.length > filter.limit ? encodeCursor(rows[filter.limit - 1]!.url as string) : null };
}
