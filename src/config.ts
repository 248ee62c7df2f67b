// loadConfig(): environment + CLI flags -> one validated, frozen ResolvedConfig.
// After this, code reads only that object (never process.env).
import { z } from 'zod';
import { ConfigError } from './errors.js';
import * as D from './defaults.js';

export interface ConfigInput {
  storeDir?: string;
  neo4jUri?: string;
  neo4jUsername?: string;
  neo4jPassword?: string;
  /** Neo4j database name (NEO4J_DATABASE); the server's default database when absent. */
  neo4jDatabase?: string;
  adminToken?: string;
  port?: number;
  host?: string;
  corsOrigins?: string[];
  allowPrivateLinkTargets?: boolean;
  maxDocumentBytes?: number;
  archiveUrl?: string;
}

const ResolvedConfigSchema = z.object({
  storeDir: z.string().min(1),
  neo4j: z.object({
    uri: z.string().min(1), username: z.string(), password: z.string(),
    /** Every session of the store runs against this database; null: the server's default database. */
    database: z.string().min(1).regex(/^[A-Za-z0-9._-]+$/, 'a Neo4j database name (letters, digits, . _ -)').nullable(),
  }).nullable(),
  adminToken: z.string().min(1).nullable(),
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  corsOrigins: z.array(z.string()),
  allowPrivateLinkTargets: z.boolean(),
  maxDocumentBytes: z.number().int().positive(),
  archiveUrl: z.string().url(),
});
export type ResolvedConfig = Readonly<z.infer<typeof ResolvedConfigSchema>>;

/**
 * Resolve configuration. Explicit input wins over the environment, which wins over defaults.
 * @throws ConfigError (CG_CONFIG) when a value is invalid.
 */
export function loadConfig(input: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const neo4jUri = input.neo4jUri ?? env.NEO4J_URI;
  const candidate = {
    storeDir: input.storeDir ?? env.CITEGRAPH_STORE ?? D.DEFAULT_STORE_DIR,
    neo4j: neo4jUri
      ? {
        uri: neo4jUri, username: input.neo4jUsername ?? env.NEO4J_USERNAME ?? D.DEFAULT_NEO4J_USERNAME, password: input.neo4jPassword ?? env.NEO4J_PASSWORD ?? '',
        database: input.neo4jDatabase ?? (env.NEO4J_DATABASE || D.DEFAULT_NEO4J_DATABASE),
      }
      : null,
    adminToken: input.adminToken ?? (env.CITEGRAPH_ADMIN_TOKEN || null),
    port: input.port ?? (env.PORT ? Number(env.PORT) : D.DEFAULT_PORT),
    host: input.host ?? env.HOST ?? D.DEFAULT_HOST,
    corsOrigins: input.corsOrigins ?? (env.CITEGRAPH_CORS_ORIGINS ? env.CITEGRAPH_CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) : []),
    allowPrivateLinkTargets: input.allowPrivateLinkTargets ?? env.CITEGRAPH_ALLOW_PRIVATE_LINKS === '1',
    maxDocumentBytes: input.maxDocumentBytes ?? D.DEFAULT_MAX_DOCUMENT_BYTES,
    archiveUrl: input.archiveUrl ?? env.CITEGRAPH_ARCHIVE_URL ?? D.DEFAULT_ARCHIVE_URL,
  };
  const parsed = ResolvedConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`config.load: ${first?.path.join('.') || 'config'}: ${first?.message ?? 'invalid'}`, { details: parsed.error.issues });
  }
  return Object.freeze({ ...parsed.data, corsOrigins: Object.freeze([...parsed.data.corsOrigins]) as string[] });
}
