import type { SyncStatus } from '../../shared/contract/sync';

/** The words for each state that has no reason of its own. */
export const syncWords: Record<Exclude<SyncStatus['state'], 'refused'>, string> = {
  local: 'Saved on this laptop',
  offline: 'Offline: changes are saved on this laptop',
  syncing: 'Syncing…',
  synced: 'Synced with the newsroom',
};

export type { SyncStatus };
