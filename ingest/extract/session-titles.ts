// Session titles as agendas and announcements write them: agenda rows with their speakers glued on
// ("Opening remarks H.E. Ms. ...", "Session 2: Compensation – Chair: Ms. ..."), agenda segments that belong to
// the enclosing session (welcome, keynote, Q&A, closing), titles wrapped over two lines, and a key for dedupe.

/** Where the people of an agenda row start: a role label or an honorific after the title. */
const SPEAKER_TAIL = /\s*(?:[,;]|\s[–—-]|\s)\s*(?=(?:Chair(?:ed by)?|Co-chairs?|Moderat(?:or|ors|ed by)|Speakers?|Panel(?:l)?ists?|Facilitat(?:or|ors|ed by)|Discussants?|Presenters?|Presented by|Introduced by|Rapporteur)\s*(?::|[–—-]\s))|\s*(?:[,;:]|\s[–—-]|\s)\s*(?=(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Amb|Hon|Judge|Minister|Senator|Congress(?:wo)?man)\.?\s+\p{Lu})/u;

/** "Opening remarks", "Keynote", "Q&A", "Closing": a part of a session, not a session of its own. */
const SEGMENT = /^(?:(?:welcome|welcoming|opening|introductory|closing|concluding|final)(?:\s+(?:remarks|words|address|statements?|speech|session remarks))?(?:\s+(?:and|&)\s+(?:welcome|welcoming|opening|introduction|introductory remarks|closing|closing remarks|conclusions?))?|keynote(?:\s+(?:address|speech|remarks|presentation|statement))?|(?:q\s*&\s*a|questions?(?:\s+(?:and|&)\s+answers?)?(?:\s+from (?:the\s+)?(?:floor|audience|participants))?)(?:\s+(?:and|&)\s+(?:closing|closing remarks|conclusions?|wrap[- ]up))?|(?:open|interactive|moderated)\s+discussion|discussion|conclusions?(?:\s+(?:and|&)\s+(?:closing|wrap[- ]up))?|wrap[- ]up|introduction|summary and closing)$/i;

export interface AgendaTitle {
  title: string;
  /** The row carried people after the title (they were cut off). */
  hadSpeakers: boolean;
}

/** The title part of an agenda row: the people after it are cut off ("Closing – Dr. A" -> "Closing"). */
export function cleanAgendaTitle(raw: string): AgendaTitle {
  const m = SPEAKER_TAIL.exec(raw);
  if (!m || m.index < 3) return { title: raw.trim(), hadSpeakers: false };
  const title = raw.slice(0, m.index).replace(/[\s,;:–—-]+$/, '').replace(/\s+(?:by|with|from|of)$/i, '').trim();
  return title.length >= 3 ? { title, hadSpeakers: true } : { title: raw.trim(), hadSpeakers: false };
}

/** True for an agenda segment title ("Opening remarks", "Q&A", "Closing") rather than a session. */
export function isSegmentTitle(title: string): boolean {
  return SEGMENT.test(title.replace(/[\s:.–—-]+$/, '').trim());
}

/** A title key for deduplication: lower case, words only, without "Session 2:" / "Panel II –" numbering. */
export function titleKey(title: string): string {
  return title.toLowerCase()
    .replace(/^\s*(?:session|panel|workshop|round ?table|plenary|part|segment)\s*(?:\d+|[ivx]+|[a-h])?\s*[:.–—-]\s*/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A title line that goes on in the next line: it ends with a connector, or the next line starts in lower case. */
export function continuesOnNextLine(line: string, next: string): boolean {
  const a = line.trim(), b = next.trim();
  if (!a || !b || b.length > 200) return false;
  if (/^\p{Ll}/u.test(b)) return true;
  return /(?:[:,–—-]|\b(?:and|of|for|in|on|the|to|with|against|from|a|an|at|by))$/i.test(a) && /^[\p{Lu}“"‘']/u.test(b) && !/^\d/.test(b);
}

/** A line part that names only a zone, a platform or "online" ("CET (Brussels time), Microsoft Teams"). */
export function isFieldsOnly(text: string): boolean {
  return /^[\s(),|/–—-]*(?:(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+\-−–]\s*\d{1,2}(?::?\d{2})?)\b|\(?\p{Lu}\p{Ll}+ time\)?|online|via|on|zoom|webex|microsoft teams|ms teams|teams|google meet|hybrid|in[- ]person|[,()|/–—-]|\s)+$/iu.test(text);
}
