import type { Database } from 'better-sqlite3';
import { defaultSiteSettings, SiteSettings } from '../../shared/model/settings';
import { statement } from '../db/statement';

/** The key the site settings are stored under in the `settings` table. */
export const SITE_SETTINGS_KEY = 'site';

const selectValue = statement<[string], string>('SELECT value FROM settings WHERE key = ?');

function storedObject(db: Database): Record<string, unknown> {
  const text = selectValue(db).pluck().get(SITE_SETTINGS_KEY);
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  } catch {
    return {};
  }
}

/**
 * The site settings: what was saved, over the defaults. A stored value that no longer passes
 * validation (an older or hand-edited file) falls back to its default rather than failing.
 */
export function getSettings(db: Database): SiteSettings {
  const stored = storedObject(db);
  const merged: Record<string, unknown> = { ...defaultSiteSettings };
  for (const [key, schema] of Object.entries(SiteSettings.shape)) {
    if (key in stored && schema.safeParse(stored[key]).success) merged[key] = stored[key];
  }
  const parsed = SiteSettings.safeParse(merged);
  return parsed.success ? parsed.data : defaultSiteSettings;
}
