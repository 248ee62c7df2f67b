// Values crossing the Bolt boundary, in one place: JS numbers that must be Cypher integers go out
// as neo4j.int, and every Integer coming back becomes a JS number (or the read fails loudly).
import neo4j, { type Integer } from 'neo4j-driver';
import { StoreError } from '../../src/errors.js';

/**
 * A Cypher integer parameter (LIMIT, sequence numbers, counts). A plain JS number is sent as a
 * float, which LIMIT rejects ("'10.0' is not a valid value"), so integers always go through here.
 * @throws StoreError (CG_STORE) for a non-integer or unsafe number.
 */
export function cypherInt(op: string, n: number): Integer {
  if (!Number.isSafeInteger(n)) throw new StoreError(`${op}: ${n} is not a safe integer`);
  return neo4j.int(n);
}

/**
 * Convert a value read from Neo4j to plain JS: Integer -> number (throws outside the safe range),
 * lists and maps recursively, everything else unchanged. Graph entities (Node, Relationship) are
 * never returned by our statements; they are rejected so a statement change cannot leak them.
 * @throws StoreError (CG_STORE) for an integer beyond Number.MAX_SAFE_INTEGER or a graph entity.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const i = value as Integer;
    if (!i.inSafeRange()) throw new StoreError(`graph.neo4j: integer ${i.toString()} is outside the safe JS range`);
    return i.toNumber();
  }
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new StoreError(`graph.neo4j: integer ${value} is outside the safe JS range`);
    }
    return Number(value);
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    if (neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isPath(value)) {
      throw new StoreError('graph.neo4j: a statement returned a graph entity; statements must return plain values');
    }
    if (Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = fromNeo4j(v);
      return out;
    }
  }
  return value;
}

/** JSON text stored in a property (props, provenance, records) back to a value; null stays null. */
export function parseJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string') return fallback;
  return JSON.parse(text) as T;
}
