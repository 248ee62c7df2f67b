// What the checker reads from the first bytes of an HTML page: title, headings, visible text and a
// meta refresh target. A small tolerant scanner rather than a DOM: it runs on every live page, and
// a full parse cost ~10x more CPU (measured in the link-check bench) for the same few fields.
// Charset from the Content-Type header, else a <meta charset>, else UTF-8.

export interface PageText {
  title: string | null;
  /** og:title and h1-h3 texts, in that order. */
  headings: string[];
  /** Visible text with whitespace collapsed (scripts, styles and comments removed). */
  text: string;
  /** Target of `<meta http-equiv="refresh">` with a short delay, resolved against the page URL. */
  refreshTo: string | null;
  /** Count of <script> elements (single-page-app shells have text-less bodies full of scripts). */
  scripts: number;
}

function charsetOf(contentType: string | null, body: Buffer): string {
  const fromHeader = contentType ? /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  // The header wins; only without it is the page's own <meta charset> looked for.
  const fromMeta = fromHeader ? undefined : /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  return (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
}

/** Decoders are stateless between whole-buffer decodes: one per charset label for the whole run. */
const decoders = new Map<string, TextDecoder>();

function decoderFor(charset: string): TextDecoder {
  let d = decoders.get(charset);
  if (!d) {
    try {
      d = new TextDecoder(charset, { fatal: false });
    } catch {
      d = decoderFor('utf-8'); // unknown label
    }
    if (decoders.size < 64) decoders.set(charset, d);
  }
  return d;
}

/** Decode body bytes using the declared charset (unknown labels fall back to UTF-8). */
export function decodeHtml(body: Buffer, contentType: string | null): string {
  return decoderFor(charsetOf(contentType, body)).decode(body);
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', euro: '€',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
  oacute: 'ó', iacute: 'í', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', Eacute: 'É', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
};

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/iy;

function entityValue(e: string): string | null {
  if (e[0] === '#') {
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
  }
  return NAMED[e] ?? null;
}

/** Decode character references; unknown names stay as written. A loop over '&'s, not replace() with a callback (a hot path). */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(s);
    if (!m) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    const value = entityValue(m[1]);
    if (value !== null) {
      out += s.slice(last, amp) + value;
      last = amp + m[0].length;
    }
    amp = s.indexOf('&', amp + m[0].length);
  }
  return last === 0 ? s : out + s.slice(last);
}

// Runs of whitespace that are not already a single space (most runs are, and rewriting them costs).
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;
const squash = (s: string) => s.replace(NOT_ONE_SPACE, ' ').trim();
// Tags and whitespace in one pass: a run of them becomes one space; a lone space is left alone.
/** &nbsp; or a numeric reference (&#10;, &#160;): the references that can decode to whitespace. */
const WHITESPACE_ENTITY = /&(nbsp|#)/i;
const TAGS_AND_SPACE = /(?:<[^>]*>|\s)(?:<[^>]*>|\s)+|<[^>]*>|[^\S ]/g;
/** Visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
function textOf(fragment: string): string {
  const flat = fragment.replace(TAGS_AND_SPACE, ' ');
  const decoded = decodeEntities(flat);
  // Entities can add whitespace (&nbsp;, &#10;): collapse again only when one was there.
  return decoded !== flat && WHITESPACE_ENTITY.test(flat) ? squash(decoded) : decoded.trim();
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function refreshTarget(content: string, pageUrl: string): string | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?\s*$/i.exec(content);
  if (!m || Number(m[1]) > 10 || !m[2].trim()) return null;
  try {
    return new URL(m[2].trim(), pageUrl).href;
  } catch {
    return null;
  }
}

/** Scan the page prefix; never throws (a truncated page yields what it has). */
export function readPageText(body: Buffer, contentType: string | null, pageUrl: string): PageText {
  return scanHtml(decodeHtml(body, contentType), pageUrl);
}

/** Scan already decoded HTML. */
export function scanHtml(html: string, pageUrl: string): PageText {
  const scripts = (html.match(/<script\b/gi) ?? []).length;
  // Comments, scripts, styles and inline SVG (whose <title> is not the page's) carry no visible text.
  // One pass, leftmost first: a comment inside a script goes with the script and vice versa.
  const clean = html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  const titleMatch = /<title\b[^>]*>([\s\S]*?)(?:<\/title\s*>|$)/i.exec(clean);
  const title = titleMatch ? textOf(titleMatch[1]) || null : null;
  const headings: string[] = [];
  let refreshTo: string | null = null;
  for (const m of clean.matchAll(/<meta\b[^>]*>/gi)) {
    // Only og:title and refresh matter; most pages carry a dozen other meta tags.
    if (!/og:title|refresh/i.test(m[0])) continue;
    const a = attributes(m[0]);
    if (a.property === 'og:title' && a.content) headings.unshift(squash(a.content));
    if (!refreshTo && a['http-equiv']?.toLowerCase() === 'refresh' && a.content) refreshTo = refreshTarget(a.content, pageUrl);
  }
  for (const m of clean.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)) {
    const t = textOf(m[2]);
    if (t) headings.push(t);
  }
  const bodyStart = clean.search(/<body\b/i);
  const text = textOf((bodyStart >= 0 ? clean.slice(bodyStart) : clean.replace(/<head\b[\s\S]*?<\/head\s*>/i, ' ')));
  return { title, headings, text, refreshTo, scripts };
}
