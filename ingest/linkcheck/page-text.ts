// What the checker reads from the first bytes of an HTML page: title, headings, visible text and a
// meta refresh target. Charset from the Content-Type header, else a <meta charset>, else UTF-8.
import * as cheerio from 'cheerio';

export interface PageText {
  title: string | null;
  /** h1-h3 texts and og:title, in document order. */
  headings: string[];
  /** Visible text with whitespace collapsed (scripts and styles removed). */
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

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Parse the page prefix; never throws (a truncated page parses as far as it goes). */
export function readPageText(body: Buffer, contentType: string | null, pageUrl: string): PageText {
  const html = decodeHtml(body, contentType);
  const $ = cheerio.load(html);
  const title = squash($('title').first().text()) || null;
  const headings: string[] = [];
  const og = $('meta[property="og:title"]').attr('content');
  if (og) headings.push(squash(og));
  $('h1, h2, h3').each((_, el) => {
    const t = squash($(el).text());
    if (t) headings.push(t);
  });
  let refreshTo: string | null = null;
  const refresh = $('meta[http-equiv]').filter((_, el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'refresh').first().attr('content');
  if (refresh) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?\s*$/i.exec(refresh);
    if (m && Number(m[1]) <= 10 && m[2]) {
      try {
        refreshTo = new URL(m[2].trim(), pageUrl).href;
      } catch {
        refreshTo = null;
      }
    }
  }
  const scripts = $('script').length;
  $('script, style, noscript, template, svg').remove();
  const text = squash($('body').length ? $('body').text() : $.root().text());
  return { title, headings, text, refreshTo, scripts };
}
