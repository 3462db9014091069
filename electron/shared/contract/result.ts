/** Error codes that may cross the process boundary. */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'forbidden',
  'not_found',
  'conflict',
  'checklist_failed',
  'unreadable_input',
  'network',
  'storage',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** What every channel returns: a value, or an error with a code and a message fit to show a user. */
export type AppErrorShape = { code: ErrorCode; message: string; details?: Record<string, unknown> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a handler throws on purpose; its message is shown to the user as it is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}
