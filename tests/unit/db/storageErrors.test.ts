import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { storageErrorOf } from '../../../electron/core/db/storageErrorOf';
import { doc } from '../support/testEngine';

const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-storage-'));
let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

function bigBody(words: number) {
  return doc(Array.from({ length: words }, (_, index) => `word${index}`).join(' '));
}

describe('a disk that lets the store down', () => {
  it('refuses a save on a full disk with a plain storage error, keeps the last save, and saves once there is room', async () => {
    engine = createEngine({ dbPath: path.join(folder, 'full.sqlite') });
    const created = await engine.call('drafts:create', { changes: { headline: 'Storm hits coast', body: doc('First words.') } });
    if (!created.ok) throw new Error(created.error.message);
    const pages = Number(engine.db.pragma('page_count', { simple: true }));
    engine.db.pragma(`max_page_count = ${pages}`);

    const refused = await engine.call('drafts:save', { id: created.value.id, baseVersion: 1, changes: { body: bigBody(40_000) } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('disk is full') } });
    expect(refused.ok ? '' : refused.error.message).toContain('Your edits are kept');
    const kept = await engine.call('drafts:get', { id: created.value.id });
    expect(kept).toMatchObject({ ok: true, value: { version: 1, wordCount: 2 } });

    engine.db.pragma('max_page_count = 1073741823');
    const retried = await engine.call('drafts:save', { id: created.value.id, baseVersion: 1, changes: { body: bigBody(40_000) } });
    expect(retried).toMatchObject({ ok: true, value: { version: 2, wordCount: 40_000 } });
  });

  it('names read-only, I/O and busy failures and leaves other errors alone', () => {
    expect(storageErrorOf({ code: 'SQLITE_READONLY' })?.message).toMatch(/read-only/);
    expect(storageErrorOf({ code: 'SQLITE_IOERR_WRITE' })?.message).toMatch(/could not be written/);
    expect(storageErrorOf({ code: 'SQLITE_BUSY' })?.code).toBe('storage');
    expect(storageErrorOf({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeNull();
    expect(storageErrorOf(new Error('boom'))).toBeNull();
  });
});

process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
