// Link checks started over HTTP run as background jobs: one at a time, SSRF guard on unless the
// operator allowed private targets, results recorded in the store in batches as they arrive.
import { randomBytes } from 'node:crypto';
import type { GraphStore } from '../../graph/store.js';
import { checkLinks } from '../../ingest/linkcheck/check-links.js';
import type { CheckOptions } from '../../ingest/linkcheck/options.js';
import { CitegraphError, describeError } from '../../src/errors.js';
import type { LinkCheck } from '../../src/link-check.js';
import type { LinkCheckJob } from '../schemas/views.js';
import { collectLinkTargets } from './link-targets.js';
import { invalidateCounts } from './counts-cache.js';

const KEPT_JOBS = 20;
const FLUSH_EVERY = 50;

export interface LinkCheckJobsOptions {
  store: GraphStore;
  allowPrivate: boolean;
  archiveUrl: string;
  /** Extra checker options (tests: a dispatcher, short timeouts). */
  checkOptions?: Partial<CheckOptions>;
  log: (line: string) => void;
}

interface Job {
  view: LinkCheckJob;
  controller: AbortController;
  done: Promise<void>;
}

export class LinkCheckJobs {
  private readonly jobs = new Map<string, Job>();
  constructor(private readonly options: LinkCheckJobsOptions) {}

  /**
   * Start checking `urls` (or every URL in the store). Resolves once the job is registered.
   * @throws CitegraphError CG_RATE_LIMITED while another check is running.
   */
  async start(urls: readonly string[] | undefined): Promise<LinkCheckJob> {
    if ([...this.jobs.values()].some((j) => j.view.state === 'running')) {
      throw new CitegraphError('CG_RATE_LIMITED', 'api.linkCheck: a link check is already running; poll it and retry when it is done');
    }
    const targets = await collectLinkTargets(this.options.store, urls);
    const id = randomBytes(9).toString('base64url');
    const view: LinkCheckJob = {
      id, state: 'running', total: targets.urls.length, checked: 0, startedAt: new Date().toISOString(),
      finishedAt: null, byVerdict: {}, error: null,
    };
    const controller = new AbortController();
    const job: Job = { view, controller, done: Promise.resolve() };
    this.jobs.set(id, job);
    this.trim();
    job.done = this.run(job, targets);
    return { ...view };
  }

  get(id: string): LinkCheckJob | null {
    const job = this.jobs.get(id);
    return job ? { ...job.view, byVerdict: { ...job.view.byVerdict } } : null;
  }

  /** Resolves when the job has finished (tests, shutdown). */
  async wait(id: string): Promise<void> {
    await this.jobs.get(id)?.done;
  }

  /** Abort running jobs and wait for them to settle (server shutdown). */
  async close(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  private async run(job: Job, targets: Awaited<ReturnType<typeof collectLinkTargets>>): Promise<void> {
    const { store } = this.options;
    let pending: LinkCheck[] = [];
    let writes = Promise.resolve();
    const flush = () => {
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      writes = writes.then(() => store.recordLinkChecks(batch)).then(() => invalidateCounts(store));
    };
    try {
      await checkLinks(targets.urls, {
        archive: 'wayback',
        archiveUrl: this.options.archiveUrl,
        ...this.options.checkOptions,
        allowPrivate: this.options.allowPrivate,
        citedTitles: targets.titles,
        citedDates: targets.dates,
        signal: job.controller.signal,
        onResult: (check) => {
          job.view.checked++;
          job.view.byVerdict[check.verdict] = (job.view.byVerdict[check.verdict] ?? 0) + 1;
          pending.push(check);
          if (pending.length >= FLUSH_EVERY) flush();
        },
      });
      flush();
      await writes;
      job.view.state = 'done';
    } catch (err) {
      flush();
      await writes.catch(() => undefined);
      job.view.state = 'failed';
      job.view.error = describeError(err);
      this.options.log(`api.linkCheck: job ${job.view.id} failed: ${job.view.error}`);
    } finally {
      job.view.finishedAt = new Date().toISOString();
    }
  }

  private trim(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.view.state !== 'running') this.jobs.delete(id);
    }
  }
}
