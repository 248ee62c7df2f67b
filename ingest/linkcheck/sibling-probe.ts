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

/** Probes of one directory that may end without an answer (failure, 429, 5xx) before it stops asking. */
export const MAX_PROBES_PER_DIRECTORY = 3;

/** An answer that says something lasting about the directory (a failure, 429 or 5xx does not). */
function isFinal(answer: ProbeAnswer | null): boolean {
  return answer !== null && answer.print.status !== 429 && answer.print.status < 500;
}

export class SiblingProbe {
  private readonly cache = new Map<string, Promise<ProbeAnswer | null>>();
  /** Probes sent per directory. */
  private readonly tries = new Map<string, number>();

  constructor(private readonly ctx: FetchContext) {}

  /**
   * The probe answer for `url`'s directory; null when the probe failed (no signal either way).
   * A transient answer is not kept as final: a later URL of the directory probes again, a few times.
   */
  answerFor(url: string): Promise<ProbeAnswer | null> {
    const key = siblingKey(url);
    let pending = this.cache.get(key);
    if (!pending) {
      const tries = (this.tries.get(key) ?? 0) + 1;
      this.tries.set(key, tries);
      pending = this.run(siblingProbeUrl(url)).then((answer) => {
        if (!isFinal(answer) && tries < MAX_PROBES_PER_DIRECTORY) this.cache.delete(key);
        return answer;
      });
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
