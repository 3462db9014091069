import type { Handlers } from '../../shared/contract/dispatch';
import type { EngineContext } from '../engineContext';
import { draftsHandlers } from './drafts';
import { settingsHandlers } from './settings';
import { catalogHandlers } from './catalog';
import { publishingHandlers } from './publishing';
import { storeHandlers } from './store';
import { syncHandlers } from './sync';
import { imagesHandlers } from './images';
import { reviewHandlers } from './review';
import { liveHandlers } from './live';

/**
 * Every channel's handler. Add a domain by spreading its handlers here; the type refuses a
 * contract channel without a handler.
 */
export const handlers: Handlers<EngineContext> = {
  ...draftsHandlers,
  ...settingsHandlers,
  ...catalogHandlers,
  ...publishingHandlers,
  ...storeHandlers,
  ...syncHandlers,
  ...imagesHandlers,
  ...reviewHandlers,
  ...liveHandlers,
};
