// The home page (counts and entry points), search results and the per-kind list pages.
import { NODE_KINDS } from '../../../src/graph-model.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { affiliationNote, conferenceNote, nodeDate, nodeLink, pager } from '../components.js';
import type { NodeSummaryView } from '../../schemas/common.js';
import type { ListedAffiliations } from '../../services/person-affiliations.js';
import type { NodeList, SearchResponse, StatsResponse } from '../../schemas/views.js';

const LISTS = [
  ['people', 'People', 'Person'], ['organizations', 'Organizations', 'Organization'], ['events', 'Events', 'Event'],
  ['sources', 'Sources', 'Source'], ['topics', 'Topics', 'Topic'], ['documents', 'Documents', 'Document'],
] as const;

/** What lists show beside a name: a person's organizations, a session's conference. */
export interface ListContext {
  affiliations?: ReadonlyMap<string, ListedAffiliations>;
  conferences?: ReadonlyMap<string, NodeSummaryView>;
  /** Topics matching the query, named above the results. */
  topics?: readonly NodeSummaryView[];
}

export function renderHomePage(stats: StatsResponse): string {
  return layout({
    title: 'Search',
    body: html`<h1>Who cites what, who spoke for whom</h1>
<form class="search big" action="/search" method="get">
<input type="search" name="q" placeholder="Person, organization, event, source, topic" aria-label="Search" autofocus>
<button type="submit">Search</button>
</form>
<h2>Browse</h2>
<ul class="plain">${LISTS.map(([path, label, kind]) => html`<li><a href="/${path}">${label}</a> <span class="muted">(${kind === 'Document' ? stats.documents : stats.nodes[kind] ?? 0})</span></li>`)}</ul>
<p><a href="/links">Link-rot dashboard</a> · <a href="/api/docs">JSON API</a></p>
<p class="muted">${stats.totalNodes} nodes, ${stats.totalEdges} edges, ${stats.linkChecks} link checks.</p>`,
  });
}

/**
 * Letters and digits only, lower-case, no accents: the matched alias is a normalised form of a name.
 * Only a whole-name match (score 2-3: an acronym, an alias) is worth naming; a word match's alias is noise.
 */
function squashed(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function renderSearchPage(q: string, kind: string | undefined, result: SearchResponse | null, context: ListContext = {}): string {
  const { affiliations = new Map(), conferences = new Map() } = context;
  return layout({
    title: q ? `Search: ${q}` : 'Search',
    query: q,
    body: html`<h1>Search</h1>
<form class="filters" action="/search" method="get">
<label>Name, alias or acronym <input type="search" name="q" value="${q}" required></label>
<label>Kind <select name="kind"><option value="">any</option>${NODE_KINDS.map((k) => html`<option value="${k}"${k === kind ? ' selected' : ''}>${k}</option>`)}</select></label>
<button type="submit">Search</button>
</form>
${context.topics?.length ? html`<p class="topics-found">Topics: ${context.topics.map((t, i) => html`${i ? ', ' : ''}${nodeLink(t, { badge: false })}`)}</p>` : ''}
${result === null ? '' : result.items.length
    ? html`<ul class="plain results">${result.items.map((h) => html`<li class="result">${nodeLink(h.node)}${nodeDate(h.node)}${affiliationNote(affiliations.get(h.node.key))}${conferenceNote(conferences.get(h.node.key))}${h.matched && h.score > 1 && squashed(h.matched) !== squashed(h.node.label) ? html` <span class="muted">(matched “${h.matched}”)</span>` : ''}</li>`)}</ul>
${pager('/search', { q, kind }, result.nextCursor)}`
    : html`<p class="muted">Nothing found for “${q}”.</p>`}`,
  });
}

export function renderListPage(path: string, title: string, list: NodeList, context: ListContext = {}): string {
  const { affiliations = new Map(), conferences = new Map() } = context;
  return layout({
    title,
    body: html`<h1>${title}</h1>
${list.items.length ? html`<ul class="plain">${list.items.map((n) => html`<li>${nodeLink(n)}${nodeDate(n)}${affiliationNote(affiliations.get(n.key))}${conferenceNote(conferences.get(n.key))}</li>`)}</ul>` : html`<p class="muted">None yet.</p>`}
${pager(path, {}, list.nextCursor)}`,
  });
}
