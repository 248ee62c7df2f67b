// Cookies set along one redirect chain, sent back on its later hops to the same host. Sites that
// test for cookies ("set a cookie, redirect to yourself") loop forever for a client without them,
// and a browser never sees that loop. Nothing outlives the chain: no jar is shared between checks.

/** Split a joined Set-Cookie value ("a=1; Path=/, b=2; Expires=Wed, 21 Oct 2015 ...") into cookies. */
function splitSetCookie(joined: string): string[] {
  return joined.split(/,(?=\s*[^;,=\s]+=)/);
}

export class ChainCookies {
  private readonly byHost = new Map<string, Map<string, string>>();

  /** Keep the cookies of a response from `host` (attributes other than name=value are ignored). */
  take(host: string, setCookie: string | undefined): void {
    if (!setCookie) return;
    let jar = this.byHost.get(host);
    for (const cookie of splitSetCookie(setCookie)) {
      const pair = cookie.split(';', 1)[0];
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      if (!name || this.byHost.size > 20) continue;
      if (!jar) {
        jar = new Map();
        this.byHost.set(host, jar);
      }
      // A cookie being deleted (Max-Age=0 or an expiry in the past) is dropped.
      if (/;\s*max-age\s*=\s*(0|-\d+)\s*(;|$)/i.test(cookie) || /;\s*expires\s*=\s*[^;]*\b19[0-9]{2}\b/i.test(cookie)) jar.delete(name);
      else if (jar.size < 50) jar.set(name, pair.slice(eq + 1).trim());
    }
  }

  /** The Cookie header for `host`, or undefined when nothing was set. */
  header(host: string): string | undefined {
    const jar = this.byHost.get(host);
    if (!jar || jar.size === 0) return undefined;
    return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
