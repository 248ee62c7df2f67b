// Repairs hard line wraps in text copied out of PDFs: URLs broken over two lines are rejoined,
// and words hyphenated at a line end are mended ("Migra-\ntion" -> "Migration", "Anti-\nSlavery" -> "Anti-Slavery").

/** Endings that make the second half of a line-broken word a suffix, so the hyphen was only a break. */
const SUFFIX = /^(?:tion|tions|sion|sions|ing|ings|ment|ments|ness|ity|ities|ance|ances|ence|ences|ed|er|ers|al|ally|ly|ies|ive|ives|ous|able|ible|ful|less|ship|ism|ist|ists|ate|ates|ated|ating|ation|ations|ency|ancy|ise|ised|ize|ized|ising|izing|ure|ures|ant|ants|ent|ents|ic|ical|ry|ary|ory)\b/;
/** First halves of compounds that keep their hyphen ("cross-border", "non-governmental", "co-operation"). */
const COMPOUND_HEAD = /(?:^|[^\p{L}])(?:cross|self|non|co|anti|multi|well|pre|post|ex|semi|so|sub|inter|intra|counter|cyber|socio|e|re|mid|pan|trans|vice|quasi|pro|half|long|short|high|low|full|part|all|one|two|three|four|five|first|second|third|follow|decision|policy|gender|rights|child|evidence|victim|survivor|trauma|community|country|state|time|cost|case|peer|user|tech|age|sex|labour|labor|forced|world|open|front|hard|side|large|small|up|off|out|over|under|top)$/iu;

/** A URL cut at this character is certainly unfinished. */
const URL_OPEN_END = /[-?=&:_#%~+]$/;
/** The next line's first token looks like the rest of a URL (no spaces, URL characters, not a capitalised word). */
const URL_TAIL = /^[A-Za-z0-9._~%/?#=&+:-]+$/;
/** A URL's remainder cut mid-word: it carries a path, a query or a file extension ("ions/report-2023.pdf"). */
const PATH_TAIL = /^[a-z0-9%][A-Za-z0-9._~%-]*(?:[/?=&#][A-Za-z0-9._~%/?#=&+:-]*|\.(?:pdf|html?|aspx?|php|docx?|xlsx?|pptx?))$/;

/** Longest trailing token kept: no real URL is longer, and the checks below stay O(1) per line. */
const TOKEN_CAP = 2048;

/** The trailing space-free token after appending `piece` to a line whose trailing token was `token`. */
function nextToken(token: string, piece: string): string {
  const i = piece.lastIndexOf(' ');
  const t = i >= 0 ? piece.slice(i + 1) : token + piece;
  // A capped token loses its "https://" start, so a runaway chain stops being treated as a URL.
  return t.length > TOKEN_CAP ? t.slice(-TOKEN_CAP) : t;
}

function isUrlContinuation(urlEnd: string, next: string): boolean {
  const token = next.split(' ', 1)[0].replace(/[.,;)\]>"”]+$/, '');
  if (!token || !URL_TAIL.test(token) || /^(?:https?:|www\.)/i.test(token)) return false;
  if (URL_OPEN_END.test(urlEnd)) return true;
  // After "/" or ".", only a token that cannot be a word of prose: digits, or URL punctuation inside it.
  if (/[/.]$/.test(urlEnd)) return /\d|[-_./?=&%]/.test(token.slice(0, -1) || token) && !/^[A-Z][a-z]+$/.test(token);
  // Cut inside a path segment: the rest must itself look like a path, not prose ("and/or" is prose).
  return /\/[^/]*$/.test(urlEnd.replace(/^https?:\/\//i, '')) && PATH_TAIL.test(token) && !/^(?:and|or)\//i.test(token);
}

/** The document's own spellings: its words, and its hyphenated compounds written inside a line. */
export interface Vocabulary { words: Set<string>; compounds: Set<string> }

export function vocabularyOf(text: string): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const parts = m[0].toLowerCase().split('-');
    for (const p of parts) words.add(p);
    for (let k = 1; k < parts.length; k++) compounds.add(`${parts[k - 1]}-${parts[k]}`);
  }
  return { words, compounds };
}

/**
 * Does a hyphen at a line end only break the word? No when the document writes the hyphenated form inside
 * a line, the second half starts in upper case ("Anti-Slavery") or the first half is a compound head
 * ("cross-border"); yes when the document spells the joined word elsewhere or the second half is a suffix.
 */
export function isSoftHyphen(head: string, tail: string, vocabulary: () => Vocabulary): boolean {
  if (!/^\p{Ll}/u.test(tail)) return false;
  const headWord = (head.match(/\p{L}+$/u)?.[0] ?? '').toLowerCase();
  const tailWord = (tail.match(/^\p{L}+/u)?.[0] ?? '').toLowerCase();
  const v = vocabulary();
  if (v.compounds.has(`${headWord}-${tailWord}`)) return false;
  if (headWord.length + tailWord.length > 5 && v.words.has(headWord + tailWord)) return true;
  if (SUFFIX.test(tail)) return true;
  return !COMPOUND_HEAD.test(head);
}

/**
 * Mend line breaks inside URLs and hyphenated words. Only the two affected lines change; other line
 * structure (agenda rows, bullets, notes) is left alone.
 */
export function repairHardWraps(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  // Built on the first line-end hyphen only; line-end hyphens are not in it (they join below).
  let vocab: Vocabulary | null = null;
  const vocabulary = () => (vocab ??= vocabularyOf(text.replace(/-\n/g, '\n')));
  for (let i = 0; i < lines.length; i++) {
    // The logical line as its physical pieces: joining many lines stays linear (no re-copying a long string).
    const parts = [lines[i]];
    let trailing = nextToken('', lines[i]);
    while (i + 1 < lines.length) {
      const next = lines[i + 1].trimStart();
      if (!next) break;
      const last = parts[parts.length - 1];
      // A URL in brackets or quotes: "(https://...", "<https://...".
      const token = trailing.replace(/^[(<[“"']+/, '');
      if (/^https?:\/\/\S/i.test(token) && isUrlContinuation(token.length > 300 ? token.slice(-300) : token, next)) {
        parts.push(next);
        trailing = nextToken(trailing, next);
        i++;
        continue;
      }
      const hy = /(\p{L}{2,})-$/u.exec(last.slice(-80));
      if (hy && !/^https?:/i.test(token) && /^\p{L}/u.test(next)) {
        if (isSoftHyphen(last.slice(-80, -1), next, vocabulary)) { // "Migra-" + "tion"
          parts[parts.length - 1] = last.slice(0, -1);
          trailing = trailing.slice(0, -1);
        }
        parts.push(next); // or "Anti-" + "Slavery", "cross-" + "border"
        trailing = nextToken(trailing, next);
        i++;
        continue;
      }
      break;
    }
    out.push(parts.join(''));
  }
  return out.join('\n');
}
