// A document's stored text with one span highlighted: the target of every "where does it say this?"
// link. The text is escaped like everything else (a document may contain markup).
import { html } from '../html.js';
import { layout } from '../layout.js';
import { externalLink } from '../components.js';
import type { DocumentResponse } from '../../schemas/views.js';

export function renderDocumentPage(d: DocumentResponse, span: { start: number; end: number } | null): string {
  const text = d.text ?? '';
  const ok = span && span.start >= 0 && span.end > span.start && span.end <= text.length;
  const body = ok
    ? html`${text.slice(0, span.start)}<mark id="span">${text.slice(span.start, span.end)}</mark>${text.slice(span.end)}`
    : html`${text}`;
  return layout({
    title: d.title ?? d.source,
    body: html`<h1><span class="kind" data-kind="Document">Document</span> ${d.title ?? d.source}</h1>
<p class="muted">${/^https?:\/\//i.test(d.source) ? externalLink(d.source) : d.source} · ${d.mediaType}${d.date ? ` · ${d.date}` : ''} · ingested ${d.ingestedAt}</p>
<p><a href="/graph?focus=${encodeURIComponent(d.id)}">Graph view of what it mentions →</a></p>
${d.text === null ? html`<p class="muted">The text of this document is not stored.</p>` : html`<pre class="doc">${body}</pre>`}`,
  });
}
