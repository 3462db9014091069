import type { syncChannels } from '../../shared/contract/sync';
import type { DomainHandlers } from './domainHandlers';

/** Handlers for every `sync:*` channel. */
export const syncHandlers: DomainHandlers<keyof typeof syncChannels> = {
  'sync:status': (_input, { sync }) => sync.status(),
  'sync:connect': (input, { sync }) => sync.connect(input),
  'sync:disconnect': (_input, { sync }) => sync.disconnect(),
};
