// Soft-404 detection: a "200 OK" that is really an error page. Three signals: not-found wording in the
// title or headings (or the whole of a short page), a deep link redirected to the site root or an
// error page, and the random-sibling probe (Bar-Yossef et al. 2004): request a made-up path beside
// the cited URL; if it answers like the cited page, the cited page is not really there.
import { randomBytes } from 'node:crypto';
import { readUrl } from './url-cache.js';

// Unambiguous in a title, a heading or anywhere in a page: "The page you were looking for doesn't
// exist", "The page you're looking for isn't here"; WordPress.com and Instagram's "The link you
// followed may be broken, or the page may have been removed."
const PAGE_YOU_WANTED_IS_NOT = /\bpage you('re|’re| are| were)? (looking for|requested|tried to (access|reach)) (doesn't|doesn’t|does not|no longer|isn't|isn’t|is not|was not|wasn't|wasn’t|cannot|can't|can’t|could not|couldn't|couldn’t)\b/i;
const LINK_YOU_FOLLOWED = /\blink you followed (may be|is|was|might be) (broken|expired|invalid)\b/i;

const NOT_FOUND = [
  PAGE_YOU_WANTED_IS_NOT, LINK_YOU_FOLLOWED,
  // "404" alone is not enough ("Report 404 on ..."): it must lead the text or sit next to error words.
  /^\W*(error\s*)?404\b/i, /\b(error|erreur|fehler|errore|código|code)\s*:?\s*404\b/i, /\b404\b\W{0,3}(error|not found|page|seite)/i,
  /\bnot found\b/i, /\bpage (you requested |you are looking for |you're looking for )?(was |could not be |cannot be |can ?not be |can't be )found\b/i,
  /\b(page|document|file|article|resource|content) (does not|doesn't|no longer) exists?\b/i,
  /\bno longer (available|exists)\b/i, /\b(page|document|content|resource|file) (is )?(not |no longer |un)available\b/i,
  /\bpage (isn't|isn’t|is not) (available|here)\b/i, /\b(that|this|the) page is (gone|missing)\b/i, /^\W*page missing\W*$/i,
  /\b(looks|seems) like you('re|’re| are| have| got) (lost|taken a wrong turn)\b/i,
  /\bwe (couldn't|could not|can't|cannot) find (the|that|this) page\b/i, /\bnothing (was )?found\b/i,
  /\boops[.!,]? (that|this) page\b/i, /\bpage (has been )?(removed|deleted)\b/i,
  /\bseite (wurde )?nicht gefunden\b/i, /\bpage (introuvable|non trouvée)\b/i, /\bp[áa]gina no encontrada\b/i,
  /\bpagina non trovata\b/i, /\bpagina niet gevonden\b/i, /\bstrona nie (została )?znaleziona\b/i, /\bстраница не найдена\b/i,
];

/** One alternation of a list of case-insensitive patterns: one scan of the text instead of one per pattern. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'i');
}

const ANY_NOT_FOUND = anyOf(NOT_FOUND);

/** Not-found wording in a string (title, heading). */
export function hasNotFoundWording(s: string | null): boolean {
  return !!s && ANY_NOT_FOUND.test(s);
}

/** A title that is nothing but an error word ("Error", "Oops!", "Fehler") names an error page. */
const BARE_ERROR_TITLE = /^\W*(error|oops|fehler|erreur|errore|página de error)\W*$/i;

/**
 * Wording signal: a title or h1-h3 says "not found", or a short page (an error page, not an article
 * that mentions 404s) says it near the top.
 */
export function notFoundByWording(title: string | null, headings: readonly string[], text: string): boolean {
  if (hasNotFoundWording(title) || (title !== null && BARE_ERROR_TITLE.test(title))) return true;
  if (headings.some((h) => h.length < 200 && hasNotFoundWording(h))) return true;
  if (text.length < 1500 && hasNotFoundWording(text.slice(0, 600))) return true;
  // Error pages inside a full site template: menus first, the message further down. Only the
  // unambiguous sentences count here, and only on pages far shorter than an article.
  return text.length < 6000 && STRONG_HINT.test(text) && ANY_STRONG_NOT_FOUND.test(text);
}

const STRONG_NOT_FOUND = [
  PAGE_YOU_WANTED_IS_NOT, LINK_YOU_FOLLOWED,
  /\b(the )?page you (requested|are looking for|were looking for|tried to (access|reach)|have requested) (could not|cannot|can ?not|can't|was not|wasn't) (be )?found\b/i,
  /\b(the )?(requested )?(page|document|url) (could not|cannot|can't) be found\b/i,
  /\b(this|the) page (does not|doesn't|no longer) exists?\b/i,
  /\berror 404\b/i, /\b404 (error|not found)\b/i,
  /\b(item|article|document|report|publication|resource|content|record|post|file|entry) (was |has been )?not found\b/i,
  /\bsorry,? (we|but we) (couldn't|could not|can't|cannot) find (the|that|this) page\b/i,
];
const ANY_STRONG_NOT_FOUND = anyOf(STRONG_NOT_FOUND);
/**
 * A word every sentence above contains. Tried first: a scan for a few words is several times cheaper
 * than one for the whole alternation, and most pages have none of them.
 */
const STRONG_HINT = /\bfound\b|\bexists?\b|\b404\b|\bfind (the|that|this) page|\bpage you|\blink you followed\b/i;

const ROOTISH = /^\/(?:(?:[a-z]{2}(?:[-_][a-z]{2})?)\/?)?(?:(?:index|default|home|homepage|start|main|welcome|portal|frontpage)(?:\.\w+)?)?$/i;
const ERRORISH = /(^|\/)(404|not[-_]?found|page[-_]?not[-_]?found|error|errors|missing|gone|search|sitemap)(\/|\.|$)/i;

const LANDING_QUERY_KEYS = /^(utm_\w+|ref|from|source|src|error|err|code|status|reason|not_?found|404|missing|redirect(ed)?(_?from)?|return(_?url)?|origin|lang)$/i;

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
  return deep && ROOTISH.test(to.pathname) && [...to.searchParams.keys()].every((k) => LANDING_QUERY_KEYS.test(k));
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
  /** Word 3-shingles. */
  tokens: Set<string>;
  /** Distinct words (tolerates a changing request id or timestamp on a short page). */
  words: Set<string>;
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
  const cleanTitle = (title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !noise.has(w)).join(' ');
  return { status, title: cleanTitle, tokens, words: new Set(words), textLength: text.length };
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
  if (cited.title !== probe.title) return false;
  return jaccard(cited.tokens, probe.tokens) >= minSimilarity || jaccard(cited.words, probe.words) >= minSimilarity - 0.1;
}
