import type { settingsChannels } from '../../shared/contract/settings';
import { getSettings } from '../settings/getSettings';
import { updateSettings } from '../settings/updateSettings';
import type { DomainHandlers } from './domainHandlers';

/** Handlers for the `settings:*` channels. */
export const settingsHandlers: DomainHandlers<keyof typeof settingsChannels> = {
  'settings:get': (_input, { db }) => getSettings(db),
  'settings:update': (input, { db }) => updateSettings(db, input.changes),
};
