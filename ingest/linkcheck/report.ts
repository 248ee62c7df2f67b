// Report formatters for link checks: JSON Lines (streamable), JSON, CSV (RFC 4180) and a plain table.
// Extra per-URL fields (trend, lastAliveAt from the store's history) are appended when known.
import type { LinkCheck, LinkTrend } from '../../src/link-check.js';

export const REPORT_FORMATS = ['jsonl', 'json', 'csv', 'table'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

/** History facts the store adds to a fresh check. */
export interface ReportExtras {
  trend?: LinkTrend;
  lastAliveAt?: string | null;
}

export type ReportRow = LinkCheck & ReportExtras;

export function formatJsonLine(row: ReportRow): string {
  return JSON.stringify(row) + '\n';
}

export function formatJson(rows: readonly ReportRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

const CSV_COLUMNS = [
  'url', 'status', 'verdict', 'httpStatus', 'finalUrl', 'redirects', 'attempts', 'durationMs', 'checkedAt',
  'contentType', 'title', 'error', 'archivedUrl', 'archivedTimestamp', 'trend', 'lastAliveAt',
] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

export function formatCsvRow(row: ReportRow): string {
  const flat: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    ...row,
    redirects: row.redirects.map((r) => `${r.status} ${r.url}`).join(' -> '),
    archivedUrl: row.archived?.url,
    archivedTimestamp: row.archived?.timestamp,
    trend: row.trend,
    lastAliveAt: row.lastAliveAt,
  };
  return CSV_COLUMNS.map((c) => csvCell(flat[c])).join(',') + '\r\n';
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/** Fixed-width table for terminals; long URLs are clipped, details go in the last column. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = ['STATUS', 'VERDICT', 'HTTP', 'URL', 'DETAIL'];
  const body = rows.map((r) => {
    const detail = r.archived ? `archived: ${r.archived.url}`
      : r.finalUrl && r.finalUrl !== r.url && r.status !== 'ok' ? `-> ${r.finalUrl}`
        : r.error ?? r.title ?? '';
    const extra = r.trend && r.trend !== 'healthy' ? ` [${r.trend}${r.lastAliveAt ? `, last alive ${r.lastAliveAt}` : ''}]` : '';
    return [r.status, r.verdict, r.httpStatus === null ? '-' : String(r.httpStatus), clip(r.url, 70), clip(detail + extra, 90)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const summary = [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
  return [line(header), ...body.map(line), '', `${rows.length} URLs: ${summary || 'none'}`].join('\n') + '\n';
}
