// The link-rot dashboard: counts by verdict and by status as inline SVG bar charts, a filterable
// table of links with the sources and documents citing them, last-alive time, archived copy, CSV.
import { LINK_STATUSES, LINK_VERDICTS } from '../../../src/link-check.js';
import { href, html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { externalLink, formatTime, nodeLink, pager, verdictBadge } from '../components.js';
import { pageHref } from '../../kind-style.js';
import type { LinksResponse } from '../../schemas/views.js';

export interface LinksFilter {
  status?: string;
  verdict?: string;
  host?: string;
  failing?: boolean;
}

const VERDICT_COLORS: Record<string, string> = {
  alive: '#1b7f3b', moved: '#4f9d69', dead: '#b3261e', 'soft-dead': '#e07a5f', inconclusive: '#9a6700', skipped: '#8d99ae', unchecked: '#b8bec9',
};

/** A horizontal bar chart; zero rows are kept so the chart always shows the whole vocabulary given. */
export function barChart(title: string, rows: Array<[string, number]>, colorOf: (label: string) => string): SafeHtml {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const rowH = 20;
  const labelW = 130;
  const barW = 300;
  const h = rows.length * rowH + 24;
  return html`<figure class="chart"><svg class="chart" role="img" aria-label="${title}" width="${labelW + barW + 60}" height="${h}" viewBox="0 0 ${labelW + barW + 60} ${h}">
<title>${title}</title>
<text x="0" y="14" font-weight="bold">${title}</text>
${rows.map(([label, n], i) => {
      const y = 22 + i * rowH;
      const w = Math.round((n / max) * barW);
      return html`<g data-label="${label}" data-count="${n}"><text x="0" y="${y + 13}">${label}</text><rect x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 6}" fill="${colorOf(label)}"></rect><text x="${labelW + w + 6}" y="${y + 13}">${n}</text></g>`;
    })}
</svg></figure>`;
}

export function renderLinksPage(report: LinksResponse, filter: LinksFilter): string {
  const q = { status: filter.status, verdict: filter.verdict, host: filter.host, failing: filter.failing ? 'true' : undefined };
  const verdictRows = [...LINK_VERDICTS, 'unchecked'].map((v) => [v, report.counts.byVerdict[v as keyof typeof report.counts.byVerdict] ?? 0] as [string, number]);
  const statusRows = [...LINK_STATUSES, 'unchecked' as const]
    .map((s) => [s, report.counts.byStatus[s] ?? 0] as [string, number])
    .filter(([, n]) => n > 0);
  return layout({
    title: 'Link rot',
    body: html`<h1>Link rot</h1>
<p>${report.counts.total} cited URLs. Links not yet checked show as <em>unchecked</em>.</p>
<div class="cols">
${barChart('Links by verdict', verdictRows, (l) => VERDICT_COLORS[l] ?? '#8d99ae')}
${barChart('Links by status', statusRows.length ? statusRows : [['unchecked', 0]], () => '#5c7cba')}
</div>
<form class="filters" action="/links" method="get">
<label>Verdict <select name="verdict"><option value="">any</option>${[...LINK_VERDICTS, 'unchecked'].map((v) => html`<option value="${v}"${v === filter.verdict ? ' selected' : ''}>${v}</option>`)}</select></label>
<label>Status <select name="status"><option value="">any</option>${[...LINK_STATUSES, 'unchecked'].map((v) => html`<option value="${v}"${v === filter.status ? ' selected' : ''}>${v}</option>`)}</select></label>
<label>Host <input type="text" name="host" value="${filter.host ?? ''}" placeholder="www.example.org"></label>
<label><span>Failing only</span><input type="checkbox" name="failing" value="true"${filter.failing ? ' checked' : ''}></label>
<button type="submit">Filter</button>
<a class="csv" href="${href('/api/v1/links', { ...q, format: 'csv' })}">Download CSV</a>
</form>
<table class="links"><thead><tr><th>URL</th><th>Verdict</th><th>Status</th><th>Last alive</th><th>Archived copy</th><th>Cited as</th><th>Cited in</th></tr></thead><tbody>
${report.items.map((r) => html`<tr data-verdict="${r.verdict}">
<td class="url">${externalLink(r.url)}${r.finalUrl && r.finalUrl !== r.url ? html`<div class="muted">→ ${externalLink(r.finalUrl)}</div>` : ''}</td>
<td>${verdictBadge(r.verdict)}${r.trend === 'persistently-dead' || r.trend === 'newly-failing' || r.trend === 'intermittent' ? html`<div class="muted">${r.trend}</div>` : ''}</td>
<td>${r.status}${r.httpStatus ? html` <span class="muted">${r.httpStatus}</span>` : ''}<div class="muted"><time datetime="${r.checkedAt ?? ''}" title="${formatTime(r.checkedAt)}">${day(r.checkedAt)}</time></div></td>
<td><time datetime="${r.lastAliveAt ?? ''}" title="${formatTime(r.lastAliveAt)}">${day(r.lastAliveAt)}</time></td>
<td>${r.archived ? html`${externalLink(r.archived.url, 'archived')} <span class="muted">${archiveDay(r.archived.timestamp)}</span>` : '—'}</td>
<td>${r.sources.map((s) => html`<div>${nodeLink({ key: s.key, kind: 'Source', label: s.title ?? s.key }, { badge: false })}</div>`)}</td>
<td>${r.documents.map((d) => html`<div><a href="${pageHref('Document', d.id)}">${d.title ?? d.id}</a></div>`)}</td>
</tr>`)}
</tbody></table>
${report.items.length ? '' : html`<p class="muted">${emptyReason(report, filter)}</p>`}
${pager('/links', q, report.nextCursor)}`,
  });
}

/** Why the table is empty: nothing checked yet reads differently from a filter that matches nothing. */
function emptyReason(report: LinksResponse, filter: LinksFilter): string {
  const checked = report.counts.total - (report.counts.byVerdict.unchecked ?? 0);
  const wantsChecked = filter.failing || (filter.verdict && filter.verdict !== 'unchecked') || (filter.status && filter.status !== 'unchecked');
  if (report.counts.total === 0) return 'No cited URL is stored yet: ingest documents first.';
  if (checked === 0 && wantsChecked) {
    return 'No link has been checked yet, so none can be failing: run `citegraph check-links` (or POST /api/v1/links/check) and come back.';
  }
  return 'No links match these filters.';
}

/** The day of an ISO time ("2026-10-01"); the full time is in the cell's title. */
function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** A Wayback timestamp (YYYYMMDDhhmmss) as its day. */
function archiveDay(ts: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(ts);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : ts;
}
