// Politeness limiter: at most `concurrency` requests in flight overall and `perHost` per host.
// Each HTTP request (a redirect hop, a probe, an archive lookup) takes one slot for its own host,
// so no task ever waits while holding another slot and the limiter cannot deadlock.

interface Waiter {
  start: () => void;
}

interface HostState {
  active: number;
  waiting: Waiter[];
  /** Epoch ms before which no new request starts on this host (Retry-After). */
  pausedUntil: number;
  timer: NodeJS.Timeout | null;
}

export class HostQueue {
  private active = 0;
  private readonly hosts = new Map<string, HostState>();
  /** Hosts with waiters, in round-robin order, so one busy host cannot starve the rest. */
  private readonly ready: string[] = [];

  constructor(readonly concurrency: number, readonly perHost: number) {}

  /** Run `fn` once a global and a per-host slot are free; the slots are released when it settles. */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await fn();
    } finally {
      this.release(host);
    }
  }

  /** Hold new requests to `host` until `untilMs` (epoch ms), e.g. after a 429 with Retry-After. */
  pauseHost(host: string, untilMs: number): void {
    const state = this.state(host);
    if (untilMs <= state.pausedUntil) return;
    state.pausedUntil = untilMs;
    this.armResume(state);
  }

  /**
   * Wake the queue when the pause ends. Timers may fire a millisecond before `Date.now()` reaches
   * the deadline, so an early wake re-arms instead of leaving the host's waiters parked forever.
   */
  private armResume(state: HostState): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      if (state.pausedUntil > Date.now()) this.armResume(state);
      else this.pump();
    }, Math.max(1, state.pausedUntil - Date.now() + 1));
    // Keep the process alive only while requests wait on this host: an unref'd timer with waiters
    // would let a CLI run exit mid-check with the waiting promises never settled.
    if (state.waiting.length === 0) state.timer.unref();
  }

  get inFlight(): number {
    return this.active;
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], pausedUntil: 0, timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  private acquire(host: string): Promise<void> {
    const state = this.state(host);
    if (this.active < this.concurrency && state.active < this.perHost && state.waiting.length === 0 && state.pausedUntil <= Date.now()) {
      this.active++;
      state.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      if (state.waiting.length === 0) this.ready.push(host);
      state.waiting.push({ start: resolve });
      state.timer?.ref();
    });
  }

  private release(host: string): void {
    const state = this.state(host);
    this.active--;
    state.active--;
    this.pump();
    if (state.active === 0 && state.waiting.length === 0 && !state.timer) this.hosts.delete(host);
  }

  /** Start waiters while slots are free, visiting ready hosts in turn. */
  private pump(): void {
    let scanned = 0;
    while (this.active < this.concurrency && this.ready.length > 0 && scanned < this.ready.length) {
      const host = this.ready.shift() as string;
      const state = this.state(host);
      if (state.active >= this.perHost || state.pausedUntil > Date.now()) {
        this.ready.push(host);
        scanned++;
        continue;
      }
      scanned = 0;
      const waiter = state.waiting.shift() as Waiter;
      this.active++;
      state.active++;
      if (state.waiting.length > 0) this.ready.push(host);
      waiter.start();
    }
  }
}
