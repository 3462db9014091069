import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import type { BodyJson } from '../../../electron/shared/model/draft';
import { validatePages } from '../publishing/vnu';
import { errorOf, manualClock, memoryEngine, valueOf, type ManualClock } from '../support/testEngine';

let clock: ManualClock;
let engine: Engine;
beforeEach(() => {
  clock = manualClock();
  engine = memoryEngine(clock);
});
afterEach(() => engine.close());

/** A body whose second sentence carries the comment mark of `thread`, as the page marks it. */
function commentedBody(thread: string): BodyJson {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'The wall fell at 2am. ' }, { type: 'text', text: 'Officials blamed the tide.', marks: [{ type: 'comment', attrs: { thread } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Roads closed until noon.' }] },
    ],
  };
}

async function commentedDraft(thread: string) {
  return valueOf(await engine.call('drafts:create', { changes: { headline: 'Harbour wall gives way', authorName: 'Ana Ruiz', body: commentedBody(thread) } }));
}

const as = async (name: string) => valueOf(await engine.call('review:setPerson', { name }));
const openCount = async (draftId: string) => valueOf(await engine.call('review:marks', { ids: [draftId] }))[0]?.openComments;

describe('comment threads on one laptop', () => {
  it('asks for Your name first, then keeps a thread with replies, each with its author and time', async () => {
    const thread = randomUUID();
    const draft = await commentedDraft(thread);
    expect(errorOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: 'Source?' })).message).toContain('Your name');

    await as('Ben Okafor');
    const started = valueOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: 'Source?' }));
    clock.advance(60_000);
    await as('Ana Ruiz');
    const replied = valueOf(await engine.call('comments:reply', { draftId: draft.id, threadId: thread, text: 'The harbour master, on the record.' }));
    expect(replied.comments.map((comment) => [comment.author, comment.text, comment.createdAt])).toEqual([
      ['Ben Okafor', 'Source?', '2026-03-01T09:00:00.000Z'],
      ['Ana Ruiz', 'The harbour master, on the record.', '2026-03-01T09:01:00.000Z'],
    ]);
    expect(started.resolved).toBe(false);
    expect(valueOf(await engine.call('comments:list', { draftId: draft.id }))).toEqual([replied]);
    expect(await openCount(draft.id)).toBe(1);
  });

  it('lets people edit and delete only their own comments, and says whose it is otherwise', async () => {
    const thread = randomUUID();
    const draft = await commentedDraft(thread);
    await as('Ben Okafor');
    const [first] = valueOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: 'Sourse?' })).comments;
    if (!first) throw new Error('no comment');
    clock.advance(5_000);
    const edited = valueOf(await engine.call('comments:edit', { draftId: draft.id, threadId: thread, commentId: first.id, text: 'Source?' }));
    expect(edited.comments[0]).toMatchObject({ text: 'Source?', editedAt: '2026-03-01T09:00:05.000Z' });

    await as('Ana Ruiz');
    const refused = errorOf(await engine.call('comments:edit', { draftId: draft.id, threadId: thread, commentId: first.id, text: 'Nothing to see' }));
    expect(refused).toMatchObject({ code: 'forbidden', message: 'Only Ben Okafor can edit this comment.' });
    expect(errorOf(await engine.call('comments:delete', { draftId: draft.id, threadId: thread, commentId: first.id })).code).toBe('forbidden');
    expect(valueOf(await engine.call('comments:list', { draftId: draft.id }))[0]?.comments[0]?.text).toBe('Source?');

    await as('Ben Okafor');
    expect(valueOf(await engine.call('comments:delete', { draftId: draft.id, threadId: thread, commentId: first.id }))).toEqual({ thread: null });
    expect(valueOf(await engine.call('comments:list', { draftId: draft.id }))).toEqual([]);
    expect(await openCount(draft.id)).toBe(0);
  });

  it('refuses empty, oversized and malformed comments with a reason, and changes nothing', async () => {
    const thread = randomUUID();
    const draft = await commentedDraft(thread);
    await as('Ben Okafor');
    expect(errorOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: '   ' })).message).toContain('needs some words');
    expect(errorOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: 'x'.repeat(5001) })).message).toContain('5,000');
    expect(errorOf(await engine.call('comments:add', { draftId: draft.id, threadId: 'not-a-uuid', text: 'Source?' })).code).toBe('invalid_input');
    expect(errorOf(await engine.call('comments:reply', { draftId: draft.id, threadId: randomUUID(), text: 'Hello' })).code).toBe('not_found');
    expect(valueOf(await engine.call('comments:list', { draftId: draft.id }))).toEqual([]);
  });

  it('resolves and reopens, counting open threads for the library and warning in the checklist while one is open', async () => {
    const thread = randomUUID();
    const draft = await commentedDraft(thread);
    await as('Ben Okafor');
    valueOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: 'Source?' }));
    const open = valueOf(await engine.call('export:check', { id: draft.id })).checklist.find((item) => item.code === 'comments_open');
    expect(open).toEqual({ severity: 'warning', code: 'comments_open', message: '1 comment thread is open: resolve it before publishing.', location: { blockIndex: 0 } });

    const resolved = valueOf(await engine.call('comments:resolve', { draftId: draft.id, threadId: thread, resolved: true }));
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'Ben Okafor', resolvedAt: '2026-03-01T09:00:00.000Z' });
    expect(await openCount(draft.id)).toBe(0);
    expect(valueOf(await engine.call('export:check', { id: draft.id })).checklist.map((item) => item.code)).not.toContain('comments_open');

    const reopened = valueOf(await engine.call('comments:resolve', { draftId: draft.id, threadId: thread, resolved: false }));
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null });
    expect(await openCount(draft.id)).toBe(1);
  });

  it('never reaches the website: the export has no trace of the comment and is valid HTML', async () => {
    const thread = randomUUID();
    const draft = await commentedDraft(thread);
    await as('Ben Okafor');
    valueOf(await engine.call('comments:add', { draftId: draft.id, threadId: thread, text: 'Secret source: the mayor' }));
    const { html } = valueOf(await engine.call('export:render', { id: draft.id, form: 'page' }));
    if (html === null) throw new Error('the article did not export');
    expect(html).toContain('<p dir="auto">The wall fell at 2am. Officials blamed the tide.</p>');
    for (const trace of ['data-comment', 'comment-mark', 'Secret source', thread]) expect(html).not.toContain(trace);
    expect(validatePages({ commented: html })).toEqual([]);
  });
});
