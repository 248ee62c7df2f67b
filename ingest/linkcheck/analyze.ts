// Final answer of one attempt -> status. Network failures are classified by code; a live HTML page
// is read for bot walls, parking, soft-404 signals and content drift, in that order of precedence.
import type { ChainResult, Hop, RawResponse } from './fetch-page.js';
import type { PartialResult } from './to-result.js';
import { classifyError, isBotWall, isLoginPage, statusForHttp } from './classify.js';
import { decodeHtml, scanHtml, type PageText } from './page-text.js';
import { isParked } from './parked.js';
import { answersLikeProbe, fingerprint, isDocumentAnsweredByHome, isRedirectToGeneric, isSearchFallback, notFoundByWording } from './soft-404.js';
import { DOCUMENT_EXT } from './head-policy.js';
import { isDrifted } from './drift.js';
import type { SiblingProbe } from './sibling-probe.js';
import { readUrl } from './url-cache.js';

export interface AnalyzeContext {
  originalUrl: string;
  citedTitle: string | undefined;
  driftThreshold: number;
  probe: SiblingProbe | null;
  /** True when our own attempt deadline fired (an abort is then a timeout). */
  timedOut: () => boolean;
  /** Time left in this attempt's budget, ms: the sibling probe is not waited for beyond it. */
  remainingMs?: () => number;
}

/** `promise`'s value, or null when it has not settled within `ms` (the work itself goes on, shared). */
function within<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  if (!Number.isFinite(ms)) return promise;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), Math.max(0, ms)); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export interface Analysis extends PartialResult {
  /** A page to follow (meta refresh, Refresh header, script redirect stub), handled by the caller. */
  refreshTo?: string | null;
  /** Retry-After of a 429/503, ms. */
  retryAfterHeader?: string;
}

export function isHtmlType(contentType: string | null, body: Buffer | null): boolean {
  if (contentType) return /\b(text\/html|application\/xhtml\+xml)\b/i.test(contentType);
  return !!body && /^\s*(<!doctype html|<html|<head|<body|<title)/i.test(body.subarray(0, 512).toString('latin1'));
}

const ROOT_PATH = /^\/(?:index\.\w+)?$/;

/** The non-standard but widely honoured `Refresh: 0; url=...` response header. */
function refreshHeaderTarget(header: string | undefined, pageUrl: string): string | null {
  const m = header ? /^\s*(\d+)\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(header) : null;
  if (!m || Number(m[1]) > 10) return null;
  try {
    return new URL(m[2].trim(), pageUrl).href;
  } catch {
    return null;
  }
}

const SCRIPT_REDIRECT = /\b(?:window\.|document\.|self\.|top\.)?location(?:\.href)?\s*=\s*["']([^"'\s]+)["']|\blocation\.(?:replace|assign)\(\s*["']([^"'\s]+)["']\s*\)/;

/**
 * A redirect stub: a small page with next to no text whose script sends the browser elsewhere
 * (`location.href = "/"`, `location.replace(...)`). Followed like a meta refresh, so a deep link
 * bounced to the home page by script is seen as one. Large pages (applications) are not read so.
 */
function scriptRedirectTarget(html: string, pageUrl: string): string | null {
  if (html.length > 8000) return null;
  const m = SCRIPT_REDIRECT.exec(html);
  const target = m?.[1] ?? m?.[2];
  if (!target) return null;
  try {
    const u = new URL(target, pageUrl);
    u.hash = ''; // `location = "#top"` stays on the page
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.href !== pageUrl.replace(/#.*$/, '') ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A page with nothing on it: an empty HTML (or untyped) body, or markup without a title, text, script,
 * frame or media. What was cited is not there, whatever the status says.
 */
function isBlankPage(body: Buffer, html: string, page: PageText | null, contentType: string | null): boolean {
  if (contentType && !isHtmlType(contentType, null)) return false;
  if (body.length === 0 || !/\S/.test(body.subarray(0, 2048).toString('latin1'))) return true;
  if (!page || page.title || page.text || page.scripts > 0) return false;
  return !/<(i?frame|object|embed|img|video|audio|canvas|svg|form)\b/i.test(html);
}

function hostOf(url: string): string {
  return readUrl(url)?.host.toLowerCase() ?? '';
}

/** Failure (no final response) -> status. */
export function analyzeFailure(chain: ChainResult, ctx: AnalyzeContext): Analysis {
  const failure = chain.failure as NonNullable<ChainResult['failure']>;
  const base = { redirects: chain.hops, finalUrl: chain.hops.length ? chain.lastUrl : null, httpStatus: null };
  if (failure.kind === 'error') {
    const cls = classifyError(failure.error, ctx.timedOut());
    return { ...base, status: cls.status, error: cls.message };
  }
  return { ...base, status: failure.kind, error: failure.message };
}

/** Final HTTP response -> status, reading the page when there is one. */
export async function analyzeResponse(res: RawResponse, hops: readonly Hop[], ctx: AnalyzeContext): Promise<Analysis> {
  const contentType = res.headers['content-type'] ?? null;
  const html = res.body && isHtmlType(contentType, res.body) ? decodeHtml(res.body, contentType) : '';
  const page: PageText | null = html ? scanHtml(html, res.url) : null;
  const title = page?.title ?? null;
  const base: Omit<Analysis, 'status'> = { httpStatus: res.statusCode, finalUrl: res.url, redirects: hops, contentType, title };
  const httpStatus = statusForHttp(res.statusCode);

  if (httpStatus !== 'not-found' && httpStatus !== 'gone' && isBotWall(res.statusCode, res.headers, title, html, page?.text.length ?? 0)) {
    return { ...base, status: 'forbidden', error: `bot wall / challenge page (HTTP ${res.statusCode})` };
  }
  if (httpStatus !== 'ok') {
    return { ...base, status: httpStatus, error: `HTTP ${res.statusCode}`, retryAfterHeader: res.headers['retry-after'] };
  }
  const refreshTo = page?.refreshTo ?? refreshHeaderTarget(res.headers.refresh, res.url);
  if (refreshTo && refreshTo !== res.url) return { ...base, status: 'ok', refreshTo };

  const chainUrls = [ctx.originalUrl, ...hops.map((h) => h.url), res.url];
  if (isLoginPage(res.url, title) && !isLoginPage(ctx.originalUrl, null)) {
    return { ...base, status: 'forbidden', error: 'redirected to a login page' };
  }
  if (isParked(chainUrls, title, page?.text ?? '', html)) return { ...base, status: 'parked', error: 'parked or for-sale domain' };
  if (page && notFoundByWording(title, page.headings, page.text)) {
    return { ...base, status: 'soft-404', error: 'page says not found' };
  }
  // Prerendered single-page apps tell crawlers a route is missing with <meta name="prerender-status-code" content="404">.
  if (page && html.includes('prerender-status-code') && /<meta\b[^>]*prerender-status-code[^>]*content=["']?(404|410)\b|<meta\b[^>]*content=["']?(404|410)["']?[^>]*prerender-status-code/i.test(html)) {
    return { ...base, status: 'soft-404', error: 'the page declares itself missing (prerender-status-code)' };
  }
  if (page && isDocumentAnsweredByHome(ctx.originalUrl, title, DOCUMENT_EXT)) {
    return { ...base, status: 'soft-404', error: 'a document link answered with the site\'s home page' };
  }
  if (page && isSearchFallback(ctx.originalUrl, title, page.headings)) {
    return { ...base, status: 'soft-404', error: 'the site answers with its search page' };
  }
  if (res.statusCode === 200 && res.body !== null && isBlankPage(res.body, html, page, contentType)) {
    return { ...base, status: 'soft-404', error: 'empty page (no title, no text)' };
  }
  const jsTo = page && page.text.length < 200 ? scriptRedirectTarget(html, res.url) : null;
  if (jsTo && jsTo !== res.url) return { ...base, status: 'ok', refreshTo: jsTo };
  if (isRedirectToGeneric(ctx.originalUrl, res.url)) {
    return { ...base, status: 'soft-404', error: `deep link redirected to a generic page (${res.url})` };
  }
  if (page && ctx.probe && res.statusCode === 200 && !ROOT_PATH.test(readUrl(res.url)?.pathname ?? '/')) {
    // The probe's answer is shared by its directory; this check waits for it only within its own time.
    const probe = await within(ctx.probe.answerFor(res.url), ctx.remainingMs?.() ?? Infinity);
    if (probe) {
      const sameLanding = hops.length > 0 && probe.redirected && probe.finalUrl === res.url;
      // The fingerprint is only worth building when the cheap facts (status) already agree.
      if (sameLanding || (probe.print.status === res.statusCode && answersLikeProbe(fingerprint(res.statusCode, title, page.text, res.url), probe.print))) {
        return { ...base, status: 'soft-404', error: 'a made-up sibling URL answers the same page (random-sibling probe)' };
      }
    }
  }
  if (page && isDrifted(ctx.citedTitle, title, page.headings, page.text, ctx.driftThreshold)) {
    return { ...base, status: 'content-drift', error: `page no longer matches the cited title "${ctx.citedTitle}"` };
  }
  const permanent = hops.some((h) => h.status === 301 || h.status === 308);
  if (permanent || (hops.length > 0 && hostOf(res.url) !== hostOf(ctx.originalUrl))) {
    return { ...base, status: 'redirected' };
  }
  return { ...base, status: 'ok' };
}
