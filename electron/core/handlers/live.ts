import type { liveChannels } from '../../shared/contract/live';
import type { DomainHandlers } from './domainHandlers';

/** Handlers for every `live:*` channel. */
export const liveHandlers: DomainHandlers<keyof typeof liveChannels> = {
  'live:open': (input, { live }) => live.open(input.draftId),
  'live:push': (input, { live }) => live.push(input.draftId, input.update),
  'live:close': (input, { live }) => {
    live.close(input.draftId);
    return null;
  },
};
