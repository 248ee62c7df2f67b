// Joining the wrapped lines of a plain-text note (or paragraph) copied out of a PDF: a URL broken at a line end
// is one URL again, and a word hyphenated at a line end loses its hyphen when the document spells it whole elsewhere.

/** A URL cut after one of these characters is unfinished. */
const URL_OPEN_END = /[/\-_=?&#%~+:]$/;
/** Characters a URL may hold (no spaces). */
const URL_CHARS = /^[A-Za-z0-9._~%/?#=&+:;@!$'()*,-]+$/;
/** A token with URL structure: a path separator, a query or a file-name dot, not a plain word. */
const URL_SHAPED = /[/=?&_%]|\.[a-z]{2,5}\b|\d/;

function lastToken(line: string): string {
  const i = line.lastIndexOf(' ');
  return i < 0 ? line : line.slice(i + 1);
}

/** Is `token` (the end of a line) a URL? */
export function isUrlToken(token: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(token);
}

/**
 * Does `next` (the following line, trimmed) carry on the URL at the end of `line`? After "/", "-", "_", "=", "?",
 * "&" (and the like) any URL-ish first token does; after another character only a whole line that is one
 * URL-shaped token ("grid2023/", "lang--en/index.htm"). A capitalised word followed by prose never does.
 */
export function continuesUrl(line: string, next: string): boolean {
  const url = lastToken(line.trimEnd());
  if (!isUrlToken(url)) return false;
  const space = next.indexOf(' ');
  const token = (space < 0 ? next : next.slice(0, space)).replace(/[.,;]+$/, '');
  if (!token || !URL_CHARS.test(token) || /^(?:https?:|www\.)/i.test(token)) return false;
  if (/^\p{Lu}\p{Ll}+$/u.test(token) && space >= 0) return false; // "Accessed 3 May 2023."
  if (URL_OPEN_END.test(url)) return space < 0 || URL_SHAPED.test(token);
  return space < 0 && URL_SHAPED.test(token);
}

/** The words of a text, lower-cased, for deciding line-end hyphens ("assessment" seen elsewhere => "as-sessment" is one word). */
export function vocabulary(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) out.add(m[0].toLowerCase());
  return out;
}

/**
 * How to join "…word-" and the next line: 'drop' the hyphen when the document spells the joined word without
 * one and never with one, 'keep' when it only spells it with one, null when the document does not say.
 */
export function hyphenJoin(line: string, next: string, words: Set<string>): 'drop' | 'keep' | null {
  const a = /(\p{L}+)-$/u.exec(line);
  const b = /^(\p{Ll}+)/u.exec(next);
  if (!a || !b) return null;
  const whole = (a[1] + b[1]).toLowerCase();
  const split = `${a[1]}-${b[1]}`.toLowerCase();
  if (words.has(whole) && !words.has(split)) return 'drop';
  if (words.has(split) && !words.has(whole)) return 'keep';
  return null;
}

/**
 * Join a note's wrapped lines into one line: URLs rejoined without a space, hyphenated words mended
 * when the document's vocabulary decides, other lines joined with a space. Linear: only the last token is inspected.
 */
export function joinNoteLines(lines: string[], words: Set<string>): string {
  const parts: string[] = [];
  let tail = ''; // the last whitespace-free token of the text so far
  for (const raw of lines) {
    const next = raw.trim();
    if (!next) continue;
    const space = next.indexOf(' ');
    const nextTail = lastToken(next);
    if (!parts.length) { parts.push(next); tail = nextTail; continue; }
    if (continuesUrl(tail, next)) {
      parts.push(next);
      tail = space < 0 ? (tail + next).slice(-4000) : nextTail; // longer is no URL
      continue;
    }
    const hy = isUrlToken(tail) ? null : hyphenJoin(tail, next, words);
    if (hy === 'drop') {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      parts.push(next);
      tail = space < 0 ? tail.slice(0, -1) + next : nextTail;
    } else if (hy === 'keep' || (/\p{L}-$/u.test(tail) && /^\p{L}/u.test(next) && !isUrlToken(tail))) {
      parts.push(next);
      tail = space < 0 ? tail + next : nextTail;
    } else {
      parts.push(' ', next);
      tail = nextTail;
    }
  }
  return parts.join('');
}

/**
 * Mend line-end hyphenation in running text where the document's own vocabulary decides ("as-" + "sessment"
 * when "assessment" occurs elsewhere). Undecided breaks are left for the general hard-wrap repair.
 */
export function mendHyphenation(lines: string[], words: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // only the last piece is inspected: a chain of joins stays linear
    const parts = [lines[i]];
    let last = lines[i].slice(-200);
    while (i + 1 < lines.length && /\p{L}-$/u.test(last) && !isUrlToken(lastToken(last)) && hyphenJoin(lastToken(last), lines[i + 1].trim(), words) === 'drop') {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      last = lines[i + 1].trim();
      parts.push(last);
      last = last.slice(-200);
      i++;
    }
    out.push(parts.join(''));
  }
  return out;
}
