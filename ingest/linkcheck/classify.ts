// Raw outcome -> status: network errors by their codes (undici, node:net, node:tls, getaddrinfo),
// HTTP status codes, and bot walls (a challenge page is "forbidden", never "server-error" or dead).
import type { LinkStatus } from '../../src/link-check.js';
import { BLOCKED_CODE } from './ssrf.js';
import { readUrl } from './url-cache.js';

export interface ErrorClass {
  status: LinkStatus;
  /** One line for the record's `error` field. */
  message: string;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'ABORT_ERR']);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA', 'EAI_ADDRFAMILY', 'ENODATA', 'ESERVFAIL']);
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ECONNABORTED',
  'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_DESTROYED', 'HPE_INVALID_CONSTANT', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

function codeOf(err: unknown): string {
  const e = err as { code?: unknown; cause?: { code?: unknown }; name?: unknown };
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return typeof e?.name === 'string' ? e.name : '';
}

function messageOf(err: unknown): string {
  const e = err as { message?: unknown; cause?: { message?: unknown } };
  const base = typeof e?.message === 'string' ? e.message : String(err);
  const cause = typeof e?.cause?.message === 'string' && e.cause.message !== base ? `: ${e.cause.message}` : '';
  return (base + cause).replace(/\s+/g, ' ').slice(0, 300);
}

/** Classify a thrown request error. `timedOut` is true when our own attempt deadline fired. */
export function classifyError(err: unknown, timedOut: boolean): ErrorClass {
  const code = codeOf(err);
  const message = `${code ? code + ': ' : ''}${messageOf(err)}`;
  if (code === BLOCKED_CODE) return { status: 'blocked', message };
  if (timedOut || TIMEOUT_CODES.has(code) || code === 'AbortError' || code === 'TimeoutError') return { status: 'timeout', message };
  if (DNS_CODES.has(code)) return { status: 'dns-error', message };
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|EPROTO$|ERR_OSSL)/.test(code) || /certificate|SSL routines|TLS/i.test(message)) {
    return { status: 'tls-error', message };
  }
  if (CONNECTION_CODES.has(code) || code.startsWith('HPE_') || code.startsWith('UND_ERR')) return { status: 'connection-error', message };
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') return { status: 'invalid-url', message };
  return { status: 'connection-error', message };
}

/** Status for a final HTTP answer, before any page analysis. */
export function statusForHttp(code: number): LinkStatus {
  if (code >= 200 && code < 400) return 'ok';
  if (code === 404) return 'not-found';
  if (code === 410) return 'gone';
  // 401/403/407/451 and LinkedIn-style 999 are access walls: they say nothing about the page.
  // 406 to a request that accepts */* is a firewall (mod_security and the like) turning the checker away.
  // 402 is a paywall: the page is there for those who pay.
  if (code === 401 || code === 402 || code === 403 || code === 406 || code === 407 || code === 451 || code === 999) return 'forbidden';
  if (code === 429) return 'rate-limited';
  if (code >= 500) return 'server-error';
  return 'not-found';
}

const BOT_WALL_TITLES = /^\W*(error:? )?40[13]\W*$|^\W*(error:? )?40[13]\W+(forbidden|unauthori[sz]ed|access denied)\b|^\W*(forbidden|request rejected|access forbidden|unauthori[sz]ed)\W*$|just a moment|attention required|checking your browser|ddos-guard|access denied|are you a (human|robot)|captcha|bot verification|security check|(please )?verify(ing)? (that )?you are (a )?human|^\W*(human verification|robot check|one more step)\W*$|access to this page has been denied|request unsuccessful\. incapsula|pardon our interruption|robot or human|^\W*please wait\W*$|\b(web ?page|request|access) blocked\b|^\W*blocked\W*$/i;
/** Geo-blocks: the page exists, but not for this country. */
const GEO_BLOCK = /\b(is|isn't|is not|are not|aren't) (available|accessible|viewable) (in|from) your (country|region|location|territory)\b|\bnot available in your (country|region|location)\b/i;
const BOT_WALL_BODY = /cf-browser-verification|cf_chl_|challenge-platform|enable javascript and cookies to continue|_incapsula_resource|perimeterx|px-captcha|g-recaptcha|h-captcha|hcaptcha\.com|ddos protection by|verify you are human/i;

/**
 * A challenge or block title: the wall's phrase is (nearly) a whole part of the title ("Just a moment...",
 * "Attention Required! | Cloudflare", "Checking your browser before accessing x.org"), not the opening of
 * a headline ("Just a Moment: Short Films About the Sea").
 */
function isWallTitle(title: string): boolean {
  return title.split(/\s[|–—·]\s|\s-\s/).some((part) => {
    const m = BOT_WALL_TITLES.exec(part);
    if (!m) return false;
    const rest = (part.slice(0, m.index) + ' ' + part.slice(m.index + m[0].length)).match(/[\p{L}\p{N}]+/gu) ?? [];
    return rest.length <= 4;
  });
}

/** A bot wall / challenge page (Cloudflare, Incapsula, PerimeterX, DDoS-Guard, captchas). */
export function isBotWall(code: number, headers: Record<string, string>, title: string | null, html: string, textLength = 0): boolean {
  if (headers['cf-mitigated'] === 'challenge' || /^(challenge|captcha|block)$/i.test(headers['x-amzn-waf-action'] ?? '')) return true;
  if (code !== 200 && code !== 202 && code !== 403 && code !== 429 && code !== 503 && code !== 401) return false;
  // On a 2xx, a page with the text of an article is the article ("Access Denied: Fishing Rights in
  // Court"), whatever its title says; challenge and block pages carry a few lines at most.
  const wordy = (code === 200 || code === 202) && textLength > 600;
  if (title && !wordy && isWallTitle(title)) return true;
  if (textLength < 3000 && GEO_BLOCK.test(html.slice(0, 20_000))) return true;
  // A live page may embed a captcha in its contact form: on a 2xx only a text-less page counts.
  if ((code === 200 || code === 202) && textLength > 600) return false;
  return BOT_WALL_BODY.test(html.slice(0, 20_000));
}

/** Titles of sign-in pages, also after the site name ("Members ‹ Log In") and in other languages. */
const LOGIN_TITLE = /^(log ?in|sign ?in|log ?on|anmelden|anmeldung|connexion|se connecter|iniciar sesi[oó]n|accedi|inloggen|logga in|zaloguj)(\W*$|\s*[|‹›»«:–—·-]|\s+(to|required|page|now|here|with|or|\||for (members|staff|users))\b)|(^|[|‹›»«:–—-]\s*)(log ?in|sign ?in)\s*$/i;

/** A login / single-sign-on page: the content exists behind authentication. */
export function isLoginPage(finalUrl: string, title: string | null): boolean {
  const parsed = readUrl(finalUrl);
  if (!parsed) return false;
  const path = parsed.pathname.toLowerCase();
  if (/(^|\/)(login|log-in|log_in|logon|signin|sign-in|sign_in|signon|sso|auth|authenticate|authorize|wp-login|account\/login|users\/sign_in|saml2?|adfs|cas\/login|oauth2?)(\/|\.|$)/.test(path)) return true;
  // Identity providers on hosts of their own (login.example.com, sso.example.org, accounts.example.net/signin).
  if (/^(login|signin|sso|auth|idp|adfs)\./i.test(parsed.hostname)) return true;
  return !!title && LOGIN_TITLE.test(title);
}
