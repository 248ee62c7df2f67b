// A Cypher statement with the parameter names it takes. Every statement the Neo4j store runs is
// one of these constants (graph/neo4j/cypher.ts, schema.ts): linted offline, never built from input.

export interface Statement {
  readonly name: string;
  readonly text: string;
  /** Exactly the `$parameters` the text uses; the runner refuses calls that pass others. */
  readonly params: readonly string[];
}

export function cypher(name: string, params: readonly string[], text: string): Statement {
  return Object.freeze({ name, text: text.replace(/\s+/g, ' ').trim(), params: Object.freeze([...params]) });
}

export function isStatement(v: unknown): v is Statement {
  return typeof v === 'object' && v !== null && typeof (v as Statement).text === 'string' && Array.isArray((v as Statement).params)
    && typeof (v as Statement).name === 'string';
}

/** The `$name` parameters a statement's text refers to (sorted, unique). */
export function paramsInText(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]!);
  return [...names].sort();
}
