import { homedir } from 'node:os';
import { defaultDbPath, type PlatformInfo } from './defaultDbPath';

/**
 * The database to open outside the app: the `--db` flag, else `NEWSDESK_DB`, else the app's own
 * file, so the CLI and the app share drafts unless told otherwise.
 */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, platform?: PlatformInfo): string {
  if (flag !== undefined && flag !== '') return flag;
  const fromEnv = env.NEWSDESK_DB;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return defaultDbPath(platform ?? { platform: process.platform, env, home: homedir() });
}
