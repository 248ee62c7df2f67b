// Checks one URL: validation, attempts with HEAD first and GET when HEAD is refused or unhelpful,
// retries with backoff (Retry-After honoured up to a cap), then the archive lookup for dead links.
import type { LinkCheck } from '../../src/link-check.js';
import type { ResolvedCheckOptions } from './options.js';
import { Budget, fetchChain, type ChainResult, type FetchContext, type Hop } from './fetch-page.js';
import { analyzeFailure, analyzeResponse, isHtmlType, type Analysis, type AnalyzeContext } from './analyze.js';
import { classifyError } from './classify.js';
import { backoffMs, isRetryable, retryAfterMs, verdictFor } from './policy.js';
import type { ArchiveLookup } from './archive.js';
import { toResult } from './to-result.js';
import type { SiblingProbe } from './sibling-probe.js';
import type { HeadPolicy } from './head-policy.js';

export interface CheckContext {
  options: ResolvedCheckOptions;
  fetch: FetchContext;
  probe: SiblingProbe | null;
  /** Per-host record of when HEAD helps (see head-policy.ts). */
  head: HeadPolicy;
  archive: ArchiveLookup | null;
}

const MAX_META_REFRESH = 3;

const sleep = (ms: number, signal: AbortSignal | null) => new Promise<void>((resolve) => {
  if (ms <= 0 || signal?.aborted) return resolve();
  const onAbort = () => { clearTimeout(timer); resolve(); };
  // The listener goes when the pause ends: a run of thousands of retries must not pile them up.
  const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
  signal?.addEventListener('abort', onAbort, { once: true });
});

/** Does the HEAD outcome settle the check, or must a GET look (again)? */
function getNeeded(head: ChainResult, timedOut: boolean): 'none' | 'continue' | 'restart' {
  if (head.failure) {
    // A loop seen with HEAD only is confirmed with GET: some servers route HEAD through other handlers.
    if (head.failure.kind === 'redirect-loop' || head.failure.kind === 'too-many-redirects') return 'restart';
    if (head.failure.kind !== 'error') return 'none';
    const cls = classifyError(head.failure.error, timedOut);
    const refused = /ECONNREFUSED/.test(cls.message);
    // A HEAD that hangs or resets may be the server disliking HEAD; refusals, DNS and TLS will not change.
    return (cls.status === 'timeout' || cls.status === 'connection-error') && !refused ? 'restart' : 'none';
  }
  const res = head.response!;
  // 429 and 5xx (but 501) are not about HEAD: they are retried after a pause, not hammered with a GET now.
  if (res.statusCode === 429 || (res.statusCode >= 500 && res.statusCode !== 501)) return 'none';
  if (res.statusCode >= 400) return 'restart'; // 405, 501, 403-on-HEAD-only, and servers that 404 every HEAD
  const ct = res.headers['content-type'] ?? null;
  if (!ct || isHtmlType(ct, null)) return 'continue'; // the page itself is needed (title, soft-404, drift)
  return 'none';
}

async function attempt(
  url: string, ctx: CheckContext, analyzeCtx: Omit<AnalyzeContext, 'timedOut'>, forceGet: boolean, clock: { firstWireMs: number | null },
  budgetMs: number,
): Promise<Analysis> {
  const { options } = ctx;
  const budget = new Budget(budgetMs, options.signal, clock);
  const actx: AnalyzeContext = { ...analyzeCtx, timedOut: () => budget.timedOut, remainingMs: () => budget.remainingMs };
  const parsed = new URL(url);
  let chain: ChainResult | null = null;
  let startGet = url;
  let prior: Hop[] = [];
  if (!forceGet && ctx.head.shouldHead(parsed)) {
    // HEAD gets half the budget so a HEAD that hangs still leaves time for the GET fallback.
    const head = await fetchChain(ctx.fetch, url, 'HEAD', budget, [], Math.ceil(budgetMs / 2));
    const headTimedOut = budget.timedOut;
    budget.timedOut = false;
    const need = getNeeded(head, headTimedOut);
    const headCode = head.response?.statusCode ?? 0;
    // A 2xx settles it unless it is a page; a 4xx (but 429) always sends us to GET. 5xx/429 say nothing about HEAD.
    if (headCode >= 200 && headCode < 300) ctx.head.recordHead(parsed, need === 'continue');
    else if (headCode >= 400 && headCode < 500 && headCode !== 429) ctx.head.recordHead(parsed, true);
    if (need === 'none') chain = head;
    else if (need === 'continue') {
      startGet = head.response!.url;
      prior = head.hops;
    } else if (head.failure) ctx.head.markHostile(parsed.origin);
  }
  for (let refreshes = 0; ; refreshes++) {
    if (!chain) chain = await fetchChain(ctx.fetch, startGet, 'GET', budget, prior);
    const result = chain.failure ? analyzeFailure(chain, actx) : await analyzeResponse(chain.response!, chain.hops, actx);
    if (!result.refreshTo || refreshes >= MAX_META_REFRESH) return result;
    // Pages that refresh to each other in a circle never settle: a loop, like one of 3xx answers.
    if (chain.hops.some((h) => h.url === result.refreshTo)) {
      return { ...result, status: 'redirect-loop', refreshTo: null, error: `client-side redirect loop back to ${result.refreshTo}` };
    }
    // <meta http-equiv="refresh">: a client-side redirect, recorded as a hop with the page's status.
    prior = [...chain.hops, { url: chain.response!.url, status: chain.response!.statusCode }];
    startGet = result.refreshTo;
    chain = null;
  }
}

/** Check one URL; never throws for a bad link (a broken link is data). */
export async function checkOne(input: string, ctx: CheckContext): Promise<LinkCheck> {
  const { options } = ctx;
  const startedAtMs = Date.now();
  const checkedAt = options.now();
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return toResult(raw, { status: 'invalid-url', error: `not a valid absolute URL: ${raw.slice(0, 200)}` }, { attempts: 0, startedAtMs, checkedAt });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return toResult(raw, { status: 'unsupported-scheme', error: `scheme ${url.protocol} is not checked` }, { attempts: 0, startedAtMs, checkedAt });
  }
  if (!url.hostname) {
    return toResult(raw, { status: 'invalid-url', error: 'URL has no host' }, { attempts: 0, startedAtMs, checkedAt });
  }
  url.hash = '';
  const analyzeCtx = {
    originalUrl: url.href,
    citedTitle: options.citedTitles.get(input) ?? options.citedTitles.get(raw) ?? options.citedTitles.get(url.href),
    driftThreshold: options.driftThreshold,
    probe: ctx.probe,
  };
  let result: Analysis | null = null;
  let attempts = 0;
  let forceGet = false;
  // durationMs runs from the first request on the wire: time queued behind other URLs of a
  // politely limited host is not this URL's slowness.
  const clock = { firstWireMs: null as number | null };
  // The whole check, retries and pauses included, fits in timeout x (retries + 1) from its first request.
  const overallMs = options.timeoutMs * (options.retries + 1);
  const left = () => (clock.firstWireMs === null ? overallMs : clock.firstWireMs + overallMs - Date.now());
  const minAttemptMs = Math.min(1000, Math.ceil(options.timeoutMs / 4));
  for (let i = 0; i <= options.retries; i++) {
    attempts++;
    // A few ms kept back: timers fire late, and the record is built after the last attempt ends.
    result = await attempt(url.href, ctx, analyzeCtx, forceGet, clock, Math.max(1, Math.min(options.timeoutMs, left() - 25)));
    if (!isRetryable(result.status) || i === options.retries || options.signal?.aborted) break;
    // Retries after a hang, a reset, a 5xx or a 429 go straight to GET (some servers and CDNs only
    // fail or throttle HEAD, and a 503 challenge page is only visible in a GET body).
    forceGet = result.status === 'timeout' || result.status === 'connection-error' || result.status === 'server-error' || result.status === 'rate-limited';
    let wait = backoffMs(options.retryBaseMs, i);
    const after = retryAfterMs(result.retryAfterHeader);
    if (after !== null && (result.status === 'rate-limited' || result.status === 'server-error')) {
      // Not worth waiting (over the cap, or past the check's time): report rate-limited now.
      if (after > options.retryAfterCapMs || after > left() - minAttemptMs) break;
      wait = Math.max(after, 0);
      ctx.fetch.queue.pauseHost(url.hostname, Date.now() + wait);
    }
    wait = Math.min(wait, left() - minAttemptMs);
    if (wait < 0) break; // no time left for a useful attempt
    await sleep(wait, options.signal);
  }
  const final = result as Analysis;
  const verdict = verdictFor(final.status);
  // The duration is the check's own; the archive lookup that follows is not the link's slowness.
  const record = toResult(raw, final, { attempts, startedAtMs: clock.firstWireMs ?? startedAtMs, checkedAt });
  if (!ctx.archive || (verdict !== 'dead' && verdict !== 'soft-dead')) return record;
  const archived = await ctx.archive.find(url.href, options.citedDates.get(input) ?? options.citedDates.get(raw) ?? options.citedDates.get(url.href));
  return archived ? { ...record, archived } : record;
}
