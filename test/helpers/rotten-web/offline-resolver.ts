// A DNS stand-in for tests: a few made-up names map to loopback addresses, everything else is
// NXDOMAIN, so no test ever sends a DNS query off the machine.
export function offlineResolver(names: Record<string, string> = {}) {
  return async (hostname: string): Promise<Array<{ address: string; family: number }>> => {
    const address = names[hostname.toLowerCase()];
    if (address) return [{ address, family: address.includes(':') ? 6 : 4 }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
  };
}
