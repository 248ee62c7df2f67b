// Citations: footnote/endnote blocks linked to their in-text markers (Unicode superscripts, [1], [^1], and the
// loader's noteRefs from <sup>/DOCX), parsed into issuer/authors/year/date/title/URL, with the citing
// sentence and the session it sits in. A note holding only a URL takes its title from the citing sentence.
import type { Citation } from '../../src/extraction.js';
import { SUPERSCRIPT_CLASS, superscriptToAscii } from '../loaders/plain-blocks.js';
import type { ExtractContext } from './context.js';
import { isIbidNote } from './note-forms.js';
import { hasOrgWord, parseNote } from './note-parse.js';
import { isInstrumentName } from './org-instruments.js';
import { looksLikeOrgName } from './org-names.js';
import type { OrgRegistry } from './organizations.js';
import type { PeopleCollector } from './people.js';
import { parsePersonName } from './names.js';
import { sentenceSpans, squash } from './text-utils.js';

interface Ref { marker: string; start: number; end: number }

/** "Terre des Hommes", "Human Rights Watch": capitalised words (connectors allowed), not a person's name. */
function isTitleCaseName(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length <= 8 && !parsePersonName(s) && /^\p{Lu}/u.test(s) && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:of|for|and|on|in|against|the|de|des|du|la|le|to|&)$/.test(w)));
}

/**
 * The most specific body among the known names in an issuer phrase: "OSCE Office of the Special
 * Representative ..." is the Office, not the OSCE (a body written straight after another is a part of it).
 */
function mostSpecific(agent: string, at: number, known: Array<{ key: string; start: number; end: number }>): string {
  let k = 0;
  while (k + 1 < known.length && /^(?:\s+|['’]s\s+)$/.test(agent.slice(known[k].end - at, known[k + 1].start - at))) k++;
  return known[k].key;
}

/** In-text note markers: loader noteRefs plus superscripts, [^n] and [n] found in non-note blocks. */
export function findNoteRefs(ctx: ExtractContext, markers: Set<string>): Ref[] {
  const refs: Ref[] = [...ctx.doc.noteRefs];
  const sup = new RegExp(`[${SUPERSCRIPT_CLASS}]+`, 'gu');
  for (const u of ctx.units) {
    if (u.kind === 'footnote') continue;
    const t = ctx.text.slice(u.start, u.end);
    for (const m of t.matchAll(sup)) refs.push({ marker: superscriptToAscii(m[0]), start: u.start + m.index!, end: u.start + m.index! + m[0].length });
    for (const m of t.matchAll(/\[\^([\w-]{1,10})\]|\[(\d{1,3}|[ivxlc]{1,6})\]/g)) {
      const marker = m[1] ?? m[2];
      if (markers.has(marker)) refs.push({ marker, start: u.start + m.index!, end: u.start + m.index! + m[0].length });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** The quoted title right before a marker: ... "Recommendations on Policing in Multi-Ethnic Societies"² */
function quotedBefore(text: string, at: number): { title: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 400), at);
  const m = /[“"]([^“”"]{4,380})[”"]\s*[,;.]?\s*$/.exec(before);
  return m ? { title: m[1].replace(/\*/g, '').trim(), start: at - before.length + m.index } : null;
}

export function extractCitations(ctx: ExtractContext, orgs: OrgRegistry, people: PeopleCollector, sessionAt: (unit: number) => string | null, unitAt: (offset: number) => number): Citation[] {
  const notes = ctx.units.filter((u) => u.kind === 'footnote' && u.marker !== undefined);
  const refs = findNoteRefs(ctx, new Set(notes.map((n) => n.marker!)));
  const out: Citation[] = [];
  const used = new Set<string>();
  for (const n of notes) {
    const marker = n.marker!;
    const noteText = ctx.text.slice(n.start, n.end);
    const p = parseNote(noteText, (x) => orgs.isKnown(x) || looksLikeOrgName(x, true));
    const ref = refs.find((r) => r.marker === marker && !used.has(`${r.start}`));
    if (ref) used.add(`${ref.start}`);
    let context: string | null = null;
    let sentenceStart = -1;
    if (ref) {
      const u = ctx.units[unitAt(ref.start)];
      const span = sentenceSpans(ctx.text, u.start, u.end).find(([s, e]) => s <= ref.start && ref.start < e + 1);
      if (span) { context = squash(ctx.text.slice(span[0], span[1])); sentenceStart = span[0]; }
    }
    let issuerKey: string | null = null;
    if (p.agent && !isIbidNote(noteText)) {
      const at0 = n.start + Math.max(0, noteText.indexOf(p.agent));
      const whole = orgs.lookup(p.agent);
      const known = whole ? [] : orgs.scan(p.agent, at0, 'citations');
      if (whole) { issuerKey = whole; orgs.mention(whole, at0, at0 + p.agent.length, 'citations'); }
      // "United Nations Human Rights Council": the whole name, not the first body inside it
      else if (known.length && !/,|\sand\s|&/.test(p.agent) && /^(?:\p{Lu}[\p{L}\p{N}'’-]*|of|for|on|the|and|against)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|for|on|the|and|against))+$/u.test(p.agent) && known[0].name.length < p.agent.length) {
        issuerKey = orgs.register(p.agent, { start: at0, end: at0 + p.agent.length, extractor: 'citations', parent: known[0].start === at0 ? orgs.displayName(known[0].key) : null });
      }
      else if (known.length) issuerKey = mostSpecific(p.agent, at0, known);
      else if (isInstrumentName(p.agent) || isIbidNote(p.agent)) issuerKey = null;
      else if (looksLikeOrgName(p.agent, true) || /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(p.agent) || isTitleCaseName(p.agent) || (hasOrgWord(p.agent) && /^(?:\p{Lu}[\p{L}'’-]*\s?){2,6}$/u.test(p.agent))) {
        const at = n.start + Math.max(0, noteText.indexOf(p.agent));
        issuerKey = orgs.register(p.agent, { start: at, end: at + p.agent.length, extractor: 'citations' });
      }
    }
    let title = p.title;
    if ((p.urlOnly || !title) && ref) {
      const q = quotedBefore(ctx.text, ref.start);
      if (q) {
        title = q.title;
        // the issuer is the organization named nearest before the quoted title in the same sentence
        if (!issuerKey && sentenceStart >= 0) {
          const found = orgs.scan(ctx.masked.slice(sentenceStart, q.start), sentenceStart, 'citations', { headWords: false });
          if (found.length) issuerKey = found[found.length - 1].key;
        }
      }
    }
    if (!issuerKey && p.lead && !p.authors.length) {
      const found = orgs.scan(p.lead, n.start + Math.max(0, noteText.indexOf(p.lead)), 'citations', { headWords: false });
      if (found.length) issuerKey = found[0].key;
    }
    if (isIbidNote(noteText)) issuerKey = null;
    // "Council of Europe Convention on ...": an instrument's issuer is the body its name starts with
    if (!issuerKey && title && isInstrumentName(title)) {
      const lead = orgs.scan(title, n.start + Math.max(0, noteText.indexOf(title)), 'citations', { headWords: false })[0];
      if (lead && lead.start === n.start + Math.max(0, noteText.indexOf(title))) issuerKey = lead.key;
    }
    const session = sessionAt(ref ? unitAt(ref.start) : n.index);
    for (const a of p.authors) {
      const at = noteText.indexOf(a);
      people.add(ctx, { name: a, honorific: null, roles: ['author'], affiliations: [], location: null, tentative: false, start: n.start + Math.max(0, at), end: n.start + Math.max(0, at) + a.length }, 'author', null, 'citations');
    }
    // "Ibid., p. 47": the same work as the note before
    const prev = out[out.length - 1];
    const ibid = prev && isIbidNote(noteText) ? prev : null;
    let id = `cite:${marker}`;
    for (let k = 2; out.some((c) => c.id === id); k++) id = `cite:${marker}-${k}`;
    out.push({
      id, marker,
      issuer: ibid ? ibid.issuer : issuerKey ? orgs.displayName(issuerKey) : null,
      authors: ibid ? ibid.authors : p.authors,
      year: ibid ? ibid.year : p.year ?? (p.date ? +p.date.slice(0, 4) : null),
      date: ibid ? ibid.date : p.date,
      title: ibid ? ibid.title : title,
      url: ibid ? p.url ?? ibid.url : p.url,
      session,
      context,
      note: squash(noteText),
      provenance: [ctx.prov(n.start, n.end, 'citations'), ...(ref ? [ctx.prov(ref.start, ref.end, 'citations')] : [])],
    });
  }
  return out;
}
