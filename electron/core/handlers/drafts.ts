import { requireStatusAllowed } from '../review/deskRole';
import type { draftsChannels } from '../../shared/contract/drafts';
import { createDraft } from '../drafts/createDraft';
import { requireDraft } from '../drafts/getDraft';
import { listDrafts } from '../drafts/listDrafts';
import { listStatusChanges } from '../drafts/listStatusChanges';
import { purgeDraft } from '../drafts/purgeDraft';
import { restoreDraft } from '../drafts/restoreDraft';
import { saveDraft } from '../drafts/saveDraft';
import { searchDrafts } from '../drafts/searchDrafts';
import { trashDraft } from '../drafts/trashDraft';
import { changeDraftStatus } from '../publishing/changeDraftStatus';
import { createRevision } from '../revisions/createRevision';
import { getRevision } from '../revisions/getRevision';
import { listRevisions } from '../revisions/listRevisions';
import { restoreRevision } from '../revisions/restoreRevision';
import { DraftSummary, type Draft } from '../../shared/model/draft';
import { restoreDrafts } from '../drafts/restoreDrafts';
import { trashDrafts } from '../drafts/trashDrafts';
import { changeDraftsStatus } from '../publishing/changeDraftsStatus';
import { getPerson } from '../review/getPerson';
import type { DomainHandlers } from './domainHandlers';

const summaries = (drafts: Draft[]) => ({ items: drafts.map((draft) => DraftSummary.parse(draft)) });

function cleanLabel(label: string | undefined): string | null {
  const trimmed = label?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Handlers for every `drafts:*` and `revisions:*` channel. */
export const draftsHandlers: DomainHandlers<keyof typeof draftsChannels> = {
  'drafts:create': (input, { db, now }) => createDraft(db, input.changes ?? {}, now()),
  'drafts:get': (input, { db }) => requireDraft(db, input.id),
  'drafts:save': (input, { db, now }) => saveDraft(db, input, now()),
  'drafts:list': (input, { db }) => listDrafts(db, { ...input, person: getPerson(db) }),
  'drafts:search': (input, { db }) => ({ items: searchDrafts(db, input.query, input.limit) }),
  'drafts:setStatus': (input, { db, now }) => {
    requireStatusAllowed(db, input.status);
    return changeDraftStatus(db, input.id, input.status, now());
  },
  'drafts:statusHistory': (input, { db }) => listStatusChanges(db, input.id),
  'drafts:trash': (input, { db, now }) => trashDraft(db, input.id, now()),
  'drafts:restore': (input, { db }) => restoreDraft(db, input.id),
  'drafts:purge': (input, { db }) => {
    purgeDraft(db, input.id);
    return null;
  },
  'drafts:trashMany': (input, { db, now }) => summaries(trashDrafts(db, input.ids, now())),
  'drafts:restoreMany': (input, { db }) => summaries(restoreDrafts(db, input.ids)),
  'drafts:setStatusMany': (input, { db, now }) => summaries(changeDraftsStatus(db, input.ids, input.status, now())),
  'revisions:list': (input, { db }) => listRevisions(db, input.draftId),
  'revisions:get': (input, { db }) => getRevision(db, input.id),
  'revisions:create': (input, { db, now }) => createRevision(db, requireDraft(db, input.draftId), 'manual', cleanLabel(input.label), now()),
  'revisions:restore': (input, { db, now }) => restoreRevision(db, input.draftId, input.revisionId, now()),
};
