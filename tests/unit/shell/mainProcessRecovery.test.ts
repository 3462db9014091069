import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMainBundle } from './loadMainBundle';

// A reporter starts the app on a damaged database file: the app must open anyway, keep the damaged
// bytes, and let the page tell the reporter in plain words and show them the file.

const garbage = 'This is not an SQLite database, but it could be someone\u2019s only copy.\n'.repeat(200);
let loaded: Awaited<ReturnType<typeof loadMainBundle>>;

beforeAll(async () => {
  loaded = await loadMainBundle((profile) => fs.writeFileSync(path.join(profile, 'newsdesk.sqlite'), garbage));
}, 60_000);

afterAll(() => loaded.dispose());

describe('starting on a damaged database', () => {
  it('opens a working store, keeps the damaged bytes, and gives the page the plain-words story and the file to show', async () => {
    expect(loaded.record.errorBoxes).toEqual([]);
    expect(await loaded.invoke('drafts:create', { changes: { headline: 'After the crash' } })).toMatchObject({ ok: true });
    const kept = fs.readdirSync(loaded.profile).filter((name) => name !== 'newsdesk.sqlite').map((name) => path.join(loaded.profile, name));
    const copies = kept.filter((file) => fs.statSync(file).isFile() && fs.readFileSync(file, 'utf8') === garbage);
    expect(copies).toHaveLength(1);

    const status = (await loaded.invoke('store:status', {})) as { ok: true; value: { recovered: { message: string; movedTo: string } } };
    expect(status).toMatchObject({ ok: true, value: { recovered: { movedTo: copies[0] } } });
    expect(status.value.recovered.message).toContain(path.basename(copies[0] ?? ''));
    expect(status.value.recovered.message).not.toMatch(/\bat .*:\d+:\d+|SQLITE_|Error:/);

    expect(await loaded.invoke('store:revealRecovered', {})).toEqual({ ok: true, value: { shown: true } });
    expect(loaded.record.shownInFolder).toEqual([copies[0]]);
    expect(loaded.record.messageBoxes).toEqual([]);
  });

  it('backs up the fresh store at startup', async () => {
    await loaded.backupMade();
  });
});
