import type { ChannelName } from '../../shared/contract/index';
import type { Handler } from '../../shared/contract/dispatch';
import type { EngineContext } from '../engineContext';

/** The handlers of one domain: exactly one per channel the domain declares. */
export type DomainHandlers<Names extends ChannelName> = { [C in Names]: Handler<C, EngineContext> };
