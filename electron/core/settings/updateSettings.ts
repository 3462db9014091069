import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { SiteSettings } from '../../shared/model/settings';
import { statement } from '../db/statement';
import { getSettings, SITE_SETTINGS_KEY } from './getSettings';

const upsertValue = statement<[string, string]>(
  'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
);

function describeProblem(settings: Record<string, unknown>): string | null {
  const parsed = SiteSettings.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue?.message ?? 'not valid'}`;
  }
  const formats = parsed.data.adFormats.map((format) => format.id);
  if (!formats.includes(parsed.data.adRules.defaultFormat)) return `adRules.defaultFormat: "${parsed.data.adRules.defaultFormat}" is not one of the ad formats`;
  return null;
}

/**
 * Changes some site settings and returns them all. The result must pass SiteSettings as a whole
 * (for instance the default ad format must be one of the formats), else AppError('invalid_input').
 */
export function updateSettings(db: Database, changes: Partial<SiteSettings>): SiteSettings {
  return db
    .transaction(() => {
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next = { ...getSettings(db), ...defined };
      const problem = describeProblem(next);
      if (problem !== null) throw new AppError('invalid_input', `These settings cannot be saved: ${problem}.`);
      const settings = SiteSettings.parse(next);
      upsertValue(db).run(SITE_SETTINGS_KEY, JSON.stringify(settings));
      return settings;
    })
    .immediate();
}
