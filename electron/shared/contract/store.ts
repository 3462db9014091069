import { z } from 'zod';
import { channel } from './channel';

/** What was done at start-up because the drafts file was damaged. */
export const StoreRecovery = z.object({
  /** One plain sentence for the user: what happened, where the damaged file is, what opened instead. */
  message: z.string(),
  /** Where the damaged file was moved, bytes untouched. */
  movedTo: z.string(),
  /** The backup that opened in its place, or null when a new, empty store was started. */
  restoredFromBackup: z.string().nullable(),
});
export type StoreRecovery = z.infer<typeof StoreRecovery>;

/** Channels about the drafts store itself: where it is and what happened to it at start-up. */
export const storeChannels = {
  'store:status': channel(
    z.object({}).strict(),
    z.object({ databasePath: z.string(), recovered: StoreRecovery.nullable() }),
    'Where the drafts database is, and what was done at start-up if its file was damaged (null when nothing was).',
  ),
  'store:revealRecovered': channel(
    z.object({}).strict(),
    z.object({ shown: z.boolean() }),
    "Shows the damaged file that was set aside in the system's file manager; false when nothing was set aside. The page never names a path.",
  ),
} as const;
