// Notes in plain text copied out of a PDF: at each page bottom a rule (underscores, dashes) and the page's notes
// ("1 Source ...", wrapped over lines), or a "Notes"/"Endnotes" section of "1. Text" / "1 Text" / "[1] Text" lines.
// The notes become footnote blocks placed after the paragraph they interrupted; page furniture is dropped.
import type { PendingBlock } from './document-builder.js';
import { findFurniture, isSeparator } from './text-furniture.js';
import { citedNumbers } from './text-markers.js';
import { continuesUrl, joinNoteLines, mendHyphenation, vocabulary } from './text-note-lines.js';

export type PlainSegment = { kind: 'text'; text: string } | { kind: 'notes'; notes: PendingBlock[] };

const NOTES_HEADING = /^\s{0,3}(?:(?:foot|end)?notes|references|sources)\s*:?\s*$/i;
/**
 * "1 Text", "1. Text", "1) Text", "[1] Text", and "1Internal ..." where the copy lost the space before a capital
 * (a number with a dot must be followed by a space: not "1.5 million").
 */
const NOTE_START = /^\s{0,3}(?:\[(\d{1,3})\]\s*|(\d{1,3})(?:[.)]\s+|\s+|(?=\p{Lu}\p{Ll})))(?=\S)/u;
/** A sentence end, perhaps with its note marker glued on ("ratified it.4"). */
const SENTENCE_END = /[.!?]["”’)]?\d{0,3}$/u;
/** A line broken off mid-sentence: the next page's first line carries on with it. */
const MID_SENTENCE = /(?:\p{Ll}|[,;-])$/u;
/** A line ending like this cannot end a note: the text goes on. */
const OPEN_END = /[-,;:(&/–]$|\b(?:and|or|of|the|in|on|for|to|a|an|at|by|with|from)$/i;

interface NoteStart { num: number; marker: string; cut: number; bracket: boolean }

function lastToken(line: string): string {
  return line.slice(line.lastIndexOf(' ') + 1);
}

function noteStart(line: string): NoteStart | null {
  const m = NOTE_START.exec(line);
  if (!m) return null;
  const marker = m[1] ?? m[2];
  return { num: Number(marker), marker, cut: m[0].length, bracket: m[1] !== undefined };
}

/** Index of the note line that follows `from` (past blank and furniture lines), or -1. */
function noteLineAfter(lines: string[], from: number, furniture: boolean[]): number {
  let blanks = 0;
  let skipped = 0;
  for (let k = from; k < lines.length; k++) {
    if (furniture[k]) { if (++skipped > 3) return -1; continue; } // a footer and a header at most
    if (lines[k].trim() === '') { if (++blanks > 2) return -1; continue; }
    return noteStart(lines[k]) ? k : -1;
  }
  return -1;
}

/**
 * Lines right under a rule that continue the previous page's last note, up to the line that starts note `num`
 * (at most 8 lines, no blank line or furniture between): the continuation and where the next note starts, or null.
 */
function carriedOver(lines: string[], from: number, furniture: boolean[], num: number): { lines: string[]; next: number } | null {
  const out: string[] = [];
  for (let k = from; k < lines.length && out.length <= 8; k++) {
    const t = lines[k].trim();
    if (furniture[k] || isSeparator(t) || (t === '' && out.length)) return null;
    if (t === '') continue;
    const s = noteStart(t);
    if (s && s.num === num) return out.length ? { lines: out, next: k } : null;
    out.push(t);
  }
  return null;
}

/** The 80th-percentile line length: lines at least 70% as long were wrapped, not ended. */
function typicalWidth(lines: string[]): number {
  const lens = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lens.length ? lens[Math.floor(lens.length * 0.8)] : 80;
}

interface ZoneOptions {
  furniture: boolean[];
  width: number;
  bodyOpen: boolean;
  /** Note numbers the page's body cites: a further note must be one ("2 Background" on the next page is no note 2). */
  cited?: Set<number>;
}

/** A further note in a zone: cited on the page, or shaped like a note (a full stop, a year, a URL), not like "2 Background". */
function isFurtherNote(s: NoteStart, line: string, o: ZoneOptions): boolean {
  if (o.cited === undefined || o.cited.has(s.num)) return true;
  return /\.(?:\s|$)|\b(?:1[89]|20)\d\d\b|https?:|www\./.test(line.trim().slice(s.cut));
}

/**
 * Read notes from `start` on. A new note needs the next number in sequence (a wrapped line may start with a
 * number); a line continues the note when the previous line was wrapped (nearly full width, or cut mid-phrase or
 * mid-URL). The zone ends at page furniture, a rule, a blank line not followed by the next note, or a line that
 * cannot continue: after a short line, or a lower-case line when the body before the notes broke off mid-sentence.
 */
function readZone(lines: string[], start: number, o: ZoneOptions): { notes: Array<{ marker: string; lines: string[] }>; end: number } {
  const notes: Array<{ marker: string; lines: string[]; num: number; bracket: boolean; tail: string }> = [];
  let k = start;
  for (; k < lines.length; k++) {
    if (o.furniture[k]) break;
    const t = lines[k].trim();
    const cur = notes[notes.length - 1];
    if (t === '') {
      const next = noteLineAfter(lines, k + 1, o.furniture);
      const s = next >= 0 ? noteStart(lines[next]) : null;
      if (s && cur && s.num === cur.num + 1 && s.bracket === cur.bracket && isFurtherNote(s, lines[next] ?? '', o)) { k = next - 1; continue; }
      break;
    }
    if (isSeparator(t)) break;
    const s = noteStart(t);
    if (s && (!cur || (s.num === cur.num + 1 && s.bracket === cur.bracket && isFurtherNote(s, t, o)))) {
      notes.push({ marker: s.marker, num: s.num, bracket: s.bracket, lines: [t.slice(s.cut)], tail: lastToken(t) });
      continue;
    }
    if (!cur) break;
    const prev = cur.lines[cur.lines.length - 1];
    // a URL may run over several lines: the token carried on so far is what the next line may continue
    if (continuesUrl(cur.tail, t)) {
      cur.lines.push(t);
      cur.tail = t.includes(' ') ? lastToken(t) : (cur.tail + t).slice(-4000); // longer is no URL
      continue;
    }
    cur.tail = lastToken(t);
    if (o.bodyOpen && /^\p{Ll}/u.test(t) && !/^(?:https?:|www\.)/i.test(t) && !OPEN_END.test(prev)) break;
    if (prev.length + 2 >= o.width * 0.7 || OPEN_END.test(prev)) { cur.lines.push(t); continue; }
    break;
  }
  return { notes, end: k };
}

/**
 * Split plain text into body text and note blocks. Body text comes back in `text` segments (page furniture
 * removed, hyphenation across page breaks mended); each page's notes follow the paragraph they interrupted.
 */
export function splitPlainNotes(text: string): PlainSegment[] {
  const lines = text.split('\n');
  const furniture = findFurniture(lines);
  const words = vocabulary(text);
  const width = typicalWidth(lines);
  const segments: PlainSegment[] = [];
  let body: string[] = [];
  let sinceNotes: string[] = [];
  let pending: PendingBlock[] = [];
  let resumed = false;
  const emitText = () => {
    if (body.some((l) => l.trim() !== '')) segments.push({ kind: 'text', text: mendHyphenation(body, words).join('\n') });
    body = [];
  };
  const flushNotes = () => {
    if (!pending.length) return;
    emitText();
    segments.push({ kind: 'notes', notes: pending });
    pending = [];
  };
  const lastBodyLine = () => {
    for (let k = body.length - 1; k >= 0; k--) if (body[k].trim() !== '') return body[k].trim();
    return '';
  };
  let lastNote: PendingBlock | null = null;
  const toBlocks = (notes: Array<{ marker: string; lines: string[] }>): PendingBlock[] => {
    const blocks: PendingBlock[] = notes.map((n) => ({ kind: 'footnote', marker: n.marker, text: joinNoteLines(n.lines, words) }));
    lastNote = blocks[blocks.length - 1] ?? lastNote;
    return blocks;
  };

  for (let i = 0; i < lines.length;) {
    const t = lines[i].trim();
    const rule = isSeparator(t);
    // a page footer straight over the notes stands for the rule some copies lose
    if (furniture[i] && noteLineAfter(lines, i + 1, furniture) < 0) { i++; continue; }
    if (rule || furniture[i]) {
      let first = noteLineAfter(lines, i + 1, furniture);
      // a note too long for its page runs on under the next page's rule, before that page's first note
      const carried = rule && first < 0 && lastNote !== null ? carriedOver(lines, i + 1, furniture, Number((lastNote as PendingBlock).marker) + 1) : null;
      if (carried) first = carried.next;
      const cited = citedNumbers(sinceNotes.join('\n'));
      if (rule) sinceNotes = []; // the notes under a rule belong to the text since the last rule
      if (first >= 0 && cited.has(noteStart(lines[first])!.num)) {
        sinceNotes = [];
        const last = lastBodyLine();
        const zone = readZone(lines, first, { furniture, width, bodyOpen: MID_SENTENCE.test(last), cited });
        if (zone.notes.length) {
          if (carried && lastNote) (lastNote as PendingBlock).text = joinNoteLines([(lastNote as PendingBlock).text, ...carried.lines], words);
          pending.push(...toBlocks(zone.notes));
          resumed = true;
          i = zone.end;
          continue;
        }
      }
      if (furniture[i]) { i++; continue; }
    }
    if (NOTES_HEADING.test(t) && (i === 0 || lines[i - 1].trim() === '' || furniture[i - 1])) {
      const first = noteLineAfter(lines, i + 1, furniture);
      const zone = first >= 0 ? readZone(lines, first, { furniture, width, bodyOpen: false }) : null;
      if (zone && zone.notes.length) {
        flushNotes();
        body.push('', lines[i], '');
        emitText();
        segments.push({ kind: 'notes', notes: toBlocks(zone.notes) });
        sinceNotes = [];
        i = zone.end;
        continue;
      }
    }
    if (t === '') {
      body.push('');
      flushNotes();
      i++;
      continue;
    }
    if (resumed) {
      // a new page: a paragraph that ended at the page bottom does not run on into the next page's first one
      const last = lastBodyLine();
      if (last === '' || (SENTENCE_END.test(last) && /^[\p{Lu}\d"“(]/u.test(t))) { body.push(''); flushNotes(); }
      resumed = false;
    }
    body.push(lines[i]);
    sinceNotes.push(lines[i]);
    if (sinceNotes.length > 400) sinceNotes = sinceNotes.slice(-200); // a page is shorter
    i++;
  }
  flushNotes();
  emitText();
  return segments;
}
