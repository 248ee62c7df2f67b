// The embedded store: the shared contract, plus what is specific to SQLite on disk.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openSqliteStore, SQLITE_FILE } from '../../graph/sqlite-store.js';
import { storeContract } from './store-contract.js';
import { docWrite, node } from './fixtures.js';
import { tempDirs } from './temp-dir.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

storeContract('sqlite', async () => openSqliteStore({ dir: dirs.make() }));

describe('SqliteStore on disk', () => {
  it('persists across close and reopen, in WAL mode', async () => {
    const dir = dirs.make();
    const a = openSqliteStore({ dir });
    await a.replaceDocument(docWrite('doc:1', [node('doc:1', 'topic:policing', 'Topic', 'Policing')], []));
    await a.close();
    const b = openSqliteStore({ dir });
    expect(await b.getNode('topic:policing')).toMatchObject({ label: 'Policing' });
    expect(b.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await b.close();
    const ro = openSqliteStore({ dir, readonly: true });
    expect((await ro.stats()).totalNodes).toBe(2);
    await expect(ro.replaceDocument(docWrite('doc:2', [], []))).rejects.toMatchObject({ code: 'CG_STORE' });
    await ro.close();
  });

  it('refuses a file that is not a store with CG_STORE, and a newer schema', async () => {
    const dir = dirs.make();
    writeFileSync(join(dir, SQLITE_FILE), 'this is not a database at all, just text that is long enough to be a header');
    expect(() => openSqliteStore({ dir })).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
    const dir2 = dirs.make();
    const db = new Database(join(dir2, SQLITE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openSqliteStore({ dir: dir2 })).toThrow(/newer/);
  });

  it('does not open a missing store read-only', () => {
    expect(() => openSqliteStore({ dir: join(dirs.make(), 'absent'), readonly: true })).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
  });
});
