import { request } from '../api/request';
import type { ConflictStore } from './autosave/conflictResolution';

/** The conflict resolution's store calls, over `window.newsdesk`. */
export const conflictStore: ConflictStore = {
  getDraft: (id) => request((api) => api.drafts.get({ id })),
  createRevision: (draftId, label) => request((api) => api.revisions.create({ draftId, label })),
  save: (input) => request((api) => api.drafts.save(input)),
  restoreRevision: (draftId, revisionId) => request((api) => api.revisions.restore({ draftId, revisionId })),
};
