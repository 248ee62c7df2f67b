// `citegraph.aliases.json`: the user's word on identity. `merge` groups names that are one entity
// (resolved to the canonical name's key); `forbid` groups names that must never be merged together.
// Format and examples: graph/README.md.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../../src/errors.js';
import type { NodeKind } from '../../src/graph-model.js';
import { normalizeForKind } from '../node-aliases.js';

export const ALIAS_FILE_NAME = 'citegraph.aliases.json';

const Kind = z.enum(['Person', 'Organization']);
export const AliasFileSchema = z.object({
  version: z.literal(1).default(1),
  merge: z.array(z.object({ kind: Kind, canonical: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict()).default([]),
  forbid: z.array(z.object({ kind: Kind, names: z.array(z.string().min(1)).min(2) }).strict()).default([]),
}).strict();
export type AliasFile = z.infer<typeof AliasFileSchema>;

/** Alias rules with names normalised, ready for resolution. */
export interface AliasRules {
  /** normalised name -> canonical name, per kind. */
  forced: Map<string, string>;
  /** normalised name -> ids of forbid groups containing it, per kind. */
  forbidden: Map<string, Set<number>>;
}

const slot = (kind: NodeKind, form: string) => `${kind}|${form}`;

export const NO_ALIAS_RULES: AliasRules = { forced: new Map(), forbidden: new Map() };

export function compileAliasRules(file: AliasFile): AliasRules {
  const rules: AliasRules = { forced: new Map(), forbidden: new Map() };
  for (const m of file.merge) {
    for (const n of [m.canonical, ...m.names]) rules.forced.set(slot(m.kind, normalizeForKind(m.kind, n)), m.canonical);
  }
  file.forbid.forEach((f, i) => {
    for (const n of f.names) {
      const k = slot(f.kind, normalizeForKind(f.kind, n));
      const set = rules.forbidden.get(k) ?? new Set<number>();
      set.add(i);
      rules.forbidden.set(k, set);
    }
  });
  return rules;
}

/** Canonical name a forced merge assigns to `name`, if any. */
export function forcedCanonical(rules: AliasRules, kind: NodeKind, name: string): string | undefined {
  return rules.forced.get(slot(kind, normalizeForKind(kind, name)));
}

/** True when some forbid group contains both a form of `a` and a form of `b`. */
export function isForbidden(rules: AliasRules, kind: NodeKind, aForms: readonly string[], bForms: readonly string[]): boolean {
  if (rules.forbidden.size === 0) return false;
  const groups = new Set<number>();
  for (const f of aForms) for (const g of rules.forbidden.get(slot(kind, f)) ?? []) groups.add(g);
  if (groups.size === 0) return false;
  const aSet = new Set(aForms);
  return bForms.some((f) => !aSet.has(f) && [...(rules.forbidden.get(slot(kind, f)) ?? [])].some((g) => groups.has(g)));
}

/**
 * Read and validate an aliases file. `optional`: a missing file yields no rules.
 * @throws InvalidInputError (CG_INVALID_INPUT) for bad JSON or schema, NotFoundError when required and missing.
 */
export async function loadAliasFile(path: string, options: { optional?: boolean } = {}): Promise<AliasRules> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      if (options.optional) return NO_ALIAS_RULES;
      throw new NotFoundError(`graph.loadAliasFile: ${path}: no such file`);
    }
    throw new InvalidInputError(`graph.loadAliasFile: ${path}: ${(err as Error).message}`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InvalidInputError(`graph.loadAliasFile: ${path}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = AliasFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InvalidInputError(`graph.loadAliasFile: ${path}: ${first?.path.join('.') || 'file'}: ${first?.message ?? 'invalid'}`, { details: parsed.error.issues });
  }
  return compileAliasRules(parsed.data);
}
