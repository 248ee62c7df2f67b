// The conference a programme's sessions belong to: a "... Conference/Forum ..." line in the front matter with its
// dates, or the announcement's own title; convened by the letterhead's most specific organization.
import type { ExtractContext } from './context.js';
import { findDates, findTime, type findZone } from './dates.js';
import { proseConvenors, splitConvenors } from './convenors.js';
import type { OrgRegistry } from './organizations.js';
import { pickEventTitle } from './session-event-title.js';
import { emptyDraft, type SessionDraft } from './session-draft.js';
import { normPlatform, PLATFORM } from './session-fields.js';
import { squash, squashHead, titleSimilarity } from './text-utils.js';

const CONFERENCE = /\b(Conference|Forum|Summit|Congress|Symposium|Convention|Ministerial Council|Annual Meeting|Expert Meeting|High-Level Meeting|Session of the)\b/;
const CONVENOR_LABEL = /^(?:Convenors?|Co-?convenors?|Convened by|Organi[sz]ers?|(?:Co-|Jointly )?organi[sz]ed by|Co-?organi[sz]ers?|(?:Co-)?hosts?|(?:Co-|Jointly )?hosted by)\s*:\s*([\s\S]+)$/i;

/** The conference the sessions are part of: a "... Conference/Forum ..." line in the front matter, with its dates. */
export function conference(ctx: ExtractContext, orgs: OrgRegistry, frontEnd: number, year: number | null, sessions: SessionDraft[], docZone: ReturnType<typeof findZone>): SessionDraft | null {
  const front = ctx.units.slice(0, Math.min(frontEnd, 30)).filter((u) => u.kind !== 'footnote');
  let hit: { title: string; unit: number; at: number } | null = null;
  for (const u of front) {
    let pos = 0;
    for (const line of u.text.split('\n')) {
      const t = squash(line.replace(/\s+Page\s+\d+\s+of\s+\d+\s*$/i, ''));
      if (!hit && CONFERENCE.test(t) && !/tele-?conference|video-?conference|press conference/i.test(t) && t.split(' ').length <= 20 && !/^(?:Online|This|The following)\b/i.test(t) && !/[.]$/.test(t)) {
        hit = { title: t.replace(/^(?:Side event on the margins of|On the margins of|In the framework of)\s+(?:the\s+)?/i, ''), unit: u.index, at: u.start + pos };
      }
      pos += line.length + 1;
    }
  }
  // a bare kind label ("Expert Meeting", "Conference") over the real title heading: the title names the event
  if (hit && /^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.test(hit.title) && CONFERENCE.test(hit.title)) {
    const picked = pickEventTitle(ctx, frontEnd);
    if (picked && picked.unit > hit.unit && picked.unit <= hit.unit + 2 && picked.title.split(' ').length > hit.title.split(' ').length) hit = picked;
  }
  // no conference word: the event the agenda belongs to is the announcement's own title
  hit ??= pickEventTitle(ctx, frontEnd);
  if (!hit) return null;
  const title = hit.title;
  if (sessions.some((s) => titleSimilarity(s.title, title) >= 0.6)) return null;
  const d = emptyDraft(title, 'conference', 'conference');
  d.provenance.push(ctx.prov(hit.at, hit.at + title.length, 'sessions'));
  const after = front.filter((u) => u.index >= hit!.unit).map((u) => u.text).join('\n');
  const dates = findDates(after, 0, year).filter((x) => x.year);
  const date = dates[0] ?? findDates(front.map((u) => u.text).join('\n'), 0, year).find((x) => x.year);
  if (date) { d.date = date.date; d.endDate = date.endDate; }
  const time = findTime(after);
  if (time && time.endTime) { d.startTime = time.startTime; d.endTime = time.endTime; }
  if (docZone) { d.timezone = docZone.timezone; d.timezoneLabel = docZone.label; }
  const platform = PLATFORM.exec(after.slice(0, 2000));
  if (platform) d.platform = normPlatform(platform[1]);
  // the letterhead: organization names alone on the first lines; the most specific one convenes
  const letter: string[] = [];
  for (const u of ctx.units.slice(0, 4)) {
    const found = orgs.scan(u.text, u.start, 'sessions');
    if (found.length === 1 && found[0].name.length >= squashHead(u.text).length - 2) letter.push(found[0].key);
  }
  for (let i = 1; i < letter.length; i++) orgs.setParent(letter[i], letter[i - 1]);
  if (letter.length) d.convenorKeys = [letter[letter.length - 1]];
  else {
    const frontUnits = front.map((u) => u.index);
    for (const u of front) {
      const m = CONVENOR_LABEL.exec(squashHead(u.text));
      if (m) { const at = u.start + u.text.indexOf(m[1].slice(0, 20)); d.convenorKeys = splitConvenors(ctx, orgs, ctx.masked.slice(at, u.end), at); break; }
    }
    if (!d.convenorKeys.length && frontUnits.length) d.convenorKeys = proseConvenors(ctx, orgs, frontUnits[0], frontUnits.length);
  }
  d.ranges = [];
  return d;
}
