// Pages of a cited source (who cites it with the citing sentence, link status and history, the
// archived copy, co-cited sources) and of a topic (events, speakers and their organizations).
import { html } from '../html.js';
import { layout } from '../layout.js';
import { conferenceNote, documentLabel, labelOf, externalLink, formatTime, nodeDate, nodeLink, nodeList, provenance, truncationNote, verdictBadge } from '../components.js';
import type { NodeSummaryView } from '../../schemas/common.js';
import { documentList, graphLink } from './entity-pages.js';
import { pageHref } from '../../kind-style.js';
import type { CoCitedResponse, SourceProfile, TopicProfile } from '../../schemas/views.js';

export function renderSourcePage(s: SourceProfile, coCited: CoCitedResponse): string {
  const p = s.node.props;
  const authors = Array.isArray(p.authors) ? (p.authors as string[]) : [];
  return layout({
    title: labelOf(s.node),
    body: html`<h1>${nodeLink(s.node)}</h1>
<p>${[typeof p.issuer === 'string' ? p.issuer : null, authors.length ? authors.join(', ') : null, p.year ?? p.date ?? null].filter(Boolean).join(' · ')}</p>
${provenance(s.provenance)}
${graphLink(s.node)}
<h2>Link status</h2>
${s.links.length ? s.links.map((l) => html`<div class="link-state">
<p>${externalLink(l.url)} — ${verdictBadge(l.verdict)} <span class="muted">(${l.status}${l.httpStatus ? `, HTTP ${l.httpStatus}` : ''})</span></p>
<p class="muted">Last checked ${formatTime(l.checkedAt)} · last alive ${formatTime(l.lastAliveAt)}${l.trend !== 'unchecked' ? ` · ${l.trend}` : ''}</p>
${l.finalUrl && l.finalUrl !== l.url ? html`<p>Now at ${externalLink(l.finalUrl)}</p>` : ''}
${l.archived ? html`<p>Archived copy: ${externalLink(l.archived.url)} <span class="muted">(${l.archived.timestamp})</span></p>` : ''}
${l.history.length ? html`<details><summary>History (${l.history.length} checks)</summary><table><thead><tr><th>Checked</th><th>Status</th><th>Verdict</th><th>HTTP</th></tr></thead><tbody>
${l.history.map((h) => html`<tr><td>${formatTime(h.checkedAt)}</td><td>${h.status}</td><td>${verdictBadge(h.verdict)}</td><td>${h.httpStatus ?? ''}</td></tr>`)}
</tbody></table></details>` : ''}
</div>`) : html`<p class="muted">No URL recorded for this source.</p>`}
<h2>Cited by</h2>
${s.citedBy.length ? html`<ul class="plain">${citingPassages(s.citedBy).map((c) => html`<li class="citation">${c.citers.map((n, i) => html`${i ? html` <span class="muted">·</span> ` : ''}${nodeLink(n)}`)} [${c.marker}]${c.document && !c.citers.some((n) => n.key === c.document!.id) ? html` <span class="muted">in</span> <a href="${pageHref('Document', c.document.id)}">${documentLabel(c.document)}</a>` : ''}
${c.context ? html`<blockquote class="citing-sentence">${c.context}</blockquote>` : ''}${provenance(c.provenance)}</li>`)}</ul>` : html`<p class="muted">Not cited.</p>`}
${truncationNote(s.truncated, 'citedBy')}
<h2>Published by</h2>${nodeList(s.publishers)}
${s.authors.length ? html`<h2>Authors</h2>${nodeList(s.authors)}` : ''}
<h2>Co-cited with</h2>
${coCited.items.length ? html`<ul class="plain">${coCited.items.map((c) => html`<li>${nodeLink(c.source)} <span class="muted">(${c.count}×)</span></li>`)}</ul>` : html`<p class="muted">No other source is cited together with this one.</p>`}
${coCited.nextCursor ? html`<p class="muted truncated">Only the first ${coCited.items.length} are listed; <a href="${`/api/v1/sources/${encodeURIComponent(s.node.key)}/co-cited?limit=100`}">all of them (JSON)</a>.</p>` : ''}`,
  });
}

export function renderTopicPage(t: TopicProfile, conferences: ReadonlyMap<string, NodeSummaryView> = new Map()): string {
  return layout({
    title: labelOf(t.node),
    body: html`<h1>${nodeLink(t.node)}</h1>
${graphLink(t.node)}
<h2>Events</h2>
${t.events.length ? html`<ul class="plain">${t.events.map((e) => html`<li>${nodeLink(e)}${nodeDate(e)}${conferenceNote(conferences.get(e.key))}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(t.truncated, 'events')}
<h2>Speakers</h2>
${t.speakers.length ? html`<ul class="plain">${t.speakers.map((s) => html`<li class="topic-speaker">${nodeLink(s.person)} <span class="muted">(${s.sessions} session${s.sessions === 1 ? '' : 's'})</span>${s.organizations.length ? html` <span class="muted">·</span> ${s.organizations.map((o, i) => html`${i ? ', ' : ''}${nodeLink(o, { badge: false })}`)}` : ''}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(t.truncated, 'speakers')}
<h2>Organizations</h2>
${t.organizations.length ? html`<ul class="plain">${t.organizations.map((o) => html`<li>${nodeLink(o.organization)} <span class="muted">(${o.people} ${o.people === 1 ? 'speaker' : 'speakers'})</span></li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(t.truncated, 'organizations')}
${t.sources.length ? html`<h2>Sources</h2>${nodeList(t.sources)}` : ''}
<h2>Sources cited on it</h2>
${t.citedSources.length ? html`<ul class="plain">${t.citedSources.map((c) => html`<li class="cited-source">${nodeLink(c.source)} <span class="muted">(cited by ${c.citers} ${c.citers === 1 ? 'document or session' : 'documents or sessions'} about it)</span></li>`)}</ul>` : html`<p class="muted">No document or session about it cites a source.</p>`}
<h2>Documents</h2>${documentList(t.documents)}`,
  });
}

type Citation = SourceProfile['citedBy'][number];

/**
 * One entry per citing passage: a session's citation and its document's are the same sentence of
 * the same document (same marker), so they are listed once, with both citers.
 */
function citingPassages(list: readonly Citation[]): Array<Omit<Citation, 'citer'> & { citers: Array<Citation['citer']> }> {
  const byPassage = new Map<string, Omit<Citation, 'citer'> & { citers: Array<Citation['citer']> }>();
  for (const c of list) {
    const key = [c.document?.id ?? c.citer.key, c.marker, c.context ?? ''].join('\u0000');
    const seen = byPassage.get(key);
    if (!seen) {
      byPassage.set(key, { document: c.document, marker: c.marker, context: c.context, provenance: [...c.provenance], citers: [c.citer] });
      continue;
    }
    if (!seen.citers.some((n) => n.key === c.citer.key)) seen.citers.push(c.citer);
    for (const p of c.provenance) if (!seen.provenance.some((q) => q.documentId === p.documentId && q.start === p.start)) seen.provenance.push(p);
  }
  // the document first, then its sessions
  for (const g of byPassage.values()) g.citers.sort((a, b) => Number(b.kind === 'Document') - Number(a.kind === 'Document'));
  return [...byPassage.values()];
}
