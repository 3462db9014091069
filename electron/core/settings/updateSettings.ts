import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { SiteSettings } from '../../shared/model/settings';
import { settingsProblems } from '../../shared/model/settingsProblems';
import { statement } from '../db/statement';
import { getSettings, SITE_SETTINGS_KEY } from './getSettings';

const upsertValue = statement<[string, string]>(
  'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
);

/**
 * Changes some site settings and returns them all. The result must pass SiteSettings as a whole
 * (for instance the default ad format must be one of the formats, format ids used once), else
 * AppError('invalid_input') in plain words, with each problem and its field in the details.
 */
export function updateSettings(db: Database, changes: Partial<SiteSettings>): SiteSettings {
  return db
    .transaction(() => {
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next = { ...getSettings(db), ...defined };
      const problems = settingsProblems(next);
      if (problems.length > 0) {
        throw new AppError('invalid_input', `These settings cannot be saved. ${problems.map((problem) => problem.message).join(' ')}`, { problems });
      }
      const settings = SiteSettings.parse(next);
      upsertValue(db).run(SITE_SETTINGS_KEY, JSON.stringify(settings));
      return settings;
    })
    .immediate();
}
