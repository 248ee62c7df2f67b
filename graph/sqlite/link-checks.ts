// Link-check history in the SQLite store: append-only rows plus a per-URL summary row, both
// written in one small transaction per record (never a rewrite of the graph).
import type Database from 'better-sqlite3';
import type { LinkCheck } from '../../src/link-check.js';
import { LinkCheckSchema } from '../../src/link-check.js';
import { InvalidInputError } from '../../src/errors.js';
import { normalizeUrl, urlHost } from '../normalize.js';
import type { LatestLinkCheck, LinkCheckFilter, Page } from '../store.js';
import { summarizeLinkHistory } from '../../src/link-history.js';
import { decodeCursor, encodeCursor, isString } from './cursor.js';

interface LatestRow {
  url: string; host: string; record: string; check_count: number; last_alive_at: string | null;
  failure_streak: number; failing_since: string | null;
}

export class LinkCheckTable {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      insert: p('INSERT INTO link_checks (url, checked_at, record) VALUES (?, ?, ?)'),
      history: p('SELECT id, record FROM link_checks WHERE url = ? ORDER BY checked_at, id'),
      upsertLatest: p(`INSERT OR REPLACE INTO link_latest (url, host, status, verdict, check_id, check_count, last_alive_at, failure_streak, failing_since)
        VALUES (@url, @host, @status, @verdict, @checkId, @checkCount, @lastAliveAt, @failureStreak, @failingSince)`),
      historyDesc: p('SELECT record FROM link_checks WHERE url = ? ORDER BY checked_at DESC, id DESC LIMIT ?').pluck(),
      count: p('SELECT count(*) FROM link_checks').pluck(),
    };
  }

  /** Append checks and refresh their URLs' summaries; the caller provides the transaction. */
  record(checks: readonly LinkCheck[]): void {
    const urls = new Set<string>();
    for (const raw of checks) {
      const parsed = LinkCheckSchema.safeParse(raw);
      if (!parsed.success) throw new InvalidInputError(`graph.recordLinkCheck: invalid check for ${String(raw?.url)}`, { details: parsed.error.issues });
      const url = normalizeUrl(parsed.data.url);
      this.s.insert.run(url, parsed.data.checkedAt, JSON.stringify(parsed.data));
      urls.add(url);
    }
    for (const url of urls) {
      const rows = this.s.history.all(url) as Array<{ id: number; record: string }>;
      const history = rows.map((r) => JSON.parse(r.record) as LinkCheck);
      const sum = summarizeLinkHistory(history);
      const latest = history[sum.latest]!;
      this.s.upsertLatest.run({
        url, host: urlHost(url), status: latest.status, verdict: latest.verdict, checkId: rows[sum.latest]!.id,
        checkCount: sum.checkCount, lastAliveAt: sum.lastAliveAt, failureStreak: sum.failureStreak, failingSince: sum.failingSince,
      });
    }
  }

  history(url: string, limit: number): LinkCheck[] {
    return (this.s.historyDesc.all(normalizeUrl(url), limit) as string[]).map((r) => JSON.parse(r) as LinkCheck);
  }

  latest(filter: LinkCheckFilter): Page<LatestLinkCheck> {
    const after = decodeCursor('graph.getLatestLinkChecks', filter.cursor, isString);
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.status) { where.push('l.status = ?'); args.push(filter.status); }
    if (filter.verdict) { where.push('l.verdict = ?'); args.push(filter.verdict); }
    if (filter.host) { where.push('l.host = ?'); args.push(filter.host.toLowerCase()); }
    if (after !== undefined) { where.push('l.url > ?'); args.push(after); }
    const rows = this.db.prepare(`SELECT l.url, l.host, c.record, l.check_count, l.last_alive_at, l.failure_streak, l.failing_since
      FROM link_latest l JOIN link_checks c ON c.id = l.check_id ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY l.url LIMIT ?`).all(...args, filter.limit + 1) as LatestRow[];
    const more = rows.length > filter.limit;
    const items = rows.slice(0, filter.limit).map((r) => ({
      check: JSON.parse(r.record) as LinkCheck, host: r.host, checkCount: r.check_count,
      lastAliveAt: r.last_alive_at, failureStreak: r.failure_streak, failingSince: r.failing_since,
    }));
    return { items, nextCursor: more ? encodeCursor(rows[filter.limit - 1]!.url) : null };
  }

  count(): number {
    return this.s.count.get() as number;
  }
}

