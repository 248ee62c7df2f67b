// Which URL to start next. URLs are started a window at a time (so per-host HEAD decisions can learn
// from earlier answers), round-robin across hosts and at most a few per host, so a list sorted by
// URL (hence clustered by host) or one slow host cannot fill the window and starve the others.
function hostKey(url: string): string {
  try {
    return new URL(url.trim()).hostname;
  } catch {
    return ''; // invalid URLs need no network: no per-host cap
  }
}

export class UrlScheduler {
  private readonly queues = new Map<string, string[]>();
  /** Hosts with URLs left, in round-robin order. */
  private readonly hosts: string[] = [];
  private readonly active = new Map<string, number>();
  /** Host of each URL, parsed once. */
  private readonly hostOf = new Map<string, string>();
  private running = 0;

  constructor(urls: readonly string[], private readonly window: number, private readonly perHostWindow: number) {
    for (const url of urls) {
      const key = hostKey(url);
      this.hostOf.set(url, key);
      let q = this.queues.get(key);
      if (!q) {
        q = [];
        this.queues.set(key, q);
        this.hosts.push(key);
      }
      q.push(url);
    }
    for (const q of this.queues.values()) q.reverse(); // pop() from the end keeps input order per host
  }

  /** The next URL to start, or null when the window is full or every waiting host is at its cap. */
  next(): string | null {
    if (this.running >= this.window) return null;
    for (let i = 0; i < this.hosts.length; i++) {
      const key = this.hosts.shift() as string;
      const q = this.queues.get(key) as string[];
      const busy = this.active.get(key) ?? 0;
      if (key !== '' && busy >= this.perHostWindow) {
        this.hosts.push(key);
        continue;
      }
      const url = q.pop() as string;
      if (q.length > 0) this.hosts.push(key);
      else this.queues.delete(key);
      this.active.set(key, busy + 1);
      this.running++;
      return url;
    }
    return null;
  }

  /** A started URL has finished. */
  finished(url: string): void {
    const key = this.hostOf.get(url) ?? hostKey(url);
    this.active.set(key, (this.active.get(key) ?? 1) - 1);
    this.running--;
  }

  get pending(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }
}
