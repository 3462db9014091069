import { z } from 'zod';
import { SiteSettings } from '../model/settings';
import { channel } from './channel';

/** Channels of the site settings (name, base URL, ad formats and rules, related-link labels). */
export const settingsChannels = {
  'settings:get': channel(z.object({}).strict(), SiteSettings, 'The site settings, defaults filled in.'),
  'settings:update': channel(
    z.object({ changes: SiteSettings.partial() }).strict(),
    SiteSettings,
    'Changes some site settings and returns them all; refused with `invalid_input` when they do not hold together.',
  ),
} as const;
