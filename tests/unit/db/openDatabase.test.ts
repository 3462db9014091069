import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { runBackupIfDue } from '../../../electron/core/db/runBackupIfDue';
import { createEngine } from '../../../electron/core/engine';
import { AppError } from '../../../electron/shared/contract/result';
import { doc, temporaryFolder, valueOf } from '../support/testEngine';

let folder: string;
let remove: () => void;
beforeEach(() => ({ folder, remove } = temporaryFolder()));
afterEach(() => remove());

const when = new Date('2026-03-01T09:00:00.000Z');
const garbage = Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 37 + 11) % 256));

async function databaseWithDrafts(filePath: string, count: number): Promise<void> {
  const engine = createEngine({ dbPath: filePath });
  for (let index = 0; index < count; index += 1) {
    valueOf(await engine.call('drafts:create', { changes: { headline: `Storm report ${index}`, body: doc('Rain and wind. '.repeat(200)) } }));
  }
  engine.close();
}

describe('openDatabase', () => {
  it('creates the folder and a migrated database in WAL mode with foreign keys and a busy timeout', () => {
    const filePath = path.join(folder, 'profile', 'newsdesk.sqlite');
    const { db, recovered } = openDatabase({ path: filePath });
    expect(recovered).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    db.close();
    expect(existsSync(filePath)).toBe(true);
  });

  it('moves a garbage file aside with its bytes intact, says so plainly, and opens a fresh store', () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    writeFileSync(filePath, garbage);
    const { db, recovered } = openDatabase({ path: filePath, now: () => when });

    expect(recovered).not.toBeNull();
    const movedTo = recovered?.movedTo ?? '';
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
    expect(path.dirname(movedTo)).toBe(folder);
    expect(path.basename(movedTo)).toBe('newsdesk.sqlite.corrupt-2026-03-01T09-00-00-000Z');
    expect(recovered?.message).toContain(movedTo);
    expect(recovered?.message).toMatch(/not a database/);
    expect(recovered?.message).toMatch(/Nothing was deleted/);
    expect(recovered?.message).not.toMatch(/\n/);
    expect(recovered?.restoredFromBackup).toBeNull();

    db.prepare("INSERT INTO settings (key, value) VALUES ('probe', '1')").run();
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    db.close();
  });

  it('moves a truncated real database aside (with its -wal file) and keeps its bytes', async () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    await databaseWithDrafts(filePath, 40);
    truncateSync(filePath, Math.floor(statSync(filePath).size / 2 / 4096) * 4096);
    const truncated = readFileSync(filePath);
    writeFileSync(`${filePath}-wal`, 'leftover');

    const { db, recovered } = openDatabase({ path: filePath, now: () => when });
    expect(recovered?.message).toMatch(/damaged/);
    expect(readFileSync(recovered?.movedTo ?? '').equals(truncated)).toBe(true);
    expect(readFileSync(`${recovered?.movedTo}-wal`, 'utf8')).toBe('leftover');
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    db.close();
  });

  it('catches a cut-short large database from its header, without reading it all', async () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    await databaseWithDrafts(filePath, 40);
    truncateSync(filePath, statSync(filePath).size - 4096);
    const { db, recovered } = openDatabase({ path: filePath, now: () => when, fullCheckMaxBytes: 0 });
    expect(recovered?.message).toMatch(/cut short/);
    db.close();
  });

  it('opens a sound large database without a full check', async () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    await databaseWithDrafts(filePath, 5);
    const { db, recovered } = openDatabase({ path: filePath, fullCheckMaxBytes: 0 });
    expect(recovered).toBeNull();
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(5);
    db.close();
  });

  it('never overwrites an earlier moved-aside file', () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    writeFileSync(filePath, garbage);
    const first = openDatabase({ path: filePath, now: () => when });
    first.db.close();
    writeFileSync(filePath, 'second garbage, also not a database, long enough to have a header of a hundred bytes...........');
    const second = openDatabase({ path: filePath, now: () => when });
    second.db.close();
    expect(second.recovered?.movedTo).not.toBe(first.recovered?.movedTo);
    expect(readFileSync(first.recovered?.movedTo ?? '').equals(garbage)).toBe(true);
    expect(readFileSync(second.recovered?.movedTo ?? '', 'utf8')).toMatch(/^second garbage/);
  });

  it('opens a copy of the latest sound backup instead of an empty store, leaving the backup in place', async () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    await databaseWithDrafts(filePath, 3);
    const { db: live } = openDatabase({ path: filePath });
    const backupPath = await runBackupIfDue(live, filePath, when);
    live.close();
    writeFileSync(filePath, garbage);

    const { db, recovered } = openDatabase({ path: filePath, now: () => when });
    expect(recovered?.restoredFromBackup).toBe(backupPath);
    expect(recovered?.message).toMatch(/latest backup \(from 2026-03-01\)/);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(3);
    db.close();
    expect(existsSync(backupPath ?? '')).toBe(true);
    expect(readFileSync(recovered?.movedTo ?? '').equals(garbage)).toBe(true);
  });

  it('skips a damaged backup and uses the next older one', async () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    await databaseWithDrafts(filePath, 2);
    const { db: live } = openDatabase({ path: filePath });
    const older = await runBackupIfDue(live, filePath, new Date('2026-02-27T09:00:00.000Z'));
    live.close();
    writeFileSync(path.join(folder, 'backups', 'newsdesk-2026-02-28.sqlite'), garbage);
    writeFileSync(filePath, garbage);

    const { db, recovered } = openDatabase({ path: filePath, now: () => when });
    expect(recovered?.restoredFromBackup).toBe(older);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(2);
    db.close();
  });

  it('opens an empty file as a new store without moving it', () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    writeFileSync(filePath, '');
    const { db, recovered } = openDatabase({ path: filePath });
    expect(recovered).toBeNull();
    db.close();
    expect(readdirSync(folder).filter((name) => name.includes('corrupt'))).toEqual([]);
  });

  it('reports a path it cannot open (a folder) as a storage error and moves nothing', () => {
    const filePath = path.join(folder, 'is-a-folder');
    mkdirSync(filePath);
    expect(() => openDatabase({ path: filePath })).toThrow(AppError);
    expect(readdirSync(folder)).toEqual(['is-a-folder']);
  });

  it('refuses a database from a newer Newsdesk without touching it', () => {
    const filePath = path.join(folder, 'newsdesk.sqlite');
    const { db } = openDatabase({ path: filePath });
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(filePath);
    expect(() => openDatabase({ path: filePath })).toThrow(/newer version of Newsdesk/);
    expect(readFileSync(filePath).equals(before)).toBe(true);
  });

  it('works on :memory: for tests', () => {
    const { db, recovered } = openDatabase({ path: ':memory:' });
    expect(recovered).toBeNull();
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    db.close();
  });
});
