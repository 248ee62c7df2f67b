// A document's stored text with one span highlighted: the target of every "where does it say this?"
// link. The text is escaped like everything else (a document may contain markup).
import { html } from '../html.js';
import { layout } from '../layout.js';
import { documentLabel, externalLink } from '../components.js';
import type { DocumentResponse } from '../../schemas/views.js';
import type { NodeKind } from '../../../src/graph-model.js';
import type { NodeSummaryView } from '../../schemas/common.js';
import { nodeLink, nodeList } from '../components.js';

/** What the document cites and the documents that cite the same sources (bibliographic coupling). */
export interface DocumentRelations {
  mentions: Partial<Record<NodeKind, NodeSummaryView[]>>;
  cites: Array<{ source: NodeSummaryView; marker: string }>;
  coupled: Array<{ document: NodeSummaryView; shared: number }>;
}

export function renderDocumentPage(
  d: DocumentResponse,
  span: { start: number; end: number } | null,
  relations: DocumentRelations = { mentions: {}, cites: [], coupled: [] },
): string {
  const { mentions, cites, coupled } = relations;
  const kinds = (['Person', 'Organization', 'Event', 'Source', 'Topic'] as const).filter((k) => mentions[k]?.length);
  const full = d.text ?? '';
  const ok = span && span.start >= 0 && span.end > span.start && span.end <= full.length;
  // A very long text is shown as a window (around the quoted span when there is one), whole lines.
  const [from, to] = textWindow(full, ok ? span : null);
  const text = full.slice(from, to);
  const body = ok
    ? html`${text.slice(0, span.start - from)}<mark id="span">${text.slice(span.start - from, span.end - from)}</mark>${text.slice(span.end - from)}`
    : html`${text}`;
  const windowNote = from > 0 || to < full.length
    ? html`<p class="muted truncated">Characters ${from}–${to} of ${full.length} are shown; the whole text: <a href="/api/v1/documents/${encodeURIComponent(d.id)}">JSON</a>.</p>`
    : html``;
  return layout({
    title: documentLabel(d),
    body: html`<h1><span class="kind" data-kind="Document">Document</span> ${documentLabel(d)}</h1>
<p class="muted">${/^https?:\/\//i.test(d.source) ? externalLink(d.source) : d.source} · ${d.mediaType}${d.date ? ` · ${d.date}` : ''} · ingested ${d.ingestedAt}</p>
<p><a href="/graph?focus=${encodeURIComponent(d.id)}">Graph view of what it mentions →</a></p>
${d.text === null ? html`<p class="muted">The text of this document is not stored.</p>` : html`${windowNote}<pre class="doc">${body}</pre>`}
${cites.length ? html`<h2>Cites</h2><ul class="plain">${cites.map((c) => html`<li>[${c.marker}] ${nodeLink(c.source)}</li>`)}</ul>` : ''}
${coupled.length ? html`<h2>Documents citing the same sources</h2><ul class="plain">${coupled.map((c) => html`<li>${nodeLink(c.document)} <span class="muted">(${c.shared} shared)</span></li>`)}</ul>` : ''}
${kinds.length ? html`<h2>Mentions</h2><div class="cols">${kinds.map((k) => html`<div><h3>${k}</h3>${nodeList(mentions[k] ?? [])}</div>`)}</div>` : ''}`,
  });
}

/** Most characters of a document's text one page shows. */
export const PAGE_TEXT_LIMIT = 200_000;

/** [from, to) of the text to show: all of it when short, else PAGE_TEXT_LIMIT around the span, on line ends. */
function textWindow(text: string, span: { start: number; end: number } | null): [number, number] {
  if (text.length <= PAGE_TEXT_LIMIT) return [0, text.length];
  const mid = span ? Math.floor((span.start + span.end) / 2) : 0;
  let from = Math.max(0, Math.min(mid - PAGE_TEXT_LIMIT / 2, text.length - PAGE_TEXT_LIMIT));
  if (span) from = Math.min(from, span.start);
  let to = Math.min(text.length, Math.max(from + PAGE_TEXT_LIMIT, span?.end ?? 0));
  if (from > 0) { const nl = text.indexOf('\n', from); if (nl >= 0 && nl < (span?.start ?? Infinity)) from = nl + 1; }
  if (to < text.length) { const nl = text.lastIndexOf('\n', to); if (nl > (span?.end ?? from)) to = nl; }
  return [from, to];
}
