import type { z } from 'zod';
import { contract, type ChannelName, type ChannelOutput, type ParsedInput } from './index';
import { AppError, type Result } from './result';

/** A named handler for one channel. The context carries what the host (Electron, the harness) provides. */
export type Handler<C extends ChannelName, Ctx> = (input: ParsedInput<C>, context: Ctx) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers<Ctx> = { [C in ChannelName]: Handler<C, Ctx> };

function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `${where}${first.message}`;
}

/**
 * Validates the input of a call, runs its handler and returns a Result. Never throws: bad input,
 * unknown channels and handler failures all come back as `{ ok: false, error }`.
 * Knows nothing of ipcMain, so Electron and the browser harness call the very same code.
 */
export async function dispatch<Ctx>(
  handlers: Handlers<Ctx>,
  name: unknown,
  rawInput: unknown,
  context: Ctx,
  onInternalError: (error: unknown, channel: string) => void = () => {},
  translateError: (error: unknown) => AppError | null = () => null,
): Promise<Result<unknown>> {
  if (!isChannelName(name)) {
    return { ok: false, error: { code: 'unknown_channel', message: 'That request is not one Newsdesk knows.' } };
  }
  const spec = contract[name];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: Ctx) => unknown;
    const value = await handler(parsed.data, context);
    return { ok: true, value: value === undefined ? null : value };
  } catch (thrown) {
    const error = thrown instanceof AppError ? thrown : (translateError(thrown) ?? thrown);
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    }
    onInternalError(error, name);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Newsdesk. Your work is kept; please try again.' } };
  }
}
