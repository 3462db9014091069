import type { reviewChannels } from '../../shared/contract/review';
import { requireDraft } from '../drafts/getDraft';
import { setAssignee } from '../review/assignment';
import { addThread, deleteComment, editComment, listThreads, replyToThread, setThreadResolved } from '../review/commentThreads';
import { compareDraft } from '../review/compareDraft';
import { deskRole } from '../review/deskRole';
import { getPerson } from '../review/getPerson';
import { getReviewState } from '../review/getReviewState';
import { markReviewed } from '../review/markReviewed';
import { reviewMarks } from '../review/reviewMarks';
import { runWorkflowAction } from '../review/runWorkflowAction';
import { setPerson } from '../review/setPerson';
import { actingPerson } from '../review/requirePerson';
import type { DomainHandlers } from './domainHandlers';

/** Handlers for the `comments:*`, `review:*` and `workflow:*` channels. */
export const reviewHandlers: DomainHandlers<keyof typeof reviewChannels> = {
  'comments:list': (input, { db }) => listThreads(db, input.draftId),
  'comments:add': (input, { db, now }) => addThread(db, input, now()),
  'comments:reply': (input, { db, now }) => replyToThread(db, input, now()),
  'comments:edit': (input, { db, now }) => editComment(db, input, now()),
  'comments:delete': (input, { db, now }) => ({ thread: deleteComment(db, input, now()) }),
  'comments:resolve': (input, { db, now }) => setThreadResolved(db, input, now()),
  'review:person': (_input, { db }) => ({ name: getPerson(db) }),
  'review:setPerson': (input, { db }) => ({ name: setPerson(db, input.name) }),
  'review:compare': (input, { db }) => compareDraft(db, input),
  'review:state': (input, { db }) => getReviewState(db, input.draftId),
  'review:markReviewed': (input, { db, now }) => markReviewed(db, input.draftId, now()),
  'review:marks': (input, { db }) => reviewMarks(db, input.ids),
  'workflow:act': (input, context) => runWorkflowAction(context.db, input, { person: actingPerson(context.db), role: deskRole(context) }, context.now()),
  'workflow:assign': (input, { db, now }) => {
    requireDraft(db, input.draftId);
    setAssignee(db, input.draftId, input.person, getPerson(db), now().toISOString());
    return getReviewState(db, input.draftId);
  },
};
