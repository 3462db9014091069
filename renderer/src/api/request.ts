import type { Result } from '../../../electron/shared/contract/result';
import { newsdeskApi } from './newsdeskApi';
import type { NewsdeskApi } from '../../../electron/shared/contract/index';

/**
 * Calls the store and always comes back with a Result: a bridge that throws or is missing becomes a
 * plain-words error the UI can show, never an exception or a stack trace.
 */
export async function request<T>(call: (api: NewsdeskApi) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call(newsdeskApi());
  } catch (error) {
    const message = error instanceof Error && error.name === 'MissingBridgeError' ? error.message : 'Newsdesk could not reach its drafts store. Your work is kept; please try again.';
    return { ok: false, error: { code: 'internal', message } };
  }
}
