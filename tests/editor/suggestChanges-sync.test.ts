// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { listSuggestions } from '../../electron/shared/editor/suggestions/listSuggestions';
import { SuggestChanges } from '../../electron/shared/editor/suggestions/suggestChanges';
import { readBody, writeBody } from '../../electron/core/sync/draftDoc';
import type { BodyJson } from '../../electron/shared/model/draft';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const start: BodyJson = { type: 'doc', content: [paragraph('The minister resigns.'), paragraph('The vote was close.')] };

/** One laptop, offline: opens the body, types `text` at the end of paragraph `index` in suggestion mode. */
function suggestOffline(body: BodyJson, author: string, index: number, text: string): BodyJson {
  const editor = new Editor({ extensions: [...articleExtensions({ output: 'editor' }), SuggestChanges.configure({ author: () => author })], content: body });
  editor.commands.setSuggestMode(true);
  let end = 0;
  editor.state.doc.forEach((block, offset, blockIndex) => {
    if (blockIndex === index) end = offset + block.nodeSize - 1;
  });
  editor.commands.setTextSelection(end);
  for (const character of text) editor.view.dispatch(editor.state.tr.insertText(character));
  const json = editor.getJSON();
  editor.destroy();
  return { ...json, type: 'doc' };
}

describe('suggestions from two laptops made offline', () => {
  it('merge through Yjs with distinct ids and each keeps its author', () => {
    const first = new Y.Doc();
    writeBody(first, start);
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));

    writeBody(first, suggestOffline(readBody(first), 'Ana Editor', 0, ' today'));
    writeBody(second, suggestOffline(readBody(second), 'Bo Subeditor', 1, ' indeed'));
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));

    expect(readBody(first)).toEqual(readBody(second));
    const merged = listSuggestions(articleSchema().nodeFromJSON(readBody(first)));
    expect(merged.map((suggestion) => [suggestion.kind, suggestion.text, suggestion.author])).toEqual([
      ['insert', ' today', 'Ana Editor'],
      ['insert', ' indeed', 'Bo Subeditor'],
    ]);
    expect(new Set(merged.map((suggestion) => suggestion.id)).size).toBe(2);
  });
});
