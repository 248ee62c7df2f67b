// Sessions and events: "Title:/Date:/Time:/Convenor:" blocks, agenda time slots ("11:30-13:00" + title),
// "Session 2: ..." headings, or the whole announcement as one event; plus the conference they belong to.
// Duplicate mentions (an overview list, then a detailed page) merge by title similarity.
import type { ExtractContext, Unit } from './context.js';
import { dominantYear, findDates, findTime, findZone, withYear } from './dates.js';
import { dayHeaderDate } from './agenda-days.js';
import { cleanAgendaTitle, continuesOnNextLine, isFieldsOnly, isSegmentTitle, titleKey } from './session-titles.js';
import { proseConvenors, splitConvenors } from './convenors.js';
import { conference } from './session-conference.js';
import { emptyDraft, type SessionDraft } from './session-draft.js';
import { isGenericHeading, pickEventTitle } from './session-event-title.js';
import { normPlatform, PLATFORM, registrationUrl } from './session-fields.js';
export type { SessionDraft } from './session-draft.js';
import { opensEntry } from './entry-lines.js';
import type { OrgRegistry } from './organizations.js';
import { slugify, squash, squashHead, hasWords, titleSimilarity } from './text-utils.js';

const TITLE_LABEL = /^(?:Title|Event(?: title)?|Session(?: title)?|Side[- ]event|Webinar|Panel)\s*:\s*(\S[\s\S]{2,})$/i;
const DATE_LABEL = /^(?:Date|Dates|When|Day|Date and time|Date & time|Date\/time)\s*:\s*([\s\S]+)$/i;
const TIME_LABEL = /^(?:Time|Times|Hours?)\s*:\s*([\s\S]+)$/i;
const CONVENOR_LABEL = /^(?:Convenors?|Co-?convenors?|Convened by|Organi[sz]ers?|(?:Co-|Jointly )?organi[sz]ed by|Co-?organi[sz]ers?|(?:Co-)?hosts?|(?:Co-|Jointly )?hosted by)\s*:\s*([\s\S]+)$/i;
const VENUE_LABEL = /^(?:Venue|Location|Place|Where|Platform|Format)\s*:\s*([\s\S]+)$/i;
const SESSION_HEADING = /^(?:(?:Session|Panel|Workshop|Round ?table|Plenary|Side[- ]event|Breakout(?: session)?|Webinar|Working session)\s*(?:\d+|[IVX]+|[A-Z])?\s*[:.–—-]\s*)(\S.{3,})$/is;
const TIME_ONLY = /^\s*(\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s{2,}|\s*[|–—-]\s*|\s+(?=\p{Lu}))(\S[^\n]*)([\s\S]*)$/iu;
const SUB_ITEM = /^\s*[A-H][.)]\s+(\p{Lu}.*?)(?:\s+[—–-]\s+.*)?$/u;
const TIME_START = /^\s*(\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?\s*(?:[-–—]|to)\s*\d{1,2}\s*[ap]\.?m\.?)\s*(?:\([^)]{0,40}\))?\s*[:|–—-]?\s*([\s\S]*)$/i;
const TIME_RANGE_TEXT = /\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?/i;
const BY_LINE = /\b(?:(?:co-|jointly\s+)?(?:organi[sz]ed|hosted|convened|sponsored)|co-sponsored)\s+by\s+(?:the\s+)?/i;
/** Lines that name who speaks: an event's body has them, a report's chapter does not. */
const ROLE_LINE = /^\W*(?:chair(?:ed by)?|co-chairs?|moderat(?:or|ors|ed by)|speakers?|panel(?:l)?ists?|presenters?|discussants?|facilitat(?:or|ors|ed by)|rapporteur)\b/im;
/** Agenda slots that are pauses or logistics, not sessions. */
const NOT_SESSION = /^(?:coffee|tea|lunch|break|networking|registration|arrival|end of|close of|departure|reception|dinner|photo|family photo|transfer|(?:welcome )?coffee)\b|^(?:close|end|adjourn(?:ment)?)\s*$/i;

interface Candidate { unit: number; title: string; source: SessionDraft['source']; time?: ReturnType<typeof findTime>; date?: string | null; titleUnit: number }

/** An agenda row's title without its speakers; pauses and segments with their speakers are not sessions. */
function agendaRow(raw: string): { title: string; session: boolean; fieldsOnly: boolean } {
  const cleaned = cleanAgendaTitle(squash(raw.split(' | ')[0]));
  const fieldsOnly = isFieldsOnly(cleaned.title);
  const session = !NOT_SESSION.test(cleaned.title) && !(cleaned.hadSpeakers && isSegmentTitle(cleaned.title));
  return { title: cleaned.title, session, fieldsOnly };
}

/** Find sessions and the conference. */
export function extractSessions(ctx: ExtractContext, orgs: OrgRegistry): SessionDraft[] {
  const units = ctx.units;
  const year = dominantYear(ctx.text);
  const docZone = (() => {
    for (const u of units) if (/\b(?:GMT|UTC|CET|CEST)\b|\btime\b.*\b(?:GMT|UTC)/.test(u.text) && u.text.length < 300) return findZone(u.text);
    // a zone written right after a time ("09:30 – 15:00 EET") in the front matter
    for (const u of units.slice(0, 12)) {
      const z = /\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*\(?((?:EET|EEST|WET|WEST|BST|MSK|EST|EDT|CST|CDT|PST|PDT|AST)\b[^\n]{0,30})/i.exec(u.text.slice(0, 300));
      if (z) return findZone(z[1]);
    }
    return null;
  })();
  const cands: Candidate[] = [];
  let dayDate: string | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'footnote') continue;
    const t = squashHead(u.text);
    const day = dayHeaderDate(t, year);
    if (day !== null) { dayDate = day; continue; }
    let m = TITLE_LABEL.exec(t);
    if (m) { cands.push({ unit: i, title: m[1], source: 'label', titleUnit: i }); continue; }
    m = SESSION_HEADING.exec(t);
    if (m && t.length < 250 && (u.kind === 'heading' || !/[.]$/.test(t))) { cands.push({ unit: i, title: m[1].trim(), source: 'heading', date: dayDate, titleUnit: i }); continue; }
    const firstLine = squash(u.text.split('\n')[0]);
    const single = !TIME_START.test(firstLine) && u.kind !== 'list-item' ? TIME_ONLY.exec(u.text) : null;
    if (single && !/^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]/i.test(u.text)) {
      const time = findTime(single[1]);
      // the title may wrap onto lines that do not open an entry
      let title = single[2];
      const more = single[3].split('\n').slice(1);
      for (const line of more) { if (!line.trim() || opensEntry(line) || SUB_ITEM.test(line)) break; title += ' ' + line.trim(); }
      const row = agendaRow(title);
      title = row.title;
      if (time && !/^\d/.test(title)) cands.push({ unit: i, title, source: 'agenda', time, date: dayDate, titleUnit: row.session ? i : -1 });
      // parallel items under one slot ("A. Identifying victims ... — facilitated by ...") are sessions of their own
      if (time) {
        for (const line of more) {
          const sub = SUB_ITEM.exec(line);
          if (sub) cands.push({ unit: i, title: squash(sub[1]), source: 'agenda', time, date: dayDate, titleUnit: i });
        }
      }
      continue;
    }
    m = TIME_START.exec(firstLine);
    if (m && u.kind !== 'list-item') {
      const time = findTime(m[1]);
      let title = m[2].split(' | ')[0].trim();
      let titleUnit = i;
      // a title wrapped under a hanging indent ("Session 1: Safe housing for male and" / "trans victims – Chair: ...")
      if (title && !title.includes(' | ')) {
        for (const line of u.text.split('\n').slice(1)) {
          if (!continuesOnNextLine(title, line) || TIME_START.test(line.trim()) || (opensEntry(line) && !/^\s*\p{Ll}/u.test(line))) break;
          title += ' ' + line.trim();
        }
      }
      // a table row with cells on lines: "13:15 – 13:20" / "Welcome" / "Ms. A, Head, ..."
      const secondLine = u.text.split('\n')[1]?.trim() ?? '';
      if (!title && secondLine && (!opensEntry(secondLine) || SESSION_HEADING.test(secondLine) || /^(?:Panel|Round ?table|Workshop|Plenary|Keynote|Dialogue)\s*:/i.test(secondLine))) title = squash(secondLine);
      if (!title && i + 1 < units.length && units[i + 1].kind !== 'footnote') {
        const next = squash(units[i + 1].text);
        if (!TIME_START.test(next) && !/^\w+\s*:/.test(next) && next.split(' ').length >= 2) { title = next; titleUnit = i + 1; }
      }
      const row = agendaRow(title);
      // a time line that names only a zone or platform ("10:00–11:30 CET, Microsoft Teams") is the event's time, not a slot
      if (title && !row.fieldsOnly) cands.push({ unit: i, title: row.title, source: 'agenda', time, date: dayDate, titleUnit: row.session ? titleUnit : -1 });
      continue;
    }
    if (DATE_LABEL.test(t) && !cands.some((c) => c.unit >= i - 3 && c.source === 'label')) {
      // "Date:" without a "Title:": the title is the nearest preceding heading or short line
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        const p = squash(units[k].text);
        if (units[k].kind === 'footnote' || /^[A-Z][\w ]{0,20}:\s/.test(p) || isGenericHeading(p)) continue;
        if (p.split(' ').length >= 3 && p.length < 250 && !/[.]$/.test(p)) { cands.push({ unit: k, title: p, source: 'label', titleUnit: k }); break; }
      }
    }
  }
  cands.sort((a, b) => a.unit - b.unit);
  // drafts with bodies
  const drafts: SessionDraft[] = [];
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c];
    const to = c + 1 < cands.length ? cands[c + 1].unit : units.length;
    if (cand.titleUnit < 0) continue; // a break or opening slot: not a session
    const draft = buildDraft(ctx, orgs, cand, to, year, docZone);
    // the first event's by-line may stand above its title ("Organized by ..." under a "Concept Note" label)
    if (c === 0 && cand.source === 'label' && !draft.convenorKeys.length && cand.unit > 0) {
      const from = Math.max(0, cand.unit - 3);
      draft.convenorKeys = proseConvenors(ctx, orgs, from, cand.unit - from);
    }
    drafts.push(draft);
  }
  // merge duplicate mentions of the same session
  const merged: SessionDraft[] = [];
  for (const d of drafts) {
    // a report restating the programme ("Session 1: X" then "X" as a section heading) names the same session
    const same = merged.find((m) => titleSimilarity(m.title, d.title) >= 0.6 || (titleKey(m.title).length >= 8 && titleKey(m.title) === titleKey(d.title)));
    if (!same) { merged.push(d); continue; }
    if (d.source === 'label' && same.source !== 'label') same.title = d.title;
    for (const k of ['date', 'endDate', 'startTime', 'endTime', 'timezone', 'timezoneLabel', 'platform', 'location', 'registrationUrl'] as const) {
      if (d[k] && (!same[k] || d.source === 'label' && (k === 'date' || k === 'startTime' || k === 'endTime'))) (same as unknown as Record<string, unknown>)[k] = d[k];
    }
    // the labelled block's convenor list is the authoritative order
    same.convenorKeys = d.source === 'label' && same.source !== 'label'
      ? [...d.convenorKeys, ...same.convenorKeys.filter((k) => !d.convenorKeys.includes(k))]
      : [...same.convenorKeys, ...d.convenorKeys.filter((k) => !same.convenorKeys.includes(k))];
    same.ranges.push(...d.ranges);
    same.provenance.push(...d.provenance);
    if (d.source === 'label') same.source = 'label';
  }
  // a "Title:" line with no date or time anywhere in its block is a document's title, not an event
  for (let i = merged.length - 1; i >= 0; i--) if (merged[i].source === 'label' && !merged[i].date && !merged[i].startTime) merged.splice(i, 1);
  // a "Session 1: ..." section heading in a document without any time or role lines is a report's chapter
  if (!merged.some((m) => m.startTime)) {
    for (let i = merged.length - 1; i >= 0; i--) {
      const m = merged[i];
      const body = m.ranges.flatMap(([a, b]) => units.slice(a, b)).filter((u) => u.kind !== 'footnote').map((u) => u.text).join('\n');
      if (m.source === 'heading' && !m.date && !ROLE_LINE.test(body)) merged.splice(i, 1);
    }
  }
  // sessions without their own date take the event date stated before the first of them
  const firstUnit = cands.length ? cands[0].unit : units.length;
  const frontDate = findDates(units.slice(0, firstUnit).filter((u) => u.kind !== 'footnote').map((u) => u.text).join('\n'), 0, year).find((x) => x.year);
  // ... or the date of the event they follow (a "Date:" block over an agenda)
  let lastDate: string | null = null;
  for (const s of merged) {
    if (!s.date) s.date = lastDate ?? frontDate?.date ?? null;
    if (s.date) lastDate = s.date;
  }
  // a webinar or side event with its own time span: the agenda rows are segments of that one event
  const frontText = units.slice(0, Math.min(firstUnit, 8)).map((u) => u.text).join('\n');
  if (merged.length && merged.every((m) => m.source === 'agenda') && /\b(?:webinar|side[- ]event)\b/i.test(frontText) && findTime(frontText)?.endTime) {
    merged.length = 0;
  }
  // an agenda inside one event's time span: its welcome, Q&A and closing slots are parts of that event
  const span = findTime(frontText);
  // (the people of a dropped slot belong to the enclosing event: its blocks are owned by no session)
  let segmentsDropped = false;
  if (span?.endTime && merged.length && merged.every((m) => m.source === 'agenda' && m.startTime && m.startTime >= span.startTime && m.startTime < span.endTime!)) {
    for (let i = merged.length - 1; i >= 0; i--) if (isSegmentTitle(merged[i].title)) { merged.splice(i, 1); segmentsDropped = true; }
  }
  if (merged.length === 0) {
    const single = singleEvent(ctx, orgs, year, docZone);
    if (single) merged.push(single);
  }
  const conf = merged.length >= 2 || (segmentsDropped && merged.length) ? conference(ctx, orgs, cands.length ? cands[0].unit : units.length, year, merged, docZone) : null;
  const ids = new Set<string>();
  const all = conf ? [conf, ...merged] : merged;
  for (const s of all) {
    let id = `${s.kind}:${slugify(s.title, 50)}`;
    for (let n = 2; ids.has(id); n++) id = `${s.kind}:${slugify(s.title, 50)}-${n}`;
    ids.add(id);
    s.id = id;
  }
  if (conf) for (const s of merged) s.partOf = conf.id;
  return all;
}

function buildDraft(ctx: ExtractContext, orgs: OrgRegistry, cand: Candidate, to: number, year: number | null, docZone: ReturnType<typeof findZone>): SessionDraft {
  const units = ctx.units;
  const d = emptyDraft(squash(cand.title), cand.source, 'session');
  d.ranges.push([cand.unit, to]);
  const tu = units[cand.titleUnit];
  const titleAt = ctx.text.indexOf(cand.title.split('\n')[0].slice(0, 40), tu.start);
  d.provenance.push(ctx.prov(titleAt >= 0 ? titleAt : tu.start, titleAt >= 0 ? Math.min(tu.end, titleAt + cand.title.length) : tu.end, 'sessions'));
  if (cand.time) { d.startTime = cand.time.startTime; d.endTime = cand.time.endTime; }
  if (cand.date) d.date = cand.date;
  const body = units.slice(cand.unit, to).filter((u) => u.kind !== 'footnote');
  let labelled = false;
  for (const [n, u] of body.entries()) {
    const t = squashHead(u.text);
    // labels may share a block, one per line ("**Date:** ...\n**Time:** ...")
    let lineAt = u.start;
    for (const rawLine of ctx.text.slice(u.start, Math.min(u.end, u.start + 20_000)).split('\n')) {
      const lineStart = lineAt;
      lineAt += rawLine.length + 1;
      const line = squash(rawLine);
      const valueAt = (v: string) => lineStart + Math.max(0, rawLine.indexOf(v.slice(0, 20)));
      let m: RegExpExecArray | null;
      if ((m = DATE_LABEL.exec(line))) {
        const f = findDates(m[1], 0, year)[0];
        if (f) { const w = withYear(f, year); d.date = w.date; d.endDate = w.endDate; labelled = true; }
        const tm = findTime(m[1]);
        if (tm && !d.startTime) { d.startTime = tm.startTime; d.endTime = tm.endTime; }
        const z = findZone(m[1]);
        if (z && !d.timezone) { d.timezone = z.timezone; d.timezoneLabel = z.label; }
      } else if ((m = TIME_LABEL.exec(line))) {
        const tm = findTime(m[1]);
        if (tm) { d.startTime = tm.startTime; d.endTime = tm.endTime; }
        const z = findZone(m[1]);
        if (z) { d.timezone = z.timezone; d.timezoneLabel = z.label; }
      } else if ((m = CONVENOR_LABEL.exec(line))) {
        const at = valueAt(m[1]);
        d.convenorKeys = splitConvenors(ctx, orgs, ctx.masked.slice(at, lineStart + rawLine.length), at);
      } else if ((m = VENUE_LABEL.exec(line))) {
        const p = PLATFORM.exec(m[1]);
        if (p) d.platform = normPlatform(p[1]); else d.location = m[1].trim();
      } else if (n < 4 && !d.convenorKeys.length && (m = BY_LINE.exec(line))) {
        const lineMasked = ctx.masked.slice(lineStart, lineStart + rawLine.length);
        const by = BY_LINE.exec(lineMasked);
        if (by) {
          const valueStart = lineStart + by.index + by[0].length;
          const value = ctx.masked.slice(valueStart, lineStart + rawLine.length).replace(/\s*\((?:via|on|through)\b[^)]*\)[\s\S]*$/i, '').replace(/[.][\s\S]*$/, '');
          d.convenorKeys = splitConvenors(ctx, orgs, value, valueStart);
        }
      }
    }
    if (!d.date && n < 3 && !labelled && cand.source !== 'agenda' && cand.source !== 'heading') {
      const f = findDates(t, 0, year).find((x) => !/\b(?:by|before|until|deadline)\s*$/i.test(t.slice(0, x.start)));
      if (f && (n > 0 || cand.source !== 'label')) d.date = withYear(f, year).date;
    }
    // a one-line "date | time zone | platform" line counts for a labelled block too
    if (!d.startTime && n < 3 && (cand.source !== 'label' || (t.length < 160 && (findDates(t, 0, year).length > 0 || isFieldsOnly(t.replace(TIME_RANGE_TEXT, ''))))) && !TITLE_LABEL.test(t)) {
      const tm = findTime(t);
      if (tm && n > 0) {
        d.startTime = tm.startTime; d.endTime = tm.endTime;
        const z = findZone(t.slice(tm.end)) ?? findZone(t);
        if (z && !d.timezone) { d.timezone = z.timezone; d.timezoneLabel = z.label; }
      }
    }
    if (!d.platform) { const p = PLATFORM.exec(u.text); if (p) d.platform = normPlatform(p[1]); }
  }
  if (!d.timezone && docZone) { d.timezone = docZone.timezone; d.timezoneLabel = docZone.label; }
  else if (d.timezone && docZone && d.timezone === d.timezoneLabel && docZone.timezone !== docZone.label) { d.timezoneLabel = d.timezone; d.timezone = docZone.timezone; }
  d.registrationUrl = registrationUrl(ctx, units.slice(cand.unit, to));
  return d;
}

function singleEvent(ctx: ExtractContext, orgs: OrgRegistry, year: number | null, docZone: ReturnType<typeof findZone>): SessionDraft | null {
  const units = ctx.units.filter((u) => u.kind !== 'footnote');
  const head = units.slice(0, 12);
  const joined = head.map((u) => u.text).join('\n');
  const hasTime = findTime(joined) !== null;
  const hasDate = findDates(joined, 0, year).length > 0;
  const eventWords = /\b(webinar|side[- ]event|event|conference|workshop|panel discussion|round ?table|briefing|meeting|seminar|launch|forum|dialogue)\b/i.test(joined);
  const roleWords = ctx.units.some((u) => /^(?:speakers?|panel(?:l)?ists?|moderator|moderated by|opening remarks|welcoming remarks|keynote|discussants?)\b/i.test(squashHead(u.text, 200)) || /\b(?:speakers include|will be (?:opened|moderated|chaired) by|panel will (?:include|feature))\b/i.test(u.text));
  if (!((hasDate && (hasTime || roleWords)) || (eventWords && roleWords))) return null;
  const picked = pickEventTitle(ctx);
  if (!picked) return null;
  const cand: Candidate = { unit: picked.unit, title: picked.title, source: 'single', titleUnit: picked.unit };
  const d = buildDraft(ctx, orgs, cand, ctx.units.length, year, docZone);
  d.ranges = [[0, ctx.units.length]];
  // the date stated with the title ("... in Riga on 18-19 April 2024") wins over a dateline
  const u = ctx.units[picked.unit];
  const near = findDates(ctx.text.slice(picked.at, u.end), picked.at, year).find((x) => x.year) ?? findDates(ctx.units.slice(picked.unit, picked.unit + 4).map((x) => x.text).join('\n'), 0, year).find((x) => x.year);
  if (near && (!d.date || d.source === 'single')) d.date = withYear(near, year).date;
  if (!d.date) { const f = findDates(joined, 0, year).find((x) => x.year) ?? findDates(joined, 0, year)[0]; if (f) d.date = withYear(f, year).date; }
  if (!d.startTime) { const t = findTime(joined); if (t) { d.startTime = t.startTime; d.endTime = t.endTime; } }
  // the by-line may stand above the title ("Organized by ..." under a "Concept Note" label)
  if (!d.convenorKeys.length) { const from = Math.max(0, picked.unit - 3); d.convenorKeys = proseConvenors(ctx, orgs, from, picked.unit - from + 4); }
  return d;
}

