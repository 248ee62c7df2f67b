// SSRF guard: refuse loopback, private, link-local, unspecified and multicast addresses (IPv4, IPv6,
// IPv4-mapped IPv6). The check runs inside the Agent's `connect.lookup`, so the address that was
// checked is the address that is connected to and DNS rebinding cannot slip a second answer through.
import dns from 'node:dns';
import net from 'node:net';
import type { LookupFunction } from 'node:net';
import type { ResolveHost } from './options.js';

/** Error code carried by refusals, so classification can branch on it. */
export const BLOCKED_CODE = 'CG_LINK_BLOCKED';

function parseV4(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const out = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return out.every((n) => n >= 0 && n <= 255) ? out : null;
}

function isForbiddenV4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this network", unspecified
    a === 10 || a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (cloud metadata lives here)
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast and reserved
  );
}

/** Expand an IPv6 literal into 8 16-bit groups (handles `::` and a trailing dotted quad). */
function parseV6(ip: string): number[] | null {
  let text = ip.replace(/^\[|\]$/g, '').split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseV4(dotted[1]);
    if (!v4) return null;
    text = text.slice(0, -dotted[1].length) + `${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0) return null;
  const groups = [...head, ...Array(fill).fill('0'), ...tail].map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN));
  return groups.length === 8 && groups.every((g) => !Number.isNaN(g)) ? groups : null;
}

/** True when `ip` is an address a server-side check must not reach. Non-IP input counts as forbidden. */
export function isForbiddenAddress(ip: string): boolean {
  const family = net.isIP(ip.replace(/^\[|\]$/g, '').split('%')[0]);
  if (family === 4) return isForbiddenV4(parseV4(ip) as number[]);
  if (family !== 6) return true;
  const g = parseV6(ip);
  if (!g) return true;
  const v4From = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  const zeros5 = g.slice(0, 5).every((x) => x === 0);
  if (zeros5 && g[5] === 0xffff) return isForbiddenV4(v4From(g[6], g[7])); // ::ffff:a.b.c.d
  if (zeros5 && g[5] === 0) {
    if (g[6] === 0 && (g[7] === 0 || g[7] === 1)) return true; // :: and ::1
    return isForbiddenV4(v4From(g[6], g[7])); // deprecated IPv4-compatible
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isForbiddenV4(v4From(g[6], g[7])); // NAT64
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  return false;
}

export class BlockedAddressError extends Error {
  readonly code = BLOCKED_CODE;
  constructor(readonly hostname: string, readonly address: string) {
    super(`linkcheck.ssrf: ${hostname} resolves to ${address}, a loopback/private/link-local address (blocked)`);
    this.name = 'BlockedAddressError';
  }
}

const defaultResolve: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A `connect.lookup` for undici's Agent that resolves, refuses forbidden addresses and hands the
 * checked addresses to the socket. Works for both `all: true` (autoSelectFamily) and single lookups.
 */
export function guardedLookup(resolveHost: ResolveHost = defaultResolve): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    resolveHost(hostname).then((answers) => {
      if (answers.length === 0) {
        const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
        return callback(err);
      }
      const bad = answers.find((a) => isForbiddenAddress(a.address));
      if (bad) return callback(new BlockedAddressError(hostname, bad.address));
      const wanted = options.family === 4 || options.family === 6 ? answers.filter((a) => a.family === options.family) : answers;
      const list = wanted.length ? wanted : answers;
      if (options.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    }, (err: unknown) => callback(err));
  }) as LookupFunction;
}

/** A `connect.lookup` over an injected resolver without the guard (tests keep DNS off the network). */
export function plainLookup(resolveHost: ResolveHost): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    resolveHost(hostname).then((answers) => {
      if (answers.length === 0) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }));
      if (options.all) callback(null, answers);
      else callback(null, answers[0].address, answers[0].family);
    }, (err: unknown) => callback(err));
  }) as LookupFunction;
}

/** RFC 6761 6.4: names under .invalid never resolve, so they are answered without asking DNS. */
export function isReservedInvalid(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'invalid' || h.endsWith('.invalid');
}

/**
 * Pre-flight check for hosts the lookup never sees: IP literals (net.connect skips DNS for them),
 * and any host when the caller supplied its own dispatcher (then the guard resolves here, which is
 * weaker against rebinding; pass a dispatcher from `createCheckAgent` to keep the strong guarantee).
 * @returns the refused address, or null when the host may be contacted.
 */
export async function preflightBlocked(hostname: string, resolveHost: ResolveHost | null, resolveNames: boolean): Promise<string | null> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(bare)) return isForbiddenAddress(bare) ? bare : null;
  if (!resolveNames) return null;
  try {
    const answers = await (resolveHost ?? defaultResolve)(bare);
    return answers.find((a) => isForbiddenAddress(a.address))?.address ?? null;
  } catch {
    return null; // resolution failures are reported by the request itself (dns-error)
  }
}
