import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, runBackupIfDue } from '../../../electron/core/db/runBackupIfDue';
import { listBackups } from '../../../electron/core/db/listBackups';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { doc, temporaryFolder, valueOf } from '../support/testEngine';

let folder: string;
let remove: () => void;
let engine: Engine;
let dbPath: string;

beforeEach(() => {
  ({ folder, remove } = temporaryFolder());
  dbPath = path.join(folder, 'newsdesk.sqlite');
  engine = createEngine({ dbPath });
});
afterEach(() => {
  engine.close();
  remove();
});

const day = (offset: number) => new Date(Date.UTC(2026, 2, 1 + offset, 12));

describe('runBackupIfDue', () => {
  it('writes a readable copy of the database into backups/ beside it', async () => {
    valueOf(await engine.call('drafts:create', { changes: { headline: 'Storm hits coast', body: doc('Waves.') } }));
    const backup = await runBackupIfDue(engine.db, dbPath, day(0));
    expect(backup).toBe(path.join(folder, 'backups', 'newsdesk-2026-03-01.sqlite'));
    const copy = new BetterSqlite3(backup ?? '', { readonly: true });
    expect(copy.prepare('SELECT headline FROM drafts').pluck().all()).toEqual(['Storm hits coast']);
    copy.close();
    expect(readdirSync(path.join(folder, 'backups')).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('makes at most one backup a day', async () => {
    expect(await runBackupIfDue(engine.db, dbPath, day(0))).not.toBeNull();
    expect(await runBackupIfDue(engine.db, dbPath, new Date(day(0).getTime() + 3600_000))).toBeNull();
    expect(listBackups(dbPath)).toHaveLength(1);
  });

  it('keeps only the last 7 daily backups', async () => {
    for (let offset = 0; offset < 10; offset += 1) await runBackupIfDue(engine.db, dbPath, day(offset));
    const dates = listBackups(dbPath).map((backup) => backup.date);
    expect(BACKUPS_KEPT).toBe(7);
    expect(dates).toEqual(['2026-03-10', '2026-03-09', '2026-03-08', '2026-03-07', '2026-03-06', '2026-03-05', '2026-03-04']);
    expect(existsSync(path.join(folder, 'backups', 'newsdesk-2026-03-01.sqlite'))).toBe(false);
  });

  it('leaves other files in backups/ alone', async () => {
    const other = createEngine({ dbPath: path.join(folder, 'other.sqlite') });
    await runBackupIfDue(other.db, path.join(folder, 'other.sqlite'), day(0));
    other.close();
    for (let offset = 0; offset < 9; offset += 1) await runBackupIfDue(engine.db, dbPath, day(offset));
    expect(existsSync(path.join(folder, 'backups', 'other-2026-03-01.sqlite'))).toBe(true);
  });

  it('does nothing for an in-memory database', async () => {
    const memory = createEngine({ dbPath: ':memory:' });
    expect(await runBackupIfDue(memory.db, ':memory:', day(0))).toBeNull();
    memory.close();
  });

  it('runs from the engine when autoBackup is on', async () => {
    engine.close();
    engine = createEngine({ dbPath, autoBackup: true, now: () => day(3) });
    await expect.poll(() => listBackups(dbPath).map((backup) => backup.date)).toEqual(['2026-03-04']);
  });
});
