// Joining PDF lines into block text: a wrapped line continues its block with a space, none after a
// hyphen or inside a URL broken at the margin, and a newline where the writer broke the line on purpose.
import type { PendingBlock } from './document-builder.js';
import { isSoftHyphen, type Vocabulary } from './hard-wraps.js';
import type { Line } from './pdf-lines.js';

/** The document's spellings, to tell a soft hyphen at a line end ("Migra-tion") from a compound ("cross-border"). */
export type Spellings = () => Vocabulary;

const URLISH = /(?:https?:\/\/|www\.)\S*$/i;

/** Join a continuation line: no space after a hyphen or inside a URL broken at the margin. */
export function joinLine(prev: string, next: string, prevAtMargin: boolean, spellings?: Spellings): string {
  // A word broken by a soft hyphen is mended ("Migra-tion" -> "Migration") when the document's spellings say so.
  // Only a plain word: a URL or code broken after a hyphen keeps it ("https://example.org/annual-report").
  if (spellings && /(?:^|[\s("“'])\p{L}{2,}-$/u.test(prev.slice(-80)) && isSoftHyphen(prev.slice(-80, -1), next, spellings)) return prev.slice(0, -1) + next;
  // A word or range broken after its hyphen or dash ("Anti-Slavery", "COVID-19", "11:30–13:00") stays one token.
  if (/[\p{L}\d][-–]$/u.test(prev) && /^[\p{L}\d]/u.test(next)) return prev + next;
  const lastToken = prev.slice(prev.lastIndexOf(' ') + 1);
  if (prevAtMargin && URLISH.test(lastToken) && /^[\w/%#?=&.~-]+(?:\s|$)/.test(next) && /[/_\-.=?&%#\d]/.test(next.split(' ')[0])) return prev + next;
  return prev + ' ' + next;
}

/** Append a line to a block, moving the line's note references along; `hardBreak` keeps the break as "\n". */
export function appendLine(block: PendingBlock, line: Line, atMargin: boolean, hardBreak = false, spellings?: Spellings): void {
  const joined = hardBreak ? `${block.text}\n${line.text}` : joinLine(block.text, line.text, atMargin, spellings);
  const shift = joined.length - line.text.length;
  block.noteRefs = [...(block.noteRefs ?? []), ...line.refs.map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }))];
  block.text = joined;
}

/**
 * The writer broke `prev` on purpose: the first word of `next` would have fitted in the room left on
 * `prev` (a line wraps only when the next word does not fit). Character width is estimated from `next`.
 */
export function isDeliberateBreak(prev: Line, next: Line, right: number): boolean {
  const perChar = next.text.length ? (next.right - next.x) / next.text.length : next.size * 0.5;
  const firstWord = next.text.split(' ', 1)[0];
  const room = right - prev.right - next.size * 0.5;
  return (firstWord.length + 1) * perChar < room;
}
