// The shared undici Agent for link checks: keep-alive, connect timeout, and the SSRF-guarded lookup
// when private targets are not allowed. One Agent serves every host so sockets are reused.
import { Agent } from 'undici';
import { guardedLookup, plainLookup } from './ssrf.js';
import type { ResolveHost } from './options.js';

export interface CheckAgentOptions {
  connectTimeoutMs: number;
  allowPrivate: boolean;
  resolveHost?: ResolveHost | null;
  /** Idle keep-alive per socket, ms (tests use a few ms so nothing stays open). */
  keepAliveTimeoutMs?: number;
}

/** Build the Agent the checker uses; the caller owns it and must `close()` it. */
export function createCheckAgent(options: CheckAgentOptions): Agent {
  const keepAlive = options.keepAliveTimeoutMs ?? 4_000;
  return new Agent({
    keepAliveTimeout: keepAlive,
    keepAliveMaxTimeout: Math.max(keepAlive, 10),
    connect: {
      timeout: options.connectTimeoutMs,
      ...(options.allowPrivate
        ? options.resolveHost ? { lookup: plainLookup(options.resolveHost) } : {}
        : { lookup: guardedLookup(options.resolveHost ?? undefined) }),
    },
  });
}
