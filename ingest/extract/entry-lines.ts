// Groups the lines of a block into entries: a line that starts a person ("Mrs. A, ...", "Chair: B, ..."),
// a bullet, or a role label opens an entry; other lines continue the previous one (hard-wrapped PDF/text
// layouts: "Department of Justice / Northern Ireland"). Newlines inside an entry become spaces, so
// offsets stay valid.
import { startsWithPerson } from './person-entry.js';

const BULLET = /^[·•▪◦‣●○■□–—*-]\s+/;
const LABEL = /^\p{Lu}[\p{L}&\s-]{1,40}:\s/u;
/** "A. Identifying victims ...", "2) Panel": an enumerated item starts a new entry. */
const ENUMERATOR = /^(?:[A-H]|\d{1,2})[.)]\s+\p{Lu}\p{Ll}/u;
/** "Agency (AB): Dr. Z, ...": an organization leads the entry. */
const ORG_LEAD = /^[^:]{2,120}:\s+/;

export interface EntryLine {
  text: string;
  offset: number;
}

/** Strip a leading bullet glyph, keeping offsets (the glyph becomes spaces). */
export function stripBullet(text: string): string {
  return text.replace(BULLET, (m) => ' '.repeat(m.length));
}

/** Is this line the start of an entry? */
export function opensEntry(line: string): boolean {
  const l = line.trim();
  if (BULLET.test(l) || LABEL.test(l) || ENUMERATOR.test(l) || startsWithPerson(stripBullet(l).trim())) return true;
  const lead = ORG_LEAD.exec(l);
  return lead !== null && startsWithPerson(l.slice(lead[0].length));
}

/** Does this line start an entry of a people list (also "Chair – Dr. A, ...", "Closing remarks | Mr. B")? */
export function startsEntry(line: string): boolean {
  return opensEntry(line) || namesPerson(line);
}

/**
 * Does the line name a person at its start or right after a lead: an organization ("FLEX – Focus on Labour
 * Exploitation: Kiran Y, ..."; "Agency (AB): Dr. Z") or a role label ("Chair – Dr. A"; "Q&A and closing remarks | Mr. B")?
 */
export function namesPerson(line: string): boolean {
  const l = stripBullet(line).trim();
  if (startsWithPerson(l)) return true;
  // the lead may hold a dash itself: try each separator in the head of the line
  for (const m of l.slice(0, 160).matchAll(/(?::|\s[-–—|])\s+/g)) {
    // a lead is one short phrase: "Wood Workers' International, BWI). Speakers: Mr. B" continues a wrapped entry
    const lead = l.slice(0, m.index);
    if (/[,;.]\s|\.$/.test(lead) || (lead.match(/\(/g)?.length ?? 0) !== (lead.match(/\)/g)?.length ?? 0)) break;
    if (startsWithPerson(l.slice(m.index! + m[0].length))) return true;
  }
  return false;
}

/**
 * Entries of a block's text (starting at `offset`), from line `fromLine` on. Lines before the first
 * entry-opening line are returned as `lead` (a wrapped title, a heading line).
 */
export function groupEntryLines(raw: string, offset: number): { lead: EntryLine | null; entries: EntryLine[] } {
  const lines: EntryLine[] = [];
  let pos = 0;
  for (const line of raw.split('\n')) {
    lines.push({ text: line, offset: offset + pos });
    pos += line.length + 1;
  }
  let lead: EntryLine | null = null;
  const entries: EntryLine[] = [];
  // per entry: are its lines stacked fields (true) or a wrapped comma list (false)?
  const mode = new Map<EntryLine, boolean>();
  for (const l of lines) {
    if (!l.text.trim()) continue;
    const cur = entries.length ? entries[entries.length - 1] : lead;
    if (startsEntry(l.text) || !cur) {
      if (startsEntry(l.text)) entries.push({ text: stripBullet(l.text), offset: l.offset });
      else lead = { text: l.text, offset: l.offset };
      continue;
    }
    // a continuation. Stacked cells ("Dr. A" / "Head of X" / "Org", no commas) are separate fields: the
    // newline becomes a comma; a wrapped comma list ("..., Department of Justice" / "Northern Ireland") a space.
    const gap = l.offset - (cur.offset + cur.text.length);
    // the mode is decided once per entry, by its first line
    if (!mode.has(cur)) mode.set(cur, !cur.text.includes(','));
    const stacked = mode.get(cur)! && /^\s*\p{Lu}/u.test(l.text) && !/\b(?:of|and|for|the|on|in|at|&)\s*$/i.test(cur.text);
    cur.text += (stacked ? ',' : ' ') + ' '.repeat(Math.max(0, gap - 1)) + l.text;
  }
  return { lead, entries };
}
