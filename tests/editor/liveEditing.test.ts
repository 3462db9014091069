// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';
import { bodyText } from '../../electron/shared/model/bodyText';
import { base64ToBytes } from '../../electron/shared/sync/base64';
import { LiveDraft, type PushFunction } from '../../renderer/src/editor/collab/liveDraft';
import { FakeClock } from './fakeClock';
import { twoLiveEditors } from './liveEditors';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function writeBody(doc: Y.Doc, body: object): void {
  prosemirrorJSONToYXmlFragment(articleSchema(), body, doc.getXmlFragment(BODY_FIELD));
}

/** Two laptops' copies of one draft, each edited in its own editor, every change relayed to the other at once. */
function twoEditors(...paragraphs: string[]): [Editor, Editor] {
  return twoLiveEditors(paragraphs, { relay: true }, editors).editors;
}

const text = (editor: Editor) => bodyText(editor.getJSON());

describe('the body bound to the live document', () => {
  it('opens with nothing to undo, so one Ctrl+Z never empties the draft', () => {
    const [editor] = twoEditors('The whole article.');
    expect(text(editor)).toBe('The whole article.');
    expect(editor.can().undo()).toBe(false);
  });

  it('takes back only my own typing, not what the other laptop typed', () => {
    const [mine, theirs] = twoEditors('Start.');
    mine.commands.insertContentAt(mine.state.doc.content.size - 1, ' Mine.');
    theirs.commands.insertContentAt(1, 'Theirs: ');
    expect(text(mine)).toBe('Theirs: Start. Mine.');
    mine.commands.undo();
    expect([text(mine), text(theirs)]).toEqual(['Theirs: Start.', 'Theirs: Start.']);
  });

  it('keeps a card insert its own undo step between typing before and after', () => {
    const [editor] = twoEditors('Intro');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent(' more');
    editor.commands.insertAdSlot({ format: 'inline' });
    editor.commands.insertContent('After');
    editor.commands.undo();
    expect(JSON.stringify(editor.getJSON())).toContain('adSlot');
    expect(text(editor)).not.toContain('After');
    editor.commands.undo();
    expect(JSON.stringify(editor.getJSON())).not.toContain('adSlot');
    expect(text(editor)).toBe('Intro more');
  });

  it('does not crash when undo and a remote deletion cross (the y-tiptap "Position out of range" pitfall)', () => {
    const [mine, theirs] = twoEditors('A long first paragraph that the other laptop will cut down.', 'Second.');
    mine.commands.setTextSelection(mine.state.doc.child(0).nodeSize - 1);
    mine.commands.insertContent(' My tail.');
    mine.commands.setTextSelection(mine.state.doc.content.size - 1);
    theirs.commands.deleteRange({ from: 1, to: theirs.state.doc.child(0).nodeSize + 4 });
    expect(() => {
      mine.commands.undo();
      mine.commands.redo();
      mine.commands.undo();
    }).not.toThrow();
    expect(text(mine)).toBe(text(theirs));
    expect(text(mine)).not.toContain('My tail');
  });
});

describe('the live draft’s saving', () => {
  function liveDraft(push: PushFunction, clock: FakeClock) {
    const engineDoc = new Y.Doc();
    writeBody(engineDoc, { type: 'doc', content: [{ type: 'paragraph' }] });
    return new LiveDraft({ draftId: 'x', state: Y.encodeStateAsUpdate(engineDoc), slug: 'untitled', push, timers: clock, retryDelaysMs: [1000] });
  }

  it('flushes only once the engine says every edit is stored', async () => {
    const clock = new FakeClock();
    const sent: string[] = [];
    let store = () => {};
    const live = liveDraft(async (input) => {
      sent.push(input.update);
      await new Promise<void>((resolve) => (store = resolve));
      return { ok: true, value: { slug: 'untitled' } };
    }, clock);
    live.doc.getMap('fields').set('headline', 'One');
    let flushed: boolean | null = null;
    const flushing = live.flush().then((outcome) => (flushed = outcome));
    await clock.advance(0);
    expect([sent.length, flushed, live.saveStates.get().kind]).toEqual([1, null, 'saving']);
    store();
    await flushing;
    expect([flushed, live.saveStates.get().kind, live.hasUnsavedChanges]).toEqual([true, 'saved', false]);
  });

  it('saves in the pauses of typing: one update for a burst of keys, and never more than half a second unsent while typing goes on', async () => {
    const clock = new FakeClock();
    const received = new Y.Doc();
    const pushedAt: number[] = [];
    const live = liveDraft(async (input) => {
      pushedAt.push(clock.now());
      Y.applyUpdate(received, base64ToBytes(input.update));
      return { ok: true, value: { slug: 'untitled' } };
    }, clock);
    const headline = () => {
      const value: unknown = received.getMap('fields').get('headline');
      return typeof value === 'string' ? value : '';
    };
    // A word typed a key every 60 ms, then a pause: one push, 150 ms after the last key.
    for (const letter of 'Flood') {
      live.doc.getMap('fields').set('headline', headline() + letter);
      await clock.advance(60);
    }
    expect(pushedAt).toEqual([]);
    await clock.advance(90);
    expect([pushedAt, live.saveStates.get().kind]).toEqual([[390], 'saved']);
    // Typing without a pause for 3 seconds: a push at least every 500 ms, not one for every key.
    const start = clock.now();
    for (let key = 0; key < 150; key += 1) {
      live.doc.getMap('fields').set('headline', `Flood ${key}`);
      await clock.advance(20);
    }
    const during = pushedAt.slice(1);
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(during.length).toBeLessThanOrEqual(7);
    const waits = during.map((at, index) => at - (index === 0 ? start : (during[index - 1] ?? start)));
    expect(Math.max(...waits)).toBeLessThanOrEqual(500);
    await clock.advance(150);
    expect(headline()).toBe('Flood 149');
  });

  it('waits for a pause with one timer, however many keys come meanwhile (a key sets no timer of its own)', async () => {
    const clock = new FakeClock();
    let timersSet = 0;
    const setTimer = clock.setTimeout.bind(clock);
    clock.setTimeout = (callback, delayMs) => {
      timersSet += 1;
      return setTimer(callback, delayMs);
    };
    const pushedAt: number[] = [];
    const live = liveDraft(async () => {
      pushedAt.push(clock.now());
      return { ok: true, value: { slug: 'untitled' } };
    }, clock);
    // 100 keys 1 ms apart, then a pause: one push, 150 ms after the last key.
    for (let key = 0; key < 100; key += 1) {
      live.doc.getMap('fields').set('headline', `Key ${key}`);
      await clock.advance(1);
    }
    await clock.advance(150);
    expect(pushedAt).toEqual([249]);
    expect(timersSet).toBeLessThanOrEqual(2);
  });

  it('keeps an edit whose push failed, says so, and sends it again with what was typed since', async () => {
    const clock = new FakeClock();
    const received = new Y.Doc();
    let fail = true;
    const live = liveDraft(async (input) => {
      if (fail) return { ok: false, error: { code: 'storage', message: 'The disk is full.' } };
      Y.applyUpdate(received, base64ToBytes(input.update));
      return { ok: true, value: { slug: 'untitled' } };
    }, clock);
    live.doc.getMap('fields').set('headline', 'First');
    expect(await live.flush()).toBe(false);
    expect(live.saveStates.get()).toMatchObject({ kind: 'failed', error: { message: 'The disk is full.' } });
    live.doc.getMap('fields').set('dek', 'Second');
    fail = false;
    await clock.advance(1000);
    expect(await live.flush()).toBe(true);
    expect([received.getMap('fields').get('headline'), received.getMap('fields').get('dek')]).toEqual(['First', 'Second']);
  });
});
