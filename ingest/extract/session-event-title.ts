// The title of a one-event announcement: the first real heading, a quoted event name, the document title or the
// first title-like line, skipping generic labels ("Concept Note", "Programme") and "Organized by" lines.
import type { ExtractContext } from './context.js';
import { findDates } from './dates.js';
import { continuesOnNextLine } from './session-titles.js';
import { squash, squashHead, hasWords } from './text-utils.js';

const GENERIC_WORDS = new Set(['programme', 'program', 'agenda', 'and', 'speaker', 'speakers', 'biographies', 'bios', 'draft', 'provisional', 'annotated', 'concept', 'note', 'information', 'invitation', 'announcement', 'press', 'release', 'save', 'the', 'date', 'of', 'event', 'details', 'practical', 'logistics', 'background', 'overview', 'summary', 'with', '&', 'side', 'webinar', 'online', 'hybrid', 'flyer', 'outline']);
/** "Programme and Speaker Biographies", "Draft Agenda": a section heading, not an event title. */
export function isGenericHeading(t: string): boolean {
  return t.toLowerCase().split(/[^a-z&]+/).filter(Boolean).every((w) => GENERIC_WORDS.has(w));
}
const LABEL_LINE = /^(?:date|dates|time|times|location|venue|place|where|when|co-?hosted by|hosted by|(?:co-)?organi[sz]ed by|convenors?|convened by|organi[sz]ers?|platform|format|registration|register|rsvp|contact|title|language|languages|interpretation|participants|audience|moderators?|speakers?|chair|background|objectives?)\b[^:]{0,20}:/i;
const GENERIC_LINE = /^(?:press release|for immediate release|announcement|invitation|concept note|(?:draft |provisional |annotated )?(?:programme|program|agenda)|draft|save the date|media advisory|news(?: release)?|information note|background note|side[- ]event|webinar|online event|expert dialogue|briefing|event|and|\W*)\W*$/i;
/** "Organized by ...", "Co-sponsored by ...", "In partnership with ...": who runs the event, never its title. */
const BY_LINE = /^(?:(?:co-|jointly\s+)?(?:organi[sz]ed|hosted|convened|sponsored|presented|supported|funded)|co-(?:organi[sz]ed|hosted|sponsored|convened)|brought to you)\b[^.]{0,20}\bby\b|^(?:in\s+(?:partnership|cooperation|co-operation|collaboration)\s+with|with\s+the\s+support\s+of|under\s+the\s+auspices\s+of)\b/i;
/** A label line ("Side Event Concept Note", "Programme") or a by-line: skipped when looking for a title. */
function isNotTitle(line: string): boolean {
  const l = squash(line).replace(/[*_#]/g, '').trim();
  return GENERIC_LINE.test(l) || isGenericHeading(l) || BY_LINE.test(l);
}
/** "33rd Session of the Commission ...", "On the margins of ...": the meeting a side event belongs to, not the side event. */
const PARENT_LINE = /^(?:(?:\d+(?:st|nd|rd|th)|[IVXLC]+)\s+(?:(?:regular|ordinary|annual|plenary)\s+)?(?:session|meeting|conference|congress|assembly)\s+of\s+the\b|(?:side event\s+)?(?:on the (?:margins|sidelines) of|in the (?:framework|margins) of)\b)/i;
const EVENT_QUOTE = /\b(?:conference|webinar|side[- ]event|event|forum|workshop|seminar|dialogue|briefing|meeting|round ?table|panel(?: discussion)?|symposium|summit|launch|session)[ \t]*(?:entitled|titled|on|called|:)?[ \t]*[“"]([^”"\n]{8,200})[”"]/i;

/** The title of a one-event announcement, and where it is. */
export function pickEventTitle(ctx: ExtractContext, before = ctx.units.length): { title: string; unit: number; at: number } | null {
  const units = ctx.units.slice(0, before).filter((u) => u.kind !== 'footnote').slice(0, 14);
  const hi = units.findIndex((u) => u.kind === 'heading' && (u.level ?? 1) <= 2 && !isNotTitle(squashHead(u.text)) && !PARENT_LINE.test(squashHead(u.text)) && hasWords(u.text, 3));
  if (hi >= 0) {
    const heading = units[hi];
    let title = squash(heading.text);
    // a title wrapped onto a second heading of the same level (PDF lines, hard-wrapped headings)
    const next = units[hi + 1];
    if (next && next.kind === 'heading' && next.level === heading.level && next.index === heading.index + 1
      && (continuesOnNextLine(title, next.text) || ctx.doc.mediaType === 'application/pdf')) title += ' ' + squash(next.text);
    return { title: title.replace(/^(?:Webinar|Event|Side[- ]event|Invitation)\s*[:–—-]\s*/i, ''), unit: heading.index, at: heading.start };
  }
  for (const u of units) {
    const m = EVENT_QUOTE.exec(u.text);
    if (m) return { title: m[1].trim(), unit: u.index, at: u.start + m.index + m[0].length - m[1].length - 1 };
  }
  for (const u of units.slice(0, 8)) {
    for (const line of u.text.split('\n')) {
      if (/^[“"][^”"]{3,120}[”"]/.test(line.trim()) && line.split(' ').length <= 25) return { title: squash(line), unit: u.index, at: u.start + u.text.indexOf(line) };
    }
  }
  const metaTitle = ctx.doc.title?.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim();
  if (metaTitle && metaTitle.split(' ').length >= 3) return { title: metaTitle, unit: units[0]?.index ?? 0, at: 0 };
  for (const u of units.slice(0, 8)) {
    // a title wrapped over lines: a line starting in lower case continues the one before
    // ... or the line before ends with a connector ("...in Border Regions:" / "Lessons from ...")
    const lines = u.text.split('\n').reduce<string[]>((acc, line) => {
      if (acc.length && continuesOnNextLine(acc[acc.length - 1], line) && !LABEL_LINE.test(line.trim())) acc[acc.length - 1] += ' ' + line.trim(); else acc.push(line);
      return acc;
    }, []);
    for (const line of lines) {
      const l = squash(line);
      if (isNotTitle(l) || PARENT_LINE.test(l) || l.split(' ').length < 3 || LABEL_LINE.test(l) || /[.]$/.test(l)) continue;
      const dates = findDates(l);
      if (dates.length && dates[0].end - dates[0].start > l.length / 3) continue;
      if (/^(?:Mr|Ms|Mrs|Dr|H\.E)\b/.test(l)) continue;
      return { title: l, unit: u.index, at: u.start + Math.max(0, u.text.indexOf(line.split(' ')[0])) };
    }
  }
  return null;
}

