import type { DeskRole } from '../../shared/review/workflowRefusal';
import type { EngineContext } from '../engineContext';

/**
 * The person's role on the desk. Roles come from a newsroom server's access token; an engine
 * without one is a laptop on its own, where nobody's role refuses anything.
 */
export function deskRole(_context: EngineContext): DeskRole | null {
  return null;
}
