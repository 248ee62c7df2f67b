// Offline check of every Cypher statement the Neo4j store runs (no server needed): each one is
// linted with lintCypherQuery against the store's labels, types, property keys and its declared
// parameters, and must come back with no diagnostic at all; a broken statement must be rejected.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allCypherVersions, lintCypherQuery, type CypherVersion, type DbSchema } from '@neo4j-cypher/language-support';
import * as Q from '../../graph/neo4j/cypher.js';
import { ROW_ONLY_KEYS, SCHEMA_STATEMENTS, STORE_LABELS, STORE_PROPERTY_KEYS, STORE_REL_TYPES } from '../../graph/neo4j/schema.js';
import { cypher, isStatement, paramsInText, type Statement } from '../../graph/neo4j/statement.js';

const DATA_STATEMENTS = Object.values(Q).filter(isStatement);
const ALL: Statement[] = [...DATA_STATEMENTS, ...SCHEMA_STATEMENTS];

function schemaFor(s: Statement, version?: CypherVersion): DbSchema {
  return {
    ...(version ? { defaultLanguage: version } : {}),
    labels: [...STORE_LABELS],
    relationshipTypes: [...STORE_REL_TYPES],
    propertyKeys: [...STORE_PROPERTY_KEYS, ...ROW_ONLY_KEYS],
    parameters: Object.fromEntries(s.params.map((p) => [p, p])),
  };
}

function lint(s: Statement, version?: CypherVersion) {
  return lintCypherQuery(s.text, schemaFor(s, version)).diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
}

describe('Neo4j store Cypher (offline lint)', () => {
  it('covers the whole statement set', () => {
    expect(DATA_STATEMENTS.length).toBeGreaterThanOrEqual(50);
    expect(SCHEMA_STATEMENTS.length).toBeGreaterThanOrEqual(9);
    const names = ALL.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  // Neo4j 5 servers speak Cypher 5; 2025+ servers default to Cypher 25: the store must parse in both.
  it.each(ALL.map((s) => [s.name, s] as const))('%s lints clean in every Cypher version', (_name, s) => {
    expect(allCypherVersions).toEqual(expect.arrayContaining(['CYPHER 5', 'CYPHER 25']));
    for (const version of allCypherVersions) expect([version, lint(s, version)]).toEqual([version, []]);
  });

  it.each(ALL.map((s) => [s.name, s] as const))('%s declares exactly the parameters it uses', (_name, s) => {
    expect(paramsInText(s.text)).toEqual([...s.params].sort());
  });

  it('rejects a deliberately broken statement (syntax error)', () => {
    const broken = cypher('BROKEN', ['key'], 'MATCH (n:Node {key: $key} RETRN n.key');
    expect(lint(broken).some((d) => d.startsWith('error:'))).toBe(true);
  });

  it('flags an undeclared parameter, an unknown label and an unknown property', () => {
    expect(lint(cypher('X', [], 'MATCH (n:Node {key: $key}) RETURN n.key AS key'))).toEqual(
      [expect.stringMatching(/^error: Parameter \$key is not defined/)]);
    expect(lint(cypher('X', [], 'MATCH (n:Nodes) RETURN n.key AS key'))).toEqual([expect.stringMatching(/^warning: Label Nodes/)]);
    expect(lint(cypher('X', [], 'MATCH (n:Node) RETURN n.kye AS key'))).toEqual([expect.stringMatching(/^warning: kye is not present/)]);
  });

  it('runs statements only through the checked runner, and uses every statement it declares', () => {
    const root = join(import.meta.dirname, '../../graph');
    const files = ['neo4j-store.ts', ...readdirSync(join(root, 'neo4j')).map((f) => join('neo4j', f))];
    const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
    for (const [file, text] of Object.entries(sources)) {
      // tx.run / session.run / executeQuery with a string would bypass the declared, linted constants.
      if (file !== join('neo4j', 'run.ts')) expect([file, /\.(run|executeQuery)\(\s*[`'"]/.test(text) || /tx\.run\(/.test(text)]).toEqual([file, false]);
      if (!/cypher\.ts$|schema\.ts$/.test(file)) expect([file, /[`'"]\s*(MATCH|MERGE|UNWIND|CREATE)\b/.test(text)]).toEqual([file, false]);
    }
    const users = Object.entries(sources).filter(([f]) => !f.endsWith('cypher.ts')).map(([, t]) => t).join('\n');
    const unused = DATA_STATEMENTS.filter((s) => !new RegExp(`\\bQ\\.${s.name}\\b`).test(users));
    expect(unused.map((s) => s.name)).toEqual([]);
  });
});
