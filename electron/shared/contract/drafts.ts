import { z } from 'zod';
import { channel } from './channel';
import {
  Draft,
  DraftChanges,
  DraftStatus,
  DraftSummary,
  Revision,
  RevisionSummary,
  SearchHit,
  StatusChange,
} from '../model/draft';

const Id = z.object({ id: z.string().uuid() }).strict();
const Nothing = z.null();

export const draftSorts = ['updated', 'created', 'headline', 'status', 'trashed'] as const;
/** Review filters of the library, for this laptop's person. */
export const draftReviewFilters = ['needs_my_review', 'assigned_to_me'] as const;

const Ids = z.object({ ids: z.array(z.string().uuid()).min(1).max(10_000) }).strict();
const Summaries = z.object({ items: z.array(DraftSummary) });

/** Which page of which drafts, in what order (the engine gets it with the defaults filled in). */
export const ListDraftsQuery = z
  .object({
    status: DraftStatus.optional(),
    only: z.enum(draftReviewFilters).optional(),
    trashed: z.boolean().default(false),
    sort: z.enum(draftSorts).default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ListDraftsQuery = z.output<typeof ListDraftsQuery>;

/** Channels of the drafts store: create, read, save, list, search, status, trash. */
export const draftsChannels = {
  'drafts:create': channel(
    z.object({ changes: DraftChanges.optional() }).strict(),
    Draft,
    'Creates a draft, optionally with fields and body, and returns it.',
  ),
  'drafts:get': channel(Id, Draft, 'Returns a draft by id (also from the trash).'),
  'drafts:save': channel(
    z.object({ id: z.string().uuid(), baseVersion: z.number().int().positive(), changes: DraftChanges }).strict(),
    Draft,
    'Saves changes made from baseVersion; refused with `conflict` when the draft moved on.',
  ),
  'drafts:list': channel(
    ListDraftsQuery,
    z.object({ items: z.array(DraftSummary), total: z.number().int() }),
    'A page of drafts, sorted and filtered.',
  ),
  'drafts:search': channel(
    z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    z.object({ items: z.array(SearchHit) }),
    'Full-text search, best match first, with a highlighted snippet.',
  ),
  'drafts:setStatus': channel(
    z.object({ id: z.string().uuid(), status: DraftStatus }).strict(),
    Draft,
    'Changes the status, records the change and keeps a revision.',
  ),
  'drafts:statusHistory': channel(Id, z.array(StatusChange), 'Every status the draft has had, oldest first.'),
  'drafts:trash': channel(Id, Draft, 'Moves a draft to the trash.'),
  'drafts:restore': channel(Id, Draft, 'Brings a draft back from the trash.'),
  'drafts:purge': channel(Id, Nothing, 'Deletes a draft for good; only from the trash.'),
  'drafts:trashMany': channel(Ids, Summaries, 'Moves several drafts to the trash at once (all or none).'),
  'drafts:restoreMany': channel(Ids, Summaries, 'Brings several drafts back from the trash at once (all or none).'),
  'drafts:setStatusMany': channel(
    Ids.extend({ status: DraftStatus }).strict(),
    Summaries,
    'Changes the status of several drafts at once (all or none), each recorded and kept as a revision.',
  ),
  'revisions:list': channel(
    z.object({ draftId: z.string().uuid() }).strict(),
    z.array(RevisionSummary),
    'The revisions of a draft, newest first.',
  ),
  'revisions:get': channel(z.object({ id: z.number().int().positive() }).strict(), Revision, 'One revision with its content.'),
  'revisions:create': channel(
    z.object({ draftId: z.string().uuid(), label: z.string().max(200).optional() }).strict(),
    RevisionSummary,
    'Keeps a revision now ("Save version"), with an optional label.',
  ),
  'revisions:restore': channel(
    z.object({ draftId: z.string().uuid(), revisionId: z.number().int().positive() }).strict(),
    Draft,
    'Makes a revision the current draft; the restore is itself a new revision.',
  ),
} as const;
