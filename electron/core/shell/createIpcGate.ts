import type { Result } from '../../shared/contract/result';
import { isTrustedSender } from './isTrustedSender';

/** What the gate needs to know about one IPC call. */
export type IpcRequest = {
  /** The URL of the frame that sent the call (`event.senderFrame?.url`). */
  senderUrl: string | null | undefined;
  /** Whether that frame is the window's top frame; calls from iframes are refused. */
  isMainFrame: boolean;
  channel: unknown;
  input: unknown;
};

/** Checks the sender, then dispatches; never throws. */
export type IpcGate = (request: IpcRequest) => Promise<Result<unknown>>;

export type IpcGateOptions = {
  allowedOrigins: readonly string[];
  /** The engine's dispatch: validates the input, runs the handler, never throws. */
  dispatch: (channel: unknown, input: unknown) => Promise<Result<unknown>>;
  /** Told about refused senders, for the log. */
  onRefused?: (request: IpcRequest) => void;
};

const forbidden: Result<unknown> = {
  ok: false,
  error: { code: 'forbidden', message: 'That request did not come from the Newsdesk window and was refused.' },
};

/**
 * The one door from the renderer into the engine: a call from a frame that is not the app's own
 * top-level page is refused with `forbidden` before its input is even looked at; every other call
 * goes through `dispatch`, which validates the input and returns a Result.
 */
export function createIpcGate(options: IpcGateOptions): IpcGate {
  return async (request) => {
    if (!request.isMainFrame || !isTrustedSender(request.senderUrl, options.allowedOrigins)) {
      options.onRefused?.(request);
      return forbidden;
    }
    return options.dispatch(request.channel, request.input);
  };
}
