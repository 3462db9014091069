import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { runWorkflowAction } from '../../../electron/core/review/runWorkflowAction';
import { AppError } from '../../../electron/shared/contract/result';
import { describeChange } from '../../../electron/shared/review/describeChange';
import { seedArticleBody } from '../fixtures/seedArticleBody';
import { seedArticleRevisions } from '../../shared/seedArticleRevisions';
import { type doc, errorOf, manualClock, memoryEngine, valueOf, type ManualClock } from '../support/testEngine';

let clock: ManualClock;
let engine: Engine;
beforeEach(() => {
  clock = manualClock();
  engine = memoryEngine(clock);
});
afterEach(() => engine.close());

const minute = 60_000;

async function save(draftId: string, changes: { headline?: string; body?: ReturnType<typeof doc> }) {
  const current = valueOf(await engine.call('drafts:get', { id: draftId }));
  clock.advance(minute);
  return valueOf(await engine.call('drafts:save', { id: draftId, baseVersion: current.version, changes }));
}

async function seedDraft() {
  const { first } = seedArticleRevisions(seedArticleBody());
  return valueOf(await engine.call('drafts:create', { changes: { headline: first.fields.headline, body: first.body } }));
}

const listed = async (only: 'needs_my_review' | 'assigned_to_me') => valueOf(await engine.call('drafts:list', { only })).items.map((item) => item.headline);

describe('your name', () => {
  it('is unknown until given, then kept trimmed', async () => {
    expect(valueOf(await engine.call('review:person', {}))).toEqual({ name: null });
    expect(valueOf(await engine.call('review:setPerson', { name: '  Ann   Editor ' }))).toEqual({ name: 'Ann Editor' });
    expect(valueOf(await engine.call('review:person', {}))).toEqual({ name: 'Ann Editor' });
    expect(errorOf(await engine.call('review:setPerson', { name: '   ' })).code).toBe('invalid_input');
  });

  it('is asked for before a review is recorded', async () => {
    const draft = await seedDraft();
    const error = errorOf(await engine.call('review:markReviewed', { draftId: draft.id }));
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Your name') });
  });
});

describe('compare through the engine', () => {
  it('compares the previous differing revision with the current text by default', async () => {
    const draft = await seedDraft();
    const { second } = seedArticleRevisions(seedArticleBody());
    valueOf(await engine.call('revisions:create', { draftId: draft.id, label: 'First take' }));
    await save(draft.id, { headline: second.fields.headline, body: second.body });
    const comparison = valueOf(await engine.call('review:compare', { draftId: draft.id }));
    expect(comparison.from.label).toBe('First take');
    expect(comparison.to).toMatchObject({ revisionId: null, label: 'Current text' });
    const described = comparison.changes.map(describeChange);
    // The slug follows the headline, so it changed too.
    expect(described.slice(0, 2)).toEqual([
      'Headline: “Putin Invites Xi to Moscow to Strengthen Military Ties” → “Putin Invites Xi to Moscow to Deepen Military Ties”',
      'Slug: “putin-invites-xi-to-moscow-to-strengthen-military-ties” → “putin-invites-xi-to-moscow-to-deepen-military-ties”',
    ]);
    expect(described).toHaveLength(7);
  });

  it('refuses a revision of another draft and a draft with no earlier version', async () => {
    const one = await seedDraft();
    const other = valueOf(await engine.call('drafts:create', {}));
    const [revision] = valueOf(await engine.call('revisions:list', { draftId: one.id }));
    const error = errorOf(await engine.call('review:compare', { draftId: other.id, from: { revisionId: revision?.id ?? 0 } }));
    expect(error.code).toBe('not_found');
    expect(errorOf(await engine.call('review:compare', { draftId: other.id })).message).toMatch(/no earlier version/);
  });
});

describe('what changed since I last looked', () => {
  it('counts the changes made after I marked the draft reviewed, and marks it in the library', async () => {
    const draft = await seedDraft();
    valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'send_for_review' }));
    valueOf(await engine.call('review:setPerson', { name: 'Ann' }));
    expect(await listed('needs_my_review')).toEqual([draft.headline]);

    const reviewed = valueOf(await engine.call('review:markReviewed', { draftId: draft.id }));
    expect(reviewed.review).toMatchObject({ changesSince: 0 });
    expect(await listed('needs_my_review')).toEqual([]);
    expect(valueOf(await engine.call('review:marks', { ids: [draft.id] }))).toEqual([{ draftId: draft.id, assignee: null, changedSinceReview: false, openComments: 0 }]);

    const { second } = seedArticleRevisions(seedArticleBody());
    await save(draft.id, { body: second.body });
    const state = valueOf(await engine.call('review:state', { draftId: draft.id }));
    expect(state.review?.changesSince).toBe(5);
    expect(valueOf(await engine.call('review:marks', { ids: [draft.id] }))[0]?.changedSinceReview).toBe(true);
    expect(await listed('needs_my_review')).toEqual([draft.headline]);

    const comparison = valueOf(await engine.call('review:compare', { draftId: draft.id, from: { revisionId: state.review?.revisionId ?? 0 } }));
    expect(comparison.from.label).toBe('Reviewed by Ann');
    expect(comparison.changes).toHaveLength(5);
  });

  it('does not count a status change as a change to review', async () => {
    const draft = await seedDraft();
    valueOf(await engine.call('review:setPerson', { name: 'Ann' }));
    valueOf(await engine.call('review:markReviewed', { draftId: draft.id }));
    valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'send_for_review' }));
    expect(valueOf(await engine.call('review:state', { draftId: draft.id })).review?.changesSince).toBe(0);
    expect(valueOf(await engine.call('review:marks', { ids: [draft.id] }))[0]?.changedSinceReview).toBe(false);
  });

  it('keeps one review per person: another name has not reviewed it', async () => {
    const draft = await seedDraft();
    valueOf(await engine.call('review:setPerson', { name: 'Ann' }));
    valueOf(await engine.call('review:markReviewed', { draftId: draft.id }));
    valueOf(await engine.call('review:setPerson', { name: 'Bo' }));
    expect(valueOf(await engine.call('review:state', { draftId: draft.id })).review).toBeNull();
  });
});

describe('workflow', () => {
  it('sends for review, returns with a note kept in the status history and History, then approves', async () => {
    const draft = await seedDraft();
    valueOf(await engine.call('review:setPerson', { name: 'Ann' }));
    expect(valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'send_for_review' })).status).toBe('in_review');
    expect(errorOf(await engine.call('workflow:act', { draftId: draft.id, action: 'return_to_reporter' })).message).toMatch(/note/);
    const returned = valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'return_to_reporter', note: 'Source for the 32%?' }));
    expect(returned.status).toBe('draft');
    const notes = engine.db.prepare('SELECT status, person, note FROM draft_status_changes WHERE draft_id = ? ORDER BY id').all(draft.id);
    expect(notes).toEqual([
      { status: 'draft', person: null, note: null },
      { status: 'in_review', person: 'Ann', note: null },
      { status: 'draft', person: 'Ann', note: 'Source for the 32%?' },
    ]);
    const [newest] = valueOf(await engine.call('revisions:list', { draftId: draft.id }));
    expect(newest?.label).toBe('Returned to reporter by Ann: Source for the 32%?');
    valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'send_for_review' }));
    expect(valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'approve' })).status).toBe('approved');
  });

  it('refuses an action that does not fit the status', async () => {
    const draft = await seedDraft();
    const error = errorOf(await engine.call('workflow:act', { draftId: draft.id, action: 'approve' }));
    expect(error).toMatchObject({ code: 'conflict', message: '“Approve” does not apply to a draft that is draft.' });
  });

  it('lets a role refuse with its reason, and allows everything on a lone laptop', async () => {
    const draft = await seedDraft();
    valueOf(await engine.call('workflow:act', { draftId: draft.id, action: 'send_for_review' }));
    const asReporter = () => runWorkflowAction(engine.db, { draftId: draft.id, action: 'approve' }, { person: 'Rae', role: 'reporter' }, clock.now());
    expect(asReporter).toThrow(new AppError('forbidden', 'Only an editor can approve a draft; your role on this desk is reporter.'));
    expect(runWorkflowAction(engine.db, { draftId: draft.id, action: 'approve' }, { person: 'Ed', role: 'editor' }, clock.now()).status).toBe('approved');
  });

  it('assigns a draft, and the library filters what is assigned to me', async () => {
    const mine = await seedDraft();
    const theirs = valueOf(await engine.call('drafts:create', { changes: { headline: 'Not mine' } }));
    valueOf(await engine.call('review:setPerson', { name: 'Ann' }));
    expect(valueOf(await engine.call('workflow:assign', { draftId: mine.id, person: 'Ann' })).assignee).toBe('Ann');
    valueOf(await engine.call('workflow:assign', { draftId: theirs.id, person: 'Bo' }));
    expect(await listed('assigned_to_me')).toEqual([mine.headline]);
    valueOf(await engine.call('workflow:assign', { draftId: mine.id, person: null }));
    expect(await listed('assigned_to_me')).toEqual([]);
  });
});
