import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/core/engine';
import type { Host } from '../../../electron/core/host';
import { temporaryFolder } from '../support/testEngine';

let folder: string;
let remove: () => void;
beforeEach(() => ({ folder, remove } = temporaryFolder()));
afterEach(() => remove());

function recordingHost(shown: string[]): Host {
  return {
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openExternal: async () => {},
    showInFolder: async (filePath) => {
      shown.push(filePath);
    },
  };
}

describe('store channels', () => {
  it('report a sound store as such, and have no file to show', async () => {
    const shown: string[] = [];
    const dbPath = path.join(folder, 'newsdesk.sqlite');
    const engine = createEngine({ dbPath, host: recordingHost(shown) });
    expect(await engine.call('store:status', {})).toEqual({ ok: true, value: { databasePath: dbPath, recovered: null } });
    expect(await engine.call('store:revealRecovered', {})).toEqual({ ok: true, value: { shown: false } });
    expect(shown).toEqual([]);
    engine.close();
  });

  it('tell the page what was set aside, and show that file (and only that one) when asked', async () => {
    const shown: string[] = [];
    const dbPath = path.join(folder, 'newsdesk.sqlite');
    writeFileSync(dbPath, 'not a database '.repeat(500));
    const engine = createEngine({ dbPath, host: recordingHost(shown) });
    const status = await engine.call('store:status', {});
    if (!status.ok || status.value.recovered === null) throw new Error('expected a recovery');
    expect(status.value.recovered.movedTo).toMatch(/newsdesk\.sqlite\.corrupt-/);
    expect(status.value.recovered.restoredFromBackup).toBeNull();
    expect(status.value.recovered.message).toContain(status.value.recovered.movedTo);
    expect(await engine.dispatch('store:revealRecovered', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await engine.call('store:revealRecovered', {})).toEqual({ ok: true, value: { shown: true } });
    expect(shown).toEqual([status.value.recovered.movedTo]);
    engine.close();
  });
});
