// Entry point: check many URLs politely and yield one LinkCheck per URL as each finishes.
// Builds the shared Agent, queue and probe cache once per run, and closes what it built.
import { setMaxListeners } from 'node:events';
import type { Dispatcher } from 'undici';
import type { LinkCheck } from '../../src/link-check.js';
import { resolveCheckOptions, type CheckOptions, type ResolvedCheckOptions } from './options.js';
import { createCheckAgent } from './agent.js';
import { HostQueue } from './queue.js';
import { SiblingProbe } from './sibling-probe.js';
import { checkOne, type CheckContext } from './check-one.js';
import { checkRequestHeaders } from './fetch-page.js';
import { toResult } from './to-result.js';
import { HeadPolicy } from './head-policy.js';
import { ArchiveLookup } from './archive.js';
import { UrlScheduler } from './url-scheduler.js';

/**
 * Check `urls`, yielding results in completion order. Duplicate URLs are checked once and reported
 * once per occurrence. Never throws for a bad link; a broken link is a record. When `signal` aborts,
 * no new URL starts and checks still in flight are dropped (their outcome would be a false timeout).
 * @throws InvalidInputError (CG_INVALID_INPUT) for invalid options, before any request.
 */
export async function* streamLinkChecks(urls: Iterable<string>, options: CheckOptions = {}): AsyncGenerator<LinkCheck> {
  const resolved = resolveCheckOptions(options);
  // Every request in flight listens for the abort: far more than Node's default of 10 is expected.
  if (resolved.signal) setMaxListeners(0, resolved.signal);
  const list = [...urls];
  const own = resolved.dispatcher ? null : createCheckAgent({
    connectTimeoutMs: resolved.timeoutMs, allowPrivate: resolved.allowPrivate, resolveHost: resolved.resolveHost,
    keepAliveTimeoutMs: resolved.keepAliveTimeoutMs,
  });
  const dispatcher: Dispatcher = resolved.dispatcher ?? (own as Dispatcher);
  const ctx = makeContext(resolved, dispatcher, own !== null);
  // URLs in flight: a few per request slot keep every slot busy without starting ten thousand
  // checks at once; a few per host-slot let one host's HEAD answers shape its later checks.
  const scheduler = new UrlScheduler(list, Math.max(resolved.concurrency * 4, 16), Math.max(resolved.perHost * 4, 4));
  const byUrl = new Map<string, Promise<LinkCheck>>();
  const done: LinkCheck[] = [];
  let wake: (() => void) | null = null;
  let running = 0;

  const aborted = () => resolved.signal?.aborted === true;
  const launch = () => {
    for (let url = aborted() ? null : scheduler.next(); url !== null; url = aborted() ? null : scheduler.next()) {
      const started = url;
      let pending = byUrl.get(started);
      if (!pending) {
        // checkOne never throws by design; this guard keeps one bug from stalling the whole run.
        pending = checkOne(started, ctx).catch((err: unknown) => toResult(started.trim(), {
          status: 'connection-error', error: `internal error: ${err instanceof Error ? err.message : String(err)}`,
        }, { attempts: 1, startedAtMs: Date.now(), checkedAt: resolved.now() }));
        byUrl.set(started, pending);
      }
      running++;
      pending.then((check) => {
        running--;
        scheduler.finished(started);
        done.push(check);
        wake?.();
      });
    }
  };

  try {
    launch();
    while (running > 0 || done.length > 0) {
      if (done.length === 0) await new Promise<void>((resolve) => { wake = resolve; });
      wake = null;
      while (done.length > 0) {
        const check = done.shift() as LinkCheck;
        // After an abort, checks cut short would read as timeouts: they are dropped, not reported.
        if (aborted()) continue;
        resolved.onResult?.(check);
        yield check;
      }
      launch();
    }
  } finally {
    if (own) await own.close();
  }
}

/** Check `urls` and return the results in input order. */
export async function checkLinks(urls: Iterable<string>, options: CheckOptions = {}): Promise<LinkCheck[]> {
  const list = [...urls];
  const byUrl = new Map<string, LinkCheck>();
  for await (const check of streamLinkChecks(new Set(list), options)) byUrl.set(check.url, check);
  return list.map((u) => {
    const found = byUrl.get(u.trim());
    return found as LinkCheck;
  });
}

function makeContext(options: ResolvedCheckOptions, dispatcher: Dispatcher, guarded: boolean): CheckContext {
  const fetch = {
    options,
    dispatcher,
    queue: new HostQueue(options.concurrency, options.perHost),
    // Our own Agent resolves through the guarded lookup; a caller's dispatcher needs pre-flight checks.
    guardedDispatcher: guarded,
    requestHeaders: checkRequestHeaders(options.userAgent),
  };
  return {
    options,
    fetch,
    probe: options.siblingProbe ? new SiblingProbe(fetch) : null,
    archive: options.archive === 'wayback' ? new ArchiveLookup(fetch) : null,
    head: new HeadPolicy(),
  };
}
