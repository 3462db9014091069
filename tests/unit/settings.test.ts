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
    expect(error.message).toBe('These settings cannot be saved. Choose a default format from the ad formats.');
    const badUrl = errorOf(await engine.call('settings:update', { changes: { baseUrl: 'javascript:alert(1)' } }));
    expect(badUrl.code).toBe('invalid_input');
    expect(badUrl.message).toMatch(/^These settings cannot be saved\. The base URL must be a web address starting with http/);
    expect(badUrl.message).not.toMatch(/changes|baseUrl/);
    expect(badUrl.details).toEqual({ problems: [{ field: 'baseUrl', message: expect.stringMatching(/^The base URL/) }] });
    expect(valueOf(await engine.call('settings:get', {}))).toEqual(defaultSiteSettings);
  });

  it('refuses two ad formats with one id, naming the second in plain words', async () => {
    const adFormats = [...defaultSiteSettings.adFormats, { id: 'inline', label: 'Inline again', size: '300x600' }];
    const error = errorOf(await engine.call('settings:update', { changes: { adFormats } }));
    expect(error.code).toBe('invalid_input');
    expect(error.details).toEqual({ problems: [{ field: 'adFormats.3.id', message: 'Another format already has the id “inline”; each format needs its own.' }] });
    expect(valueOf(await engine.call('settings:get', {})).adFormats).toEqual(defaultSiteSettings.adFormats);
  });

  it('says which ad rule is out of range, by its label', async () => {
    const error = errorOf(await engine.call('settings:update', { changes: { adRules: { ...defaultSiteSettings.adRules, wordsPerAd: 5, maxAds: 2.5 } } }));
    expect(error.details).toEqual({
      problems: [
        { field: 'adRules.wordsPerAd', message: 'The words per ad must be at least 20.' },
        { field: 'adRules.maxAds', message: 'The most ads in an article must be a whole number.' },
      ],
    });
  });

  it('falls back to the default for a stored value that is no longer valid', async () => {
    engine.db.prepare("INSERT INTO settings (key, value) VALUES ('site', ?)").run(JSON.stringify({ siteName: 'Kept', relatedLabels: [], adRules: 'broken' }));
    const settings = valueOf(await engine.call('settings:get', {}));
    expect(settings.siteName).toBe('Kept');
    expect(settings.relatedLabels).toEqual(defaultSiteSettings.relatedLabels);
    expect(settings.adRules).toEqual(defaultSiteSettings.adRules);
  });
});
