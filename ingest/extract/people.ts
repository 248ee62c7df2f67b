// People and their participation: role headings ("Opening Remarks:", "Speakers:") over bullet lists,
// "Moderator: Name, Title, Org" lines, and prose ("With welcoming remarks from A, Title, and B, Title";
// "Speakers include X, Title at Org, and Y"). Each person is merged by name across the document.
import type { SessionRole } from '../../src/extraction.js';
import type { ExtractContext } from './context.js';
import type { OrgRegistry } from './organizations.js';
import { groupEntryLines, namesPerson, startsEntry, stripBullet, type EntryLine } from './entry-lines.js';
import type { PeopleCollector } from './people-collector.js';
import { splitPeopleList } from './people-list.js';
import { mentionedPeople } from './people-mentions.js';
import { parsePersonEntry, startsWithPerson } from './person-entry.js';
import { orgLead, registerOrgLead } from './person-org-lead.js';
import { sentenceSpans, squash, squashHead, hasWords } from './text-utils.js';

export { PeopleCollector, type PersonRecord } from './people-collector.js';
export { splitPeopleList } from './people-list.js';

/** Map a role label to a session role, or null when the label is not a role. */
export function roleFromLabel(label: string): SessionRole | null {
  const l = label.toLowerCase();
  if (/welcom|opening|introductory|welcome/.test(l)) return 'opening';
  if (/closing|concluding|final remarks|wrap/.test(l)) return 'closing';
  if (/keynote/.test(l)) return 'keynote';
  if (/moderat|^chairs?\b|chaired|facilitat|^chairperson/.test(l)) return 'moderator';
  if (/discussant/.test(l)) return 'discussant';
  if (/present/.test(l)) return 'presenter';
  if (/^(?:author|prepared by|written by|editors?)/.test(l)) return 'author';
  if (/speaker|panel|intervention|contributor|featuring|guest|interlocutor|resource person|participants? include/.test(l)) return 'speaker';
  return null;
}

const ROLE_LABEL = /^((?:[A-Za-z&\-]+\s){0,5}[A-Za-z&\-]+)\s*(?::|–|—|-(?=\s)|\|(?=\s))\s*([\s\S]*)$/;
const PROSE_TRIGGERS: Array<[RegExp, SessionRole]> = [
  [/\b(?:welcoming|opening|introductory|welcome)\s+(?:remarks|address|words|speech|statements?)\s+(?:will\s+be\s+(?:delivered|given)\s+)?(?:from|by)\s+/gi, 'opening'],
  [/\b(?:closing|concluding)\s+(?:remarks|address|words|statements?)\s+(?:will\s+be\s+(?:delivered|given)\s+)?(?:from|by)\s+/gi, 'closing'],
  [/\bkeynote\s+(?:address|speech|remarks)?\s*(?:from|by)\s+/gi, 'keynote'],
  [/\b(?:moderated|chaired|facilitated)\s+by\s+/gi, 'moderator'],
  [/\bpresented\s+by\s+/gi, 'presenter'],
  [/\b(?:will\s+be\s+)?opened\s+by\s+/gi, 'opening'],
  [/\b(?:welcome|welcoming)\s+(?:address\s+|words\s+)?by\s+/gi, 'opening'],
  [/\b(?:will\s+be\s+)?closed\s+by\s+/gi, 'closing'],
  [/\b(?:comments|responses|reactions|a response)\s+(?:will\s+be\s+)?(?:offered|given|provided|made)\s+by\s+/gi, 'discussant'],
  [/\b(?:speakers|panel(?:l)?ists|presenters|discussants|participants)\s+(?:will\s+)?(?:include|includes|including|are|will be)\s*:?\s+/gi, 'speaker'],
  [/\b(?:the\s+)?panel\s+(?:will\s+)?(?:include|features?|brings together)\s*:?\s+/gi, 'speaker'],
  [/\b(?:featuring|with\s+(?:interventions|contributions|presentations)\s+(?:from|by))\s+/gi, 'speaker'],
];

/** Default role of the people listed under an agenda slot, from the slot's title. */
function slotRole(title: string): SessionRole | null {
  if (/^(?:welcom|opening|introduct)/i.test(title)) return 'opening';
  if (/^(?:closing|conclu)/i.test(title)) return 'closing';
  if (/^keynote/i.test(title)) return 'keynote';
  return null;
}

// "Moderator: A, Title. Presentations: B; C" - a label starts the text, follows a sentence end, or a table cell bar
const SEGMENT_LABEL = /(?:^|(?<=[.;|–—])\s+|(?<=\n)[ \t]*)(\p{Lu}[\p{L}&-]*(?:[ \t][\p{L}&-]+){0,4})[ \t]*:(?:\s+|$)/gu;

/** Split text into [role, value, offset] segments at role labels; text before the first label gets `fallback`. */
export function labelledSegments(text: string, offset: number, fallback: SessionRole | null): Array<[SessionRole | null, string, number]> {
  const marks: Array<{ at: number; valueAt: number; role: SessionRole }> = [];
  for (const m of text.matchAll(SEGMENT_LABEL)) {
    const role = roleFromLabel(m[1]);
    if (role) marks.push({ at: m.index!, valueAt: m.index! + m[0].length, role });
  }
  const out: Array<[SessionRole | null, string, number]> = [];
  const firstAt = marks.length ? marks[0].at : text.length;
  if (text.slice(0, firstAt).trim()) out.push([fallback, text.slice(0, firstAt), offset]);
  marks.forEach((mk, k) => {
    const end = k + 1 < marks.length ? marks[k + 1].at : text.length;
    out.push([mk.role, text.slice(mk.valueAt, end), offset + mk.valueAt]);
  });
  return out;
}

/** Longest people list read from one sentence or cell. */
const MAX_LIST_CHARS = 20_000;


/** Walk the blocks and collect people with their session roles. */
export function extractPeople(ctx: ExtractContext, orgs: OrgRegistry, people: PeopleCollector, sessionAt: (unit: number) => string | null, sessionStarts: Map<number, string>): void {
  let role: SessionRole | null = null;
  const isOrg = (s: string) => orgs.isKnown(s);
  const addList = (text: string, offset: number, r: SessionRole | null, unit: number) => {
    // a speaker list has tens of names, not thousands: bound the work on degenerate input
    for (const [entry, off] of splitPeopleList(text.slice(0, MAX_LIST_CHARS), offset, isOrg)) {
      const d = parsePersonEntry(entry, off, orgs);
      if (d) people.add(ctx, d, r, r ? sessionAt(unit) : null, 'people');
    }
  };
  /** Entries (one per line group) under the current role; a labelled entry ("Chair: X") has its own role. */
  const addEntries = (entries: EntryLine[], unit: number): boolean => {
    let any = false;
    for (const e of entries) {
      // "… of trafficking – Chair: Ms. A, Org. Speakers: B (X); C (Y)": role labels inside a wrapped slot line
      const inner = labelledSegments(e.text, e.offset, null);
      if (inner.length > 1 || (inner.length === 1 && inner[0][0] && inner[0][2] > e.offset + (e.text.length - e.text.trimStart().length))) {
        for (const [r, v, o] of inner) if ((r ?? role) && v.trim()) { addList(v, o, r ?? role, unit); any = true; }
        if (inner.some(([r]) => r)) continue;
      }
      const lm = ROLE_LABEL.exec(e.text.trim());
      const lr = lm ? roleFromLabel(squash(lm[1])) : null;
      if (lr && lm![1].split(/\s+/).length <= 6) {
        // "Chair – Dr. A, ...": after a dash or bar label the value starts past the separator
        const trimmed = e.text.trimEnd();
        const lead = /^[^:]*:/.test(lm![0].slice(0, lm![0].length - lm![2].length)) ? e.text.length - e.text.trimStart().length : trimmed.length - lm![2].length;
        for (const [r, v, o] of labelledSegments(e.text.slice(lead), e.offset + lead, lr)) if (v.trim()) { addList(v, o, r, unit); any = true; }
        if (!lm![2].trim()) role = lr;
        continue;
      }
      let d = parsePersonEntry(e.text, e.offset, orgs);
      // "Terre des Hommes: Lena Marquardt-Sousa, Child Protection Adviser": the organization leads the entry
      const lead = !d ? orgLead(e.text) : null;
      if (lead) {
        d = parsePersonEntry(e.text.slice(lead.personAt), e.offset + lead.personAt, orgs);
        if (d) {
          const keys = registerOrgLead(lead, e.offset, orgs).filter((k) => !d!.affiliations.some((a) => a.key === k));
          d.affiliations.unshift(...keys.map((key) => ({ key, organization: orgs.displayName(key), role: d!.roles[0] ?? null, current: true })));
        }
      }
      // "Item 1 – Ms. A, Title, Org": a numbered item or other short lead before a dash names no one
      const dash = !d && !lead ? /^\s*[\p{L}\p{N}.&' ]{1,40}?\s[-–—|]\s+/u.exec(e.text) : null;
      if (dash && startsWithPerson(e.text.slice(dash[0].length))) d = parsePersonEntry(e.text.slice(dash[0].length), e.offset + dash[0].length, orgs);
      if (d) { people.add(ctx, d, role ?? 'speaker', sessionAt(unit), 'people'); any = true; }
    }
    return any;
  };
  /** People lists after trigger phrases ("moderated by", "Speakers include") in the sentences of [start, end). */
  let dangling: SessionRole | null = null;
  const proseIn = (start: number, end: number, unit: number): boolean => {
    let prose = false;
    for (const [s, e] of sentenceSpans(ctx.masked, start, end)) {
      const sentence = ctx.masked.slice(s, e);
      for (const [re, r] of PROSE_TRIGGERS) {
        re.lastIndex = 0;
        // a trigger may end the span ("— facilitated by" at the end of a line)
        const m = re.exec(sentence + ' ');
        if (!m) continue;
        const from = Math.min(e, s + m.index + m[0].length);
        // the list runs to the end of the sentence (or line), or to the next trigger
        let to = e;
        const nl = ctx.masked.indexOf('\n', from);
        if (nl >= 0 && nl < to && ctx.masked.slice(from, nl).trim() && startsEntry(ctx.masked.slice(nl + 1, nl + 200).split('\n')[0])) to = nl;
        for (const [re2] of PROSE_TRIGGERS) {
          re2.lastIndex = 0;
          const m2 = re2.exec(ctx.masked.slice(from, to));
          if (m2) to = Math.min(to, from + m2.index);
        }
        const list = ctx.masked.slice(from, to).replace(/[.;:\s]+$/, '');
        addList(list, from, r, unit);
        // "A. Workshop title — facilitated by" over the line "Ms. A, Title, Org": the trigger's people follow
        if (!list.trim()) dangling = r;
        prose = true;
      }
    }
    return prose;
  };
  /** The lines of a block after its first: entries, labelled entries, or prose with triggers. */
  const addLines = (raw: string, offset: number, unit: number) => {
    const g = groupEntryLines(raw, offset);
    let pending: SessionRole | null = null;
    for (const e of g.lead ? [g.lead, ...g.entries] : g.entries) {
      dangling = null;
      if (!proseIn(e.offset, e.offset + e.text.length, unit)) {
        const keep = role;
        if (pending) role = pending;
        addEntries([e], unit);
        role = keep;
      }
      pending = dangling;
    }
  };
  for (const u of ctx.units) {
    if (u.kind === 'footnote') continue;
    const t = squashHead(u.text);
    const raw = ctx.masked.slice(u.start, u.end);
    if (sessionStarts.has(u.index)) {
      const title = sessionStarts.get(u.index)!;
      // "Q&A and closing remarks", "Presentation of the report": a short slot title names its people's role
      role = slotRole(title) ?? (title.split(/\s+/).length <= 6 ? roleFromLabel(title) : null);
      // an agenda table row: "time | title | people"
      const bar = raw.indexOf(' | ', raw.indexOf(title.slice(0, 20)) + 1);
      if (raw.includes(' | ') && bar > 0) {
        const from = bar + 3;
        for (const [r, v, o] of labelledSegments(raw.slice(from), u.start + from, role ?? 'speaker')) addList(v, o, r, u.index);
      } else if (raw.includes('\n')) {
        // "9.30  Welcome\n  Mrs. A, Title, Org": the people under the slot's title (lines, labels or prose)
        const nl = raw.indexOf('\n');
        const g = groupEntryLines(raw, u.start);
        addEntries(g.entries.filter((e) => e.offset < u.start + nl), u.index);
        // "Session 2: Compensation – Chair:" ending the line: the label gives the role of the next line's person
        const tail = /(?:^|\s[-–—]\s|\.\s)(\p{Lu}[\p{L} ]{0,30}):\s*$/u.exec(raw.slice(0, nl));
        const tailRole = tail ? roleFromLabel(tail[1]) : null;
        if (tailRole) role = tailRole;
        addLines(raw.slice(nl + 1), u.start + nl + 1, u.index);
      }
      continue;
    }
    // an agenda row inside a single event ("10:00 – 10:10" / "Opening statement" / "H.E. Ms. A, ..."): the
    // row title gives the role of the people under it
    const row = /^\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?[ \t]*(.*)$/im.exec(raw.split('\n')[0]);
    if (row && raw.includes('\n')) {
      const lines = raw.split('\n');
      // the title line names no one ("Panel: Enforcement across borders"; not "Chair – Dr. A")
      const rowTitle = row[1].trim() || (lines[1] && !namesPerson(lines[1]) && !/^\s*[·•▪◦‣●○■□*]/.test(lines[1]) ? lines[1].trim() : '');
      role = slotRole(rowTitle) ?? roleFromLabel(rowTitle) ?? 'speaker';
      const skip = lines[0].length + 1 + (row[1].trim() ? 0 : rowTitle ? lines[1].length + 1 : 0);
      if (skip < raw.length) addLines(raw.slice(skip), u.start + skip, u.index);
      continue;
    }
    const lm = ROLE_LABEL.exec(raw);
    const labelRole = lm ? roleFromLabel(squash(lm[1])) : null;
    if (labelRole && lm![1].split(/\s+/).length <= 6) {
      // "Chair – Name, ...": after a dash label the value starts past the dash (":" labels are split below)
      const dashLabel = !/^[^:]*:/.test(raw.slice(0, lm![0].length - lm![2].length));
      const segments = dashLabel ? labelledSegments(lm![2], u.start + raw.length - lm![2].length, labelRole) : labelledSegments(raw, u.start, labelRole);
      let any = false;
      let trailing: SessionRole | null = null;
      for (const [r, v, o] of segments) {
        if (!v.trim()) { trailing = r; continue; }
        trailing = null;
        const before = people.byKey.size;
        // a value over several lines is one entry per line group
        if (v.includes('\n')) { const g = groupEntryLines(v, o); if (g.lead) addList(g.lead.text, g.lead.offset, r, u.index); const keep = role; role = r; addEntries(g.entries, u.index); role = keep; }
        else addList(v, o, r, u.index);
        any ||= people.byKey.size > before || startsWithPerson(v);
      }
      // "Speakers:" alone (or a value that is no person) sets the role for the lines that follow; so does a
      // label that ends the block ("...\nPanel:" over a bullet list)
      if (trailing) role = trailing;
      else if (u.kind !== 'list-item' && (!any || labelRole === 'speaker' || labelRole === 'opening' || labelRole === 'closing')) role = labelRole;
      continue;
    }
    const firstLine = squash(raw.split('\n')[0]).replace(/[:.]$/, '');
    // a role line ("Welcome", "Keynote remarks"), not a trigger phrase with a name ("Moderated by Ms. A")
    const headRole = firstLine.split(' ').length <= 5 && !startsWithPerson(firstLine) && !/\b(?:by|from)\b/i.test(firstLine) ? roleFromLabel(firstLine) : null;
    if (u.kind !== 'list-item' && headRole) {
      role = headRole;
      // "Welcome\nCongresswoman A, Member, ...": a role line over its entries
      if (raw.includes('\n')) addEntries(groupEntryLines(raw.slice(raw.indexOf('\n') + 1), u.start + raw.indexOf('\n') + 1).entries, u.index);
      continue;
    }
    // prose triggers anywhere in a paragraph
    if (u.kind !== 'list-item' && proseIn(u.start, u.end, u.index)) continue;
    const bullet = /^[·•▪◦‣●○■□]\s/.test(raw);
    // a block of lines that each name a person ("Org: A, Title" / "B (Org)") is a speaker list without a heading
    const lines = raw.split('\n').filter((l) => l.trim());
    const personLines = u.kind !== 'list-item' && lines.length >= 2 && lines.length <= 40 && lines.every((l) => namesPerson(l));
    if (u.kind === 'list-item' || bullet || personLines || (role && !hasWords(t, 61))) {
      const any = addEntries(u.kind === 'list-item' ? [{ text: stripBullet(raw), offset: u.start }] : groupEntryLines(raw, u.start).entries, u.index);
      // a short line that names no one ends the list ("Discussion"); a table header row ("Name / Position") does not
      if (!any && u.kind !== 'list-item' && !bullet && !hasWords(t, 9) && !raw.includes('\n')) role = null;
    }
  }
  mentionedPeople(ctx, orgs, people);
}
