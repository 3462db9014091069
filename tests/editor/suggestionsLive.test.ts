// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { listSuggestions } from '../../electron/shared/editor/suggestions/listSuggestions';
import { bodyText } from '../../electron/shared/model/bodyText';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Two laptops' copies of one draft, each in the editor the app runs (Collaboration on the live document), offline. */
function twoLaptops(names: [string, string], ...paragraphs: string[]): { docs: [Y.Doc, Y.Doc]; editors: [Editor, Editor] } {
  const first = new Y.Doc();
  prosemirrorJSONToYXmlFragment(articleSchema(), { type: 'doc', content: paragraphs.map(paragraph) }, first.getXmlFragment(BODY_FIELD));
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  const made = [first, second].map((doc, index) => {
    // The author the app takes from Your name (or the server's person), set per laptop here.
    const extensions = editorExtensions({ liveDoc: doc }).map((extension) =>
      extension.name === 'suggestChanges' ? extension.configure({ author: () => names[index] ?? '' }) : extension,
    );
    return new Editor({ extensions, injectCSS: false });
  });
  editors.push(...made);
  const [a, b] = made;
  if (!a || !b) throw new Error('Two editors were not made.');
  return { docs: [first, second], editors: [a, b] };
}

function typeAtEndOf(editor: Editor, index: number, text: string): void {
  let end = 0;
  editor.state.doc.forEach((block, offset, blockIndex) => {
    if (blockIndex === index) end = offset + block.nodeSize - 1;
  });
  editor.commands.setTextSelection(end);
  for (const character of text) editor.view.dispatch(editor.state.tr.insertText(character));
}

function reconnect([first, second]: [Y.Doc, Y.Doc]): void {
  Y.applyUpdate(first, Y.encodeStateAsUpdate(second, Y.encodeStateVector(first)));
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first, Y.encodeStateVector(second)));
}

describe('suggested edits in the live document', () => {
  it('made offline on two laptops, merge with distinct ids and authors, and an accept on one shows on the other', () => {
    const { docs, editors: [ana, bo] } = twoLaptops(['Ana Editor', 'Bo Subeditor'], 'The minister resigns.', 'The vote was close.');
    ana.commands.setSuggestMode(true);
    typeAtEndOf(ana, 0, ' today');
    bo.commands.setSuggestMode(true);
    typeAtEndOf(bo, 1, ' indeed');
    reconnect(docs);

    for (const editor of [ana, bo]) {
      const merged = listSuggestions(editor.state.doc);
      expect(merged.map((suggestion) => [suggestion.kind, suggestion.text, suggestion.author])).toEqual([
        ['insert', ' today', 'Ana Editor'],
        ['insert', ' indeed', 'Bo Subeditor'],
      ]);
      expect(new Set(merged.map((suggestion) => suggestion.id)).size).toBe(2);
    }

    const [today] = listSuggestions(bo.state.doc);
    if (!today) throw new Error('no suggestion to accept');
    bo.commands.setSuggestMode(false);
    bo.commands.acceptSuggestion(today.id);
    reconnect(docs);
    expect(bodyText(ana.getJSON())).toBe('The minister resigns. today\nThe vote was close. indeed');
    expect(listSuggestions(ana.state.doc).map((suggestion) => suggestion.text)).toEqual([' indeed']);
  });
});
