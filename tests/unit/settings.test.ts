import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/core/engine';
import { defaultSiteSettings } from '../../electron/shared/model/settings';
import { errorOf, memoryEngine, valueOf } from './support/testEngine';

let engine: Engine;
beforeEach(() => {
  engine = memoryEngine();
});
afterEach(() => engine.close());

describe('site settings', () => {
  it('starts from the defaults', async () => {
    expect(valueOf(await engine.call('settings:get', {}))).toEqual(defaultSiteSettings);
  });

  it('saves some settings and keeps the rest', async () => {
    const updated = valueOf(await engine.call('settings:update', { changes: { siteName: 'The Coast Times', baseUrl: 'https://coast.example' } }));
    expect(updated).toEqual({ ...defaultSiteSettings, siteName: 'The Coast Times', baseUrl: 'https://coast.example' });
    expect(valueOf(await engine.call('settings:get', {}))).toEqual(updated);
  });

  it('refuses settings that do not hold together and changes nothing', async () => {
    const error = errorOf(await engine.call('settings:update', { changes: { adRules: { ...defaultSiteSettings.adRules, defaultFormat: 'billboard' } } }));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toMatch(/billboard/);
    expect(errorOf(await engine.call('settings:update', { changes: { baseUrl: 'javascript:alert(1)' } })).code).toBe('invalid_input');
    expect(valueOf(await engine.call('settings:get', {}))).toEqual(defaultSiteSettings);
  });

  it('falls back to the default for a stored value that is no longer valid', async () => {
    engine.db.prepare("INSERT INTO settings (key, value) VALUES ('site', ?)").run(JSON.stringify({ siteName: 'Kept', relatedLabels: [], adRules: 'broken' }));
    const settings = valueOf(await engine.call('settings:get', {}));
    expect(settings.siteName).toBe('Kept');
    expect(settings.relatedLabels).toEqual(defaultSiteSettings.relatedLabels);
    expect(settings.adRules).toEqual(defaultSiteSettings.adRules);
  });
});
