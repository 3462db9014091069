import { z } from 'zod';
import { channel } from './channel';

/** The largest Yjs update the page may send or receive in one message (the server refuses more than 8 MB too). */
export const MAX_LIVE_UPDATE_BYTES = 8 * 1024 * 1024;

/** A Yjs update as base64 text, at most MAX_LIVE_UPDATE_BYTES once decoded. */
export const LiveUpdate = z
  .string()
  .max(Math.ceil(MAX_LIVE_UPDATE_BYTES / 3) * 4, 'This change is larger than 8 MB, so it was not saved.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'This change is not base64 text, so it was not saved.')
  .refine((text) => text.length % 4 === 0, 'This change is cut short, so it was not saved.');

const DraftRef = z.object({ draftId: z.string().uuid() }).strict();

/** Who else has the draft open, by the names the server gives their tokens. */
export const LivePeople = z.array(z.string().max(200)).max(500);

/** What the page needs to edit a draft live: the document's whole state, who else is in it, and the row's slug. */
export const LiveOpened = z.object({ state: LiveUpdate, people: LivePeople, slug: z.string() });

/** What the engine tells the page of the open draft (main -> page, on shellChannels.liveEvent). */
export const LiveEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('update'), draftId: z.string().uuid(), update: LiveUpdate }).strict(),
  z.object({ kind: z.literal('people'), draftId: z.string().uuid(), people: LivePeople }).strict(),
  // Drafts arrived or changed from elsewhere (the server): the library lists them again.
  z.object({ kind: z.literal('library') }).strict(),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

/** Channels of the open draft's live document: the page's Yjs updates in, the engine's out (as LiveEvent). */
export const liveChannels = {
  'live:open': channel(DraftRef, LiveOpened, "Opens a draft's document for the page: its state now; later updates from elsewhere come as live events."),
  'live:push': channel(
    DraftRef.extend({ update: LiveUpdate }).strict(),
    z.object({ slug: z.string() }),
    "Applies the page's Yjs update to the draft's document; resolves once it is stored and the draft's row derived (the row's slug is returned).",
  ),
  'live:close': channel(DraftRef, z.null(), 'The page closed the draft: no more live events for it, and presence ends.'),
} as const;
