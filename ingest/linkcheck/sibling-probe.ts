// Runs the random-sibling probe (see soft-404.ts) once per directory and extension, shared by every
// URL in it: concurrent checks of the same directory wait for the same request.
import type { FetchContext } from './fetch-page.js';
import { Budget, fetchChain } from './fetch-page.js';
import { readPageText } from './page-text.js';
import { fingerprint, siblingKey, siblingProbeUrl, type Fingerprint } from './soft-404.js';

export interface ProbeAnswer {
  /** Where the made-up URL ended after redirects. */
  finalUrl: string;
  redirected: boolean;
  print: Fingerprint;
}

export class SiblingProbe {
  private readonly cache = new Map<string, Promise<ProbeAnswer | null>>();

  constructor(private readonly ctx: FetchContext) {}

  /** The probe answer for `url`'s directory; null when the probe failed (no signal either way). */
  answerFor(url: string): Promise<ProbeAnswer | null> {
    const key = siblingKey(url);
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.run(siblingProbeUrl(url));
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async run(probeUrl: string): Promise<ProbeAnswer | null> {
    const { timeoutMs, signal } = this.ctx.options;
    try {
      const res = await fetchChain(this.ctx, probeUrl, 'GET', new Budget(timeoutMs, signal));
      if (!res.response) return null;
      const { statusCode, headers, body, url } = res.response;
      const page = body && body.length ? readPageText(body, headers['content-type'] ?? null, url) : null;
      return {
        finalUrl: url,
        redirected: res.hops.length > 0,
        print: fingerprint(statusCode, page?.title ?? null, page?.text ?? '', probeUrl),
      };
    } catch {
      return null;
    }
  }
}
