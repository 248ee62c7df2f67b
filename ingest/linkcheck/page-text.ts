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

function charsetOf(contentType: string | null, head: string): string {
  const fromHeader = /charset=["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromMeta = /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1];
  return (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
}

/** Decode body bytes using the declared charset (unknown labels fall back to UTF-8). */
export function decodeHtml(body: Buffer, contentType: string | null): string {
  const charset = charsetOf(contentType, body.subarray(0, 2048).toString('latin1'));
  try {
    return new TextDecoder(charset, { fatal: false }).decode(body);
  } catch {
    return new TextDecoder('utf-8', { fatal: false }).decode(body);
  }
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', euro: '€',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
  oacute: 'ó', iacute: 'í', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', Eacute: 'É', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (fragment: string) => squash(decodeEntities(fragment.replace(/<[^>]*>/g, ' ')));

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
  const clean = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  const titleMatch = /<title\b[^>]*>([\s\S]*?)(?:<\/title\s*>|$)/i.exec(clean);
  const title = titleMatch ? textOf(titleMatch[1]) || null : null;
  const headings: string[] = [];
  let refreshTo: string | null = null;
  for (const m of clean.matchAll(/<meta\b[^>]*>/gi)) {
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
