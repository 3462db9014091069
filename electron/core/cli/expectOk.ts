import { AppError, type Result } from '../../shared/contract/result';

/** The value of a successful call; a failed one is thrown as the AppError it carries. */
export function expectOk<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}
