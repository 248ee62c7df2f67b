// Line-based block splitter shared by the plain-text and Markdown loaders: decodes and normalises
// the raw bytes, then groups lines into heading, paragraph, list-item and footnote blocks.
import { InvalidInputError } from '../../src/errors.js';
import type { PendingBlock } from './document-builder.js';

/** Unicode superscript digits and their ASCII values. */
export const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
export const SUPERSCRIPT_CLASS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Converts a run of superscript digits to its ASCII number ("¹²" -> "12"). */
export function superscriptToAscii(s: string): string {
  let out = '';
  for (const ch of s) out += SUPERSCRIPT_DIGITS[ch] ?? ch;
  return out;
}

/**
 * Decode bytes as UTF-8 (falling back to Latin-1 for legacy files) and normalise:
 * no BOM, LF line ends, no NBSP/tabs, no trailing spaces.
 * @throws InvalidInputError for an empty or binary input.
 */
export function decodeText(raw: Uint8Array, op: string, source: string): string {
  if (raw.length === 0) throw new InvalidInputError(`${op}: ${source}: empty document`);
  let zeros = 0;
  for (let i = 0; i < Math.min(raw.length, 8192); i++) if (raw[i] === 0) zeros++;
  if (zeros > 0) throw new InvalidInputError(`${op}: ${source}: binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    text = new TextDecoder('latin1').decode(raw);
  }
  let control = 0;
  for (let i = 0; i < Math.min(text.length, 8192); i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 8) throw new InvalidInputError(`${op}: ${source}: binary data, not text`);
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ')
    .replace(/[\u200B\u200C\u200D\u2060]/g, '')
    .replace(/ +$/gm, '');
  if (text.trim() === '') throw new InvalidInputError(`${op}: ${source}: empty document`);
  return text.normalize('NFC');
}

const BULLET = /^\s{0,6}(?:[-*+•▪◦·‣–]|\d{1,2}[.)])\s+(?=\S)/u;
const UNORDERED = /^\s{0,6}[-*+•▪◦·‣–]\s+(?=\S)/u;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FOOTNOTE_SUPER = new RegExp(`^\\s{0,3}([${SUPERSCRIPT_CLASS}]{1,3})\\s*(?=\\S)`, 'u');
const FOOTNOTE_CARET = /^\s{0,3}\[\^([\w-]{1,10})\]:\s*/;
const FOOTNOTE_BRACKET = /^\s{0,3}\[(\d{1,3}|[ivxlc]{1,6})\]\s+(?=\S)/;
const FOOTNOTE_NUMBER = /^\s{0,3}(\d{1,3})[.)]?\s+(?=\S)/;
const NOTES_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:(?:foot|end)?notes|references|sources|bibliography)\s*:?\s*(?:\*\*)?\s*$/i;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const AGENDA_LINE = /^\s{0,3}\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s+\S/i;
const TABLE_ROW = /^\s{0,3}\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s{0,3}\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?\|?\s*$/;

export interface SplitOptions {
  /** Recognise `# ` headings (Markdown). */
  markdownHeadings: boolean;
}

/** Identify a footnote line: returns its marker and where the note text starts. */
function footnoteStart(line: string, inNotes: boolean): { marker: string; skip: number } | null {
  let m = FOOTNOTE_SUPER.exec(line);
  if (m) return { marker: superscriptToAscii(m[1]), skip: m[0].length };
  m = FOOTNOTE_CARET.exec(line);
  if (m) return { marker: m[1], skip: m[0].length };
  if (inNotes) {
    m = FOOTNOTE_BRACKET.exec(line) ?? FOOTNOTE_NUMBER.exec(line);
    if (m) return { marker: m[1], skip: m[0].length };
  }
  return null;
}

/**
 * Group lines into blocks. Blank lines end blocks; bullets, headings and footnote lines start their own.
 * `[1] text` and `1. text` lines count as notes only inside a Notes/References section, and `[1]` lines
 * also when they are at the end of the document in a run of such lines.
 */
export function splitBlocks(text: string, options: SplitOptions): PendingBlock[] {
  const lines = text.split('\n');
  const out: PendingBlock[] = [];
  let cur: PendingBlock | null = null;
  let inNotes = false;
  // A trailing run of "[n] ..." lines is a note list even without a heading.
  let bracketTail = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.trim() === '' || FOOTNOTE_BRACKET.test(l)) { if (FOOTNOTE_BRACKET.test(l)) bracketTail = i; continue; }
    if (bracketTail < lines.length && /^\s{2,}\S/.test(l)) continue;
    break;
  }
  const flush = () => { if (cur && cur.text.trim()) out.push(cur); cur = null; };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || RULE.test(line) && !UNORDERED.test(line.replace(/\s+/g, ''))) {
      if (line.trim() !== '' && cur === null) continue;
      flush();
      continue;
    }
    // a Markdown table row becomes one paragraph, cells separated by " | " (empty cells dropped)
    if (options.markdownHeadings && TABLE_ROW.test(line)) {
      flush();
      if (TABLE_SEPARATOR.test(line)) continue;
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter((c) => c !== '');
      if (cells.length) out.push({ kind: 'paragraph', text: cells.join(' | ') });
      continue;
    }
    const h = options.markdownHeadings ? HEADING.exec(line) : null;
    if (h) {
      flush();
      inNotes = NOTES_HEADING.test(h[2]);
      out.push({ kind: 'heading', text: h[2], level: h[1].length });
      continue;
    }
    if (NOTES_HEADING.test(line) && (cur === null)) {
      inNotes = true;
      out.push({ kind: 'heading', text: line.trim().replace(/^\*\*|\*\*$/g, ''), level: 2 });
      continue;
    }
    const fn = footnoteStart(line, inNotes || i >= bracketTail);
    if (fn && (cur === null || (cur as PendingBlock).kind === 'footnote' || FOOTNOTE_SUPER.test(line) || FOOTNOTE_CARET.test(line))) {
      flush();
      cur = { kind: 'footnote', marker: fn.marker, text: line.slice(fn.skip).trimEnd() };
      continue;
    }
    if (BULLET.test(line) && !(inNotes && FOOTNOTE_NUMBER.test(line))) {
      flush();
      cur = { kind: 'list-item', text: line.replace(BULLET, '').trimEnd() };
      continue;
    }
    if (cur !== null && (cur as PendingBlock).kind === 'list-item' && !/^\s/.test(line)) flush();
    // an agenda line ("10:00 – 11:30   Session 1: ...") starts its own block even without a blank line before it
    if (cur !== null && (cur as PendingBlock).kind === 'paragraph' && AGENDA_LINE.test(line)) flush();
    if (cur === null) cur = { kind: 'paragraph', text: line.trim() };
    else (cur as PendingBlock).text += '\n' + line.trim();
  }
  flush();
  return out;
}
