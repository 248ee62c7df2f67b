// Small shared pieces of explorer markup: node links with kind badges, provenance quotes,
// link-status badges and pagers. Every value goes through `html` (escaped).
import { KIND_COLORS, pageHref } from '../kind-style.js';
import type { NodeSummaryView, ProvenanceView } from '../schemas/common.js';
import { href, html, isSafeLinkUrl, type SafeHtml } from './html.js';

export function kindBadge(kind: NodeSummaryView['kind']): SafeHtml {
  return html`<span class="kind" data-kind="${kind}">${kind}</span>`;
}

type NodeLike = Pick<NodeSummaryView, 'key' | 'kind' | 'label'> & { props?: Record<string, unknown> };

/** What to show for a node: its label, else its URL (an untitled source), else its key. */
export function labelOf(node: NodeLike): string {
  const url = node.props?.url;
  return node.label.trim() || (typeof url === 'string' && url) || node.key;
}

/** What to call a document: its title, else its file name (as its graph node is labelled), else its source. */
export function documentLabel(d: { title: string | null; source: string }): string {
  return d.title?.trim() || d.source.split(/[\\/]/).filter(Boolean).pop() || d.source;
}

/** A link to a node's page (plain text for kinds without pages), with its kind badge. */
export function nodeLink(node: NodeLike, opts: { badge?: boolean } = {}): SafeHtml {
  const target = pageHref(node.kind, node.key);
  const badge = opts.badge === false ? '' : kindBadge(node.kind);
  const label = labelOf(node);
  if (target) return html`${badge}<a href="${target}">${label}</a>`;
  // A web resource has no page of its own: its URL is the useful link.
  const url = node.props?.url;
  if (node.kind === 'WebResource' && typeof url === 'string' && isSafeLinkUrl(url)) return html`${badge}${externalLink(url, label)}`;
  return html`${badge}${label}`;
}

export function nodeList(nodes: readonly NodeSummaryView[], empty = 'None recorded.'): SafeHtml {
  if (!nodes.length) return html`<p class="muted">${empty}</p>`;
  return html`<ul class="plain">${nodes.map((n) => html`<li>${nodeLink(n)}${nodeDate(n)}</li>`)}</ul>`;
}

/** A person's organizations after their name in a list ("· OSCE, ODIHR and 2 more"). */
export function affiliationNote(affiliations: { organizations: readonly NodeLike[]; more: number } | undefined): SafeHtml {
  if (!affiliations?.organizations.length) return html``;
  return html` <span class="muted affiliations">· ${affiliations.organizations.map((o, i) => html`${i ? ', ' : ''}${labelOf(o)}`)}${affiliations.more ? ` and ${affiliations.more} more` : ''}</span>`;
}

/** A session's conference after its title in a list ("in 20th Conference of ..."). */
export function conferenceNote(conference: NodeLike | undefined): SafeHtml {
  return conference ? html` <span class="muted conference">in ${nodeLink(conference, { badge: false })}</span>` : html``;
}

/** An event's or document's date after its link: "Opening Session" alone says little in a list. */
export function nodeDate(node: NodeLike): SafeHtml {
  const date = node.props?.date;
  return (node.kind === 'Event' || node.kind === 'Document') && typeof date === 'string' && date ? html` <span class="muted date">${date}</span>` : html``;
}

/** Under a section cut at its limit: says the list is not complete (a very connected node). */
export function truncationNote(truncated: readonly string[], section: string): SafeHtml {
  return truncated.includes(section) ? html`<p class="muted truncated">Only the first ones are listed; there are more.</p>` : html``;
}

/** "Where does it say this?": each provenance entry quoted from the stored document text. */
export function provenance(entries: readonly ProvenanceView[]): SafeHtml {
  if (!entries.length) return html``;
  const shown = entries.slice(0, 5);
  return html`<details class="prov"><summary>Where does it say this? (${entries.length})</summary>
${shown.map((p) => html`<div><a href="${href(`/documents/${encodeURIComponent(p.documentId)}`, { start: p.start, end: p.end })}#span">${p.documentTitle ?? p.documentId}</a>, line ${p.line}${p.page ? html`, page ${p.page}` : ''} <span class="muted">(${p.extractor})</span>
${p.quote !== null ? html`<blockquote>${p.before ?? ''}<mark>${p.quote}</mark>${p.after ?? ''}</blockquote>` : ''}</div>`)}
${entries.length > shown.length ? html`<div class="muted">and ${entries.length - shown.length} more</div>` : ''}
</details>`;
}

/** An external URL: clickable only when http(s), always escaped. */
export function externalLink(url: string | null | undefined, text?: string): SafeHtml {
  if (!url) return html``;
  return isSafeLinkUrl(url) ? html`<a href="${url}" rel="noopener noreferrer nofollow">${text ?? url}</a>` : html`${text ?? url}`;
}

const BAD = new Set(['dead', 'soft-dead']);
const OK = new Set(['alive', 'moved']);

export function verdictBadge(verdict: string): SafeHtml {
  const cls = BAD.has(verdict) ? 'status-bad' : OK.has(verdict) ? 'status-ok' : verdict === 'unchecked' ? 'status-none' : 'status-warn';
  return html`<span class="${cls}">${verdict}</span>`;
}

/** Next-page link carrying the other query parameters. */
export function pager(path: string, query: Record<string, string | number | undefined>, nextCursor: string | null): SafeHtml {
  if (!nextCursor) return html``;
  return html`<p class="pager"><a rel="next" href="${href(path, { ...query, cursor: nextCursor })}">Next page →</a></p>`;
}

export function legend(): SafeHtml {
  return html`<div class="legend">${Object.entries(KIND_COLORS).map(([kind, color]) => html`<span><span class="swatch swatch-${kind}"></span>${kind}</span>`)}</div>`;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
}
