// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FIELDS_MAP } from '../../electron/shared/sync/draftDocShape';
import { FROM_ENGINE, LiveDraft } from '../../renderer/src/editor/collab/liveDraft';
import { useLiveFields } from '../../renderer/src/editor/collab/useLiveFields';
import type { EditableFields } from '../../renderer/src/editor/fields/editableFields';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const initialFields: EditableFields = {
  kicker: '', headline: 'Floods close the ring road', dek: '', authorName: 'Amal Haddad', authorBio: '', dateline: '', section: 'City',
  tags: [], language: 'en', seoTitle: '', seoDescription: '', slug: 'floods-close-the-ring-road', slugLocked: false, leadImage: null,
};

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** A screen showing the live fields, counting how often it is drawn. */
function showFields(live: LiveDraft) {
  const seen: { renders: number; headline: string } = { renders: 0, headline: '' };
  function Screen() {
    const { fields } = useLiveFields(live, initialFields, 'draft');
    seen.renders += 1;
    seen.headline = fields.headline;
    return <h1>{fields.headline}</h1>;
  }
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<Screen />));
  return seen;
}

/** The engine's copy of the draft sending `write` to the laptop, as after each save. */
function fromEngine(live: LiveDraft, write: (fields: Y.Map<unknown>) => void): void {
  const engine = new Y.Doc();
  Y.applyUpdate(engine, Y.encodeStateAsUpdate(live.doc));
  const before = Y.encodeStateVector(engine);
  write(engine.getMap(FIELDS_MAP));
  act(() => Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(engine, before), FROM_ENGINE));
}

describe('the fields as the engine changes them', () => {
  it('do not draw the editor again when a save only moved the draft’s time (every save, as the reporter types)', () => {
    const live = new LiveDraft({ draftId: 'x', state: Y.encodeStateAsUpdate(new Y.Doc()), slug: initialFields.slug, push: async () => ({ ok: true, value: { slug: initialFields.slug } }) });
    const seen = showFields(live);
    const drawn = seen.renders;
    fromEngine(live, (fields) => fields.set('updatedAt', '2026-12-07T11:50:00.000Z'));
    fromEngine(live, (fields) => fields.set('updatedAt', '2026-12-07T11:50:01.000Z'));
    expect(seen.renders).toBe(drawn);
  });

  it('still show at once a field changed on another laptop', () => {
    const live = new LiveDraft({ draftId: 'x', state: Y.encodeStateAsUpdate(new Y.Doc()), slug: initialFields.slug, push: async () => ({ ok: true, value: { slug: initialFields.slug } }) });
    const seen = showFields(live);
    fromEngine(live, (fields) => {
      fields.set('headline', 'Floods close the ring road for a second day');
      fields.set('updatedAt', '2026-12-07T11:51:00.000Z');
    });
    expect(seen.headline).toBe('Floods close the ring road for a second day');
    expect(document.querySelector('h1')?.textContent).toBe('Floods close the ring road for a second day');
  });
});
