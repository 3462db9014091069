import type { storeChannels } from '../../shared/contract/store';
import type { DomainHandlers } from './domainHandlers';

/** Handlers for the `store:*` channels. */
export const storeHandlers: DomainHandlers<keyof typeof storeChannels> = {
  'store:status': (_input, { dbPath, recovered }) => ({ databasePath: dbPath, recovered }),
  'store:revealRecovered': async (_input, { host, recovered }) => {
    if (recovered === null) return { shown: false };
    await host.showInFolder(recovered.movedTo);
    return { shown: true };
  },
};
