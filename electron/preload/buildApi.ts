import type { ChannelName, NewsdeskApi } from '../shared/contract/index';
import type { Result } from '../shared/contract/result';
import { toJsonSafe } from './toJsonSafe';

/** Sends one call to the main process (ipcRenderer.invoke in the preload, a fake in tests). */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;

/** The engine methods of `window.newsdesk`: everything but the shell events. */
export type NewsdeskMethods = Omit<NewsdeskApi, 'events'>;

type Method = (input: never) => Promise<unknown>;
type MethodTable = Record<string, Record<string, Method>>;

const notSendable: Result<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'That request holds data that cannot be sent (for example a loop of references).' },
};

function unreachable(error: unknown): Result<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Newsdesk's main process did not answer. ${detail}` } };
}

function method(channel: ChannelName, invoke: Invoke): (input?: unknown) => Promise<unknown> {
  return async (input) => {
    const safe = toJsonSafe(input);
    if (!safe.ok) return notSendable;
    try {
      return await invoke(channel, safe.value);
    } catch (error) {
      return unreachable(error);
    }
  };
}

function hasEveryChannel(table: MethodTable, names: readonly ChannelName[]): table is MethodTable & NewsdeskMethods {
  return names.every((name) => {
    const [domain = '', verb = ''] = name.split(':');
    return typeof table[domain]?.[verb] === 'function';
  });
}

/**
 * Builds `window.newsdesk`'s methods from the contract's channel names: `drafts:create` becomes
 * `api.drafts.create(input)`. Every method sends only JSON-safe input and always resolves to a Result,
 * even when the input cannot be sent or the main process does not answer.
 */
export function buildApi(names: readonly ChannelName[], invoke: Invoke): NewsdeskMethods {
  const table: MethodTable = {};
  for (const name of names) {
    const [domain, verb] = name.split(':');
    if (!domain || !verb) continue;
    table[domain] = { ...table[domain], [verb]: method(name, invoke) };
  }
  if (!hasEveryChannel(table, names)) throw new Error('Every channel must be named domain:verb.');
  return table;
}
