// Soft-404 detection: a "200 OK" that is really an error page. Three signals: not-found wording in the
// title or headings (or the whole of a short page), a deep link redirected to the site root or an
// error page, and the random-sibling probe (Bar-Yossef et al. 2004): request a made-up path beside
// the cited URL; if it answers like the cited page, the cited page is not really there.
import { randomBytes } from 'node:crypto';
import { readUrl } from './url-cache.js';

export { anyOf, hasNotFoundWording, notFoundByWording } from './not-found-wording.js';

// A site's front page: "/", "/en/", "/index.html", "/home/", "/Home/Index", "/de/startseite", "/web/guest/home" (portal CMSs).
const ROOTISH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?(?:\/|$))?(?:(?:web|site|sites|portal|cms|pages|public|guest)\/){0,2}(?:(?:index|default|home|homepage|start|startseite|main|welcome|portal|frontpage|accueil|inicio|etusivu|forside|hem|strona-glowna|pagina-inicial|home\/index)(?:\.\w+)?\/?)?$/i;
const ERRORISH = /(^|\/)(404|not[-_]?found|page[-_]?not[-_]?found|error|errors|missing|gone|search|sitemap|error[-_]?404|404[-_]?(error|page|not[-_]?found))(\/|\.|$)/i;

const LANDING_QUERY_KEYS = /^(utm_\w+|ref|from|source|src|error|err|code|status|reason|not_?found|404|missing|redirect(ed)?(_?from)?|return(_?url)?|origin|lang|aspxerrorpath)$/i;
/** A landing query that names the error itself ("/index.php?page=notfound", "/?p=404"). */
const ERROR_QUERY_VALUE = /^(404|410|not[-_]?found|page[-_]?not[-_]?found|error[-_]?404|missing|gone)$/i;

function pathDepth(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** A deep link that ended on a site root (any host), a locale root, a home page, or an error page. */
export function isRedirectToGeneric(originalUrl: string, finalUrl: string): boolean {
  const from = readUrl(originalUrl);
  const to = readUrl(finalUrl);
  if (!from || !to) return false;
  if (from.href === to.href) return false;
  if (ERRORISH.test(to.pathname) && !ERRORISH.test(from.pathname)) return true;
  const deep = !ROOTISH.test(from.pathname) || (from.search.length > 1 && pathDepth(from.pathname) > 0);
  // A landing page keeps at most a tracking or error query; "/?page_id=42" is a real page on some sites.
  const landing = [...to.searchParams.keys()].every((k) => LANDING_QUERY_KEYS.test(k))
    || [...to.searchParams.values()].some((v) => ERROR_QUERY_VALUE.test(v));
  return deep && landing && (ROOTISH.test(to.pathname) || isSectionIndex(from.pathname, to.pathname));
}

/**
 * An item bounced to a top-level section index ("/news/2016/harbour-plan" -> "/news/", "/reports/x.pdf"
 * -> "/publications/"): sites do this when they drop old items. A move that keeps the item's own name
 * ("/en/about/" -> "/about/") is a restructuring, not a removal.
 */
function isSectionIndex(fromPath: string, toPath: string): boolean {
  const from = fromPath.split('/').filter(Boolean);
  const to = toPath.split('/').filter(Boolean);
  if (from.length < 2 || to.length !== 1 || !toPath.endsWith('/')) return false;
  return !from.slice(1).some((seg) => seg.toLowerCase() === to[0].toLowerCase());
}

/** A title part that names the front page ("Harbour Authority – Home", "Startseite | Amt"). */
const HOME_TITLE_PART = /^\W*(home|home ?page|welcome|startseite|accueil|inicio|etusivu|forside|hem)\W*$/i;

/**
 * A document link (.pdf, .docx, ...) answered with the site's front page as HTML: the file is gone and
 * the site shows its home page instead (no redirect to see, and often no catch-all for the probe).
 */
export function isDocumentAnsweredByHome(originalUrl: string, title: string | null, documentExt: RegExp): boolean {
  const from = readUrl(originalUrl);
  if (!from || !title || !documentExt.test(from.pathname)) return false;
  return title.split(/\s[|–—·:-]\s/).some((part) => HOME_TITLE_PART.test(part));
}

/** Titles and headings of a site's search page ("Search results for ...", "You searched for ..."). */
const SEARCH_PAGE = /^\W*(search results?\b(?! (of|from|on|in) )|you searched for|suchergebnisse|résultats de (la )?recherche|resultados de (la )?búsqueda|zoekresultaten|risultati della ricerca|sökresultat)\b/i;
const SEARCH_URL = /(^|\/)(search|suche|recherche|buscar|busca|zoeken|cerca|sok|find)(\/|\.|$)/i;
const SEARCH_KEYS = /^(q|query|s|search|keys?|keywords?|terms?|text|searchterm|search_?api_?fulltext)$/i;

/**
 * A cited page that answers with the site's search results for its own words: the site fell back to
 * searching because the item is gone. A cited search URL is of course allowed to show results.
 */
export function isSearchFallback(originalUrl: string, title: string | null, headings: readonly string[]): boolean {
  const from = readUrl(originalUrl);
  if (!from || SEARCH_URL.test(from.pathname) || [...from.searchParams.keys()].some((k) => SEARCH_KEYS.test(k))) return false;
  const firstPart = (title ?? '').split(/\s[|–—·-]\s/)[0];
  return SEARCH_PAGE.test(firstPart) || headings.some((h) => h.length < 120 && SEARCH_PAGE.test(h));
}

/** A made-up sibling of `url`: same directory and extension, random name. */
export function siblingProbeUrl(url: string, random: () => string = () => randomBytes(8).toString('hex')): string {
  const u = new URL(url);
  const path = u.pathname;
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const last = path.slice(slash + 1);
  const ext = /\.[a-z0-9]{1,5}$/i.exec(last)?.[0] ?? '';
  return `${u.origin}${dir}cg-${random()}${ext}`;
}

/** Cache key of the sibling probe: one probe answers for every URL in the same directory. */
export function siblingKey(url: string): string {
  const u = readUrl(url);
  if (!u) throw new TypeError(`siblingKey: not a URL: ${url}`);
  const dir = u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1);
  const ext = /\.[a-z0-9]{1,5}$/i.exec(u.pathname.slice(dir.length))?.[0] ?? '';
  return `${u.origin}${dir}*${ext}`;
}

/** A page reduced to comparable tokens; the URL's own path words are removed (error pages echo them). */
export interface Fingerprint {
  status: number;
  title: string;
  /** Title words (path words removed). */
  titleWords: string[];
  /** Word 3-shingles. */
  tokens: Set<string>;
  /** Distinct words (tolerates a changing request id or timestamp on a short page). */
  words: Set<string>;
  /** The URL's path and query words, left out of the fingerprint. */
  noise: Set<string>;
  textLength: number;
}

export function fingerprint(status: number, title: string | null, text: string, url: string): Fingerprint {
  let noise = new Set<string>();
  try {
    const u = new URL(url);
    noise = new Set(decodeURIComponent(u.pathname + ' ' + u.search).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  } catch {
    // keep no noise words
  }
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !noise.has(w));
  // Word 3-shingles: near-identical pages share nearly all of them, different articles few.
  const tokens = new Set<string>();
  for (let i = 0; i + 2 < words.length && tokens.size < 5000; i++) tokens.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length < 3) for (const w of words) tokens.add(w);
  const titleWords = (title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !noise.has(w));
  return { status, title: titleWords.join(' '), titleWords, tokens, words: new Set(words), noise, textLength: text.length };
}

/** `words` without those in `drop` (the other URL's path words); the same set when none is dropped. */
function without<T extends Iterable<string>>(words: T, drop: ReadonlySet<string> | undefined): string[] | T {
  if (!drop || drop.size === 0) return words;
  const out: string[] = [];
  for (const w of words) if (!drop.has(w)) out.push(w);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (big.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Does the made-up sibling answer like the cited page? Same status and title and near-identical
 * text. Pages with almost no text (single-page-app shells) look alike on every path, so they never
 * match on the probe alone.
 */
export function answersLikeProbe(cited: Fingerprint, probe: Fingerprint, minSimilarity = 0.9): boolean {
  if (cited.status !== probe.status) return false;
  if (cited.textLength < 40 && probe.textLength < 40) return false;
  // Each page is read without both URLs' path words: a catch-all page that shares a word with the
  // cited path ("/programmes/coastal-..." on a "Coastal Alliance" site) lost it only on one side.
  const titleA = (without(cited.titleWords ?? [], probe.noise) as string[]).join(' ');
  const titleB = (without(probe.titleWords ?? [], cited.noise) as string[]).join(' ');
  if (cited.titleWords && probe.titleWords ? titleA !== titleB : cited.title !== probe.title) return false;
  if (jaccard(cited.tokens, probe.tokens) >= minSimilarity) return true;
  const wordsA = new Set(without(cited.words, probe.noise));
  const wordsB = new Set(without(probe.words, cited.noise));
  return jaccard(wordsA, wordsB) >= minSimilarity - 0.1;
}
