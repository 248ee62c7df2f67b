// Pages of a person, an organization and an event: what the graph knows, with links between
// entities and provenance quotes from the documents.
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { documentLabel, labelOf, externalLink, nodeLink, nodeList, provenance, truncationNote } from '../components.js';
import { pageHref } from '../../kind-style.js';
import type { DocumentRef, EventProfile, OrganizationProfile, PersonProfile } from '../../schemas/views.js';
import type { NodeSummaryView } from '../../schemas/common.js';

export function graphLink(node: NodeSummaryView): SafeHtml {
  // Without documents' mentions: through a document every entity it names is two hops away.
  return html`<p><a class="graph-link" href="/graph?focus=${encodeURIComponent(node.key)}&amp;depth=2&amp;excludeEdgeKinds=MENTIONS">Graph view of the neighbourhood →</a>
· <a class="path-link" href="/paths?from=${encodeURIComponent(node.key)}">How is it connected to …?</a></p>`;
}

export function documentList(docs: readonly DocumentRef[]): SafeHtml {
  if (!docs.length) return html`<p class="muted">None.</p>`;
  return html`<ul class="plain">${docs.map((d) => html`<li><a href="${pageHref('Document', d.id)}">${documentLabel(d)}</a> <span class="muted">${d.date ?? ''}</span></li>`)}</ul>`;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}
function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function renderPersonPage(p: PersonProfile): string {
  const roles = strs(p.node.props.roles);
  const aliases = strs(p.node.props.aliases).filter((a) => a !== p.node.label);
  const current = p.affiliations.filter((a) => a.current);
  const former = p.affiliations.filter((a) => !a.current);
  const affil = (list: PersonProfile['affiliations']) => list.length
    ? html`<ul class="plain">${list.map((a) => html`<li class="affiliation">${nodeLink(a.organization)}${a.partOf ? html` <span class="muted">(part of ${nodeLink(a.partOf, { badge: false })})</span>` : ''}${a.role ? html` — ${a.role}` : ''}${provenance(a.provenance)}</li>`)}</ul>`
    : html`<p class="muted">None recorded.</p>`;
  return layout({
    title: labelOf(p.node),
    body: html`<h1>${nodeLink(p.node, { badge: true })}</h1>
${roles.length ? html`<p>${roles.join('; ')}</p>` : ''}
${str(p.node.props.location) ? html`<p class="muted">${str(p.node.props.location)}</p>` : ''}
${aliases.length ? html`<p class="muted">Also written: ${aliases.join(', ')}</p>` : ''}
${provenance(p.provenance)}
${graphLink(p.node)}
<h2>Affiliations</h2>${affil(current)}
${former.length ? html`<h2>Former affiliations</h2>${affil(former)}` : ''}${truncationNote(p.truncated, 'affiliations')}
<h2>Sessions</h2>
${p.sessions.length ? html`<ul class="plain">${p.sessions.map((s) => html`<li>${nodeLink(s.event)} — <strong>${s.role}</strong>${s.tentative ? ' (tbc)' : ''}${s.partOf ? html` <span class="muted">in</span> ${nodeLink(s.partOf, { badge: false })}` : ''}${provenance(s.provenance)}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(p.truncated, 'sessions')}
<h2>Topics</h2>${nodeList(p.topics)}
${p.authored.length ? html`<h2>Authored</h2>${nodeList(p.authored)}${truncationNote(p.truncated, 'authored')}` : ''}
<h2>Documents</h2>${documentList(p.documents)}`,
  });
}

export function renderOrganizationPage(o: OrganizationProfile): string {
  const acronym = str(o.node.props.acronym);
  const aliases = strs(o.node.props.aliases).filter((a) => a !== o.node.label && a !== acronym);
  return layout({
    title: labelOf(o.node),
    body: html`<h1>${nodeLink(o.node)}${acronym ? html` <span class="muted">(${acronym})</span>` : ''}</h1>
${aliases.length ? html`<p class="muted">Also written: ${aliases.join(', ')}</p>` : ''}
${o.parent ? html`<p>Part of ${nodeLink(o.parent)}</p>` : ''}
${provenance(o.provenance)}
${graphLink(o.node)}
<h2>People</h2>
${o.people.length ? html`<ul class="plain">${o.people.map((x) => html`<li>${nodeLink(x.person)}${x.role ? html` — ${x.role}` : ''}${x.current ? '' : html` <span class="muted">(former)</span>`}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(o.truncated, 'people')}
${o.unitPeople.length ? html`<h2>People of its units</h2>
<ul class="plain">${unitPeopleByPerson(o.unitPeople).map((x) => html`<li class="unit-person">${nodeLink(x.person)} <span class="muted">·</span> ${x.units.map((u, i) => html`${i ? '; ' : ''}${nodeLink(u.unit, { badge: false })}${u.role ? html` — ${u.role}` : ''}${u.current ? '' : html` <span class="muted">(former)</span>`}`)}</li>`)}</ul>
${truncationNote(o.truncated, 'unitPeople')}` : ''}
<h2>Sub-units</h2>${nodeList(o.subUnits)}${truncationNote(o.truncated, 'subUnits')}
<h2>Events convened</h2>${nodeList(o.eventsConvened)}${truncationNote(o.truncated, 'eventsConvened')}
<h2>Sources published</h2>${nodeList(o.sourcesPublished)}${truncationNote(o.truncated, 'sourcesPublished')}
<h2>Topics its people speak on</h2>
${o.speakerTopics.length ? html`<ul class="plain">${o.speakerTopics.map((t) => html`<li class="speaker-topic">${nodeLink(t.topic)} <span class="muted">(${t.sessions} session${t.sessions === 1 ? '' : 's'})</span> — ${t.speakers.map((p, i) => html`${i ? ', ' : ''}${nodeLink(p, { badge: false })}`)}${t.speakerCount > t.speakers.length ? html` <span class="muted">and ${t.speakerCount - t.speakers.length} more</span>` : ''}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
<h2>Documents</h2>${documentList(o.documents)}`,
  });
}

/** "2020-07-21 11:30–13:00 GMT+2" from an event's props (a time zone only with a time). */
function when(p: Record<string, unknown>): string {
  const time = str(p.startTime) ? `${str(p.startTime)}${str(p.endTime) ? `–${str(p.endTime)}` : ''}` : null;
  return [str(p.date), time, time ? str(p.timezone) : null].filter(Boolean).join(' ');
}

export function renderEventPage(e: EventProfile): string {
  const p = e.node.props;
  return layout({
    title: labelOf(e.node),
    body: html`<h1>${nodeLink(e.node)}</h1>
<p>${str(p.eventKind) ?? 'event'}${when(p) ? html` · ${when(p)}` : ''}${str(p.platform) ? html` · ${str(p.platform)}` : ''}</p>
${e.partOf ? html`<p>Part of ${nodeLink(e.partOf)}</p>` : ''}
${str(p.registrationUrl) ? html`<p>Registration: ${externalLink(str(p.registrationUrl))}</p>` : ''}
${provenance(e.provenance)}
${graphLink(e.node)}
<h2>Convened by</h2>${e.convenors.length || !e.conferenceConvenors.length || !e.partOf ? nodeList(e.convenors) : html`${nodeList(e.conferenceConvenors)}<p class="muted">as convenors of ${nodeLink(e.partOf, { badge: false })}</p>`}
${e.participants.length || !e.sessionParticipants.length ? html`<h2>Participants</h2>
${e.participants.length ? html`<ul class="plain">${e.participants.map((x) => html`<li>${nodeLink(x.person)} — <strong>${x.role}</strong>${x.tentative ? ' (tbc)' : ''}${x.organizations.length ? html` <span class="muted">·</span> ${x.organizations.map((o, i) => html`${i ? ', ' : ''}${nodeLink(o, { badge: false })}`)}` : ''}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(e.truncated, 'participants')}` : ''}
${e.sessions.length ? html`<h2>Sessions</h2><ul class="plain">${e.sessions.map((s) => html`<li>${nodeLink(s)}${when(s.props) ? html` <span class="muted">${when(s.props)}</span>` : ''}</li>`)}</ul>${truncationNote(e.truncated, 'sessions')}` : ''}
${e.sessionParticipants.length ? html`<h2>Participants in its sessions</h2>
<ul class="plain">${e.sessionParticipants.map((x) => html`<li class="session-participant">${nodeLink(x.person)} <span class="muted">(${x.sessions} session${x.sessions === 1 ? '' : 's'})</span></li>`)}</ul>
${truncationNote(e.truncated, 'sessionParticipants')}` : ''}
<h2>Topics</h2>${nodeList(e.topics)}
<h2>Cites</h2>
${e.citations.length ? html`<ul class="plain">${e.citations.map((c) => html`<li>[${c.marker}] ${nodeLink(c.source)}${c.context ? html`<blockquote>${c.context}</blockquote>` : ''}${provenance(c.provenance)}</li>`)}</ul>` : html`<p class="muted">None recorded.</p>`}
${truncationNote(e.truncated, 'citations')}
<h2>Documents</h2>${documentList(e.documents)}`,
  });
}

/** People of an organization's units, one entry per person with each unit they belong to. */
function unitPeopleByPerson(rows: OrganizationProfile['unitPeople']): Array<{ person: NodeSummaryView; units: OrganizationProfile['unitPeople'] }> {
  const byKey = new Map<string, { person: NodeSummaryView; units: OrganizationProfile['unitPeople'] }>();
  for (const r of rows) {
    const entry = byKey.get(r.person.key) ?? { person: r.person, units: [] };
    entry.units.push(r);
    byKey.set(r.person.key, entry);
  }
  return [...byKey.values()];
}
