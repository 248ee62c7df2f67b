// Running statements inside a managed transaction: parameters checked against the statement's
// declaration, results converted to plain JS (Integer -> number) before anyone sees them.
import type { ManagedTransaction } from 'neo4j-driver';
import { StoreError } from '../../src/errors.js';
import type { Statement } from './statement.js';
import { batches } from './rows.js';
import { fromNeo4j } from './values.js';

export type Row = Record<string, unknown>;

/** @throws StoreError (CG_STORE) when `params` are not exactly the statement's declared parameters. */
export function checkParams(s: Statement, params: Record<string, unknown>): void {
  const given = Object.keys(params).sort();
  const declared = [...s.params].sort();
  if (given.length !== declared.length || given.some((k, i) => k !== declared[i])) {
    throw new StoreError(`graph.neo4j: ${s.name} takes (${declared.join(', ')}), got (${given.join(', ')})`);
  }
}

/** Run one statement; rows come back as plain objects with numbers, never driver Integers. */
export async function run(tx: ManagedTransaction, s: Statement, params: Record<string, unknown> = {}): Promise<Row[]> {
  checkParams(s, params);
  const result = await tx.run(s.text, params);
  return result.records.map((r) => fromNeo4j(r.toObject()) as Row);
}

/** Run an UNWIND statement over `items` in batches of BATCH_SIZE (same transaction); rows concatenated. */
export async function runBatched(tx: ManagedTransaction, s: Statement, param: string, items: readonly unknown[], extra: Record<string, unknown> = {}): Promise<Row[]> {
  const out: Row[] = [];
  for (const part of batches(items)) out.push(...(await run(tx, s, { ...extra, [param]: part })));
  return out;
}
