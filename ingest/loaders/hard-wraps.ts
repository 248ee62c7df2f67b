// Repairs hard line wraps in text copied out of PDFs: URLs broken over two lines are rejoined,
// and words hyphenated at a line end are mended ("Migra-\ntion" -> "Migration", "Anti-\nSlavery" -> "Anti-Slavery").

/** Endings that make the second half of a line-broken word a suffix, so the hyphen was only a break. */
const SUFFIX = /^(?:tion|tions|sion|sions|ing|ings|ment|ments|ness|ity|ities|ance|ances|ence|ences|ed|er|ers|al|ally|ly|ies|ive|ives|ous|able|ible|ful|less|ship|ism|ist|ists|ate|ates|ated|ating|ation|ations|ency|ancy|ise|ised|ize|ized|ising|izing|ure|ures|ant|ants|ent|ents|ic|ical|ry|ary|ory)\b/;

/** A URL cut at this character is certainly unfinished. */
const URL_OPEN_END = /[-?=&:_#%~+]$/;
/** The next line's first token looks like the rest of a URL (no spaces, URL characters, not a capitalised word). */
const URL_TAIL = /^[A-Za-z0-9._~%/?#=&+:-]+$/;

function lastToken(line: string): string {
  const i = line.lastIndexOf(' ');
  return i < 0 ? line : line.slice(i + 1);
}

function isUrlContinuation(urlEnd: string, next: string): boolean {
  const token = next.split(' ', 1)[0].replace(/[.,;)\]]+$/, '');
  if (!token || !URL_TAIL.test(token)) return false;
  if (URL_OPEN_END.test(urlEnd)) return true;
  // After "/" or ".", only a token that cannot be a word of prose: digits, or URL punctuation inside it.
  if (/[/.]$/.test(urlEnd)) return /\d|[-_./?=&%]/.test(token.slice(0, -1) || token) && !/^[A-Z][a-z]+$/.test(token);
  return false;
}

/**
 * Mend line breaks inside URLs and hyphenated words. Only the two affected lines change; other line
 * structure (agenda rows, bullets, notes) is left alone.
 */
export function repairHardWraps(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    while (i + 1 < lines.length) {
      const next = lines[i + 1].trimStart();
      if (!next) break;
      const token = lastToken(line);
      if (/^https?:\/\/\S+$/i.test(token) && isUrlContinuation(token, next)) {
        line += next;
        i++;
        continue;
      }
      const hy = /(\p{L}{2,})-$/u.exec(line);
      if (hy && !/^https?:/i.test(token) && /^\p{L}/u.test(next)) {
        if (/^\p{Ll}/u.test(next) && SUFFIX.test(next)) line = line.slice(0, -1) + next; // "Migra-" + "tion"
        else line += next; // "Anti-" + "Slavery", "cross-" + "border"
        i++;
        continue;
      }
      break;
    }
    out.push(line);
  }
  return out.join('\n');
}
