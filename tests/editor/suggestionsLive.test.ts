// @vitest-environment happy-dom
import type { AnyExtension, Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { listSuggestions } from '../../electron/shared/editor/suggestions/listSuggestions';
import { bodyText } from '../../electron/shared/model/bodyText';
import { reconnect, twoLiveEditors } from './liveEditors';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});


/** Two laptops offline, each suggesting under its own name (the app takes it from the server or Your name). */
function twoLaptops(names: [string, string], ...paragraphs: string[]) {
  const adjust = (extension: AnyExtension, laptop: number) => (extension.name === 'suggestChanges' ? extension.configure({ author: () => names[laptop] ?? '' }) : extension);
  return twoLiveEditors(paragraphs, { relay: false, adjust }, editors);
}

function typeAtEndOf(editor: Editor, index: number, text: string): void {
  let end = 0;
  editor.state.doc.forEach((block, offset, blockIndex) => {
    if (blockIndex === index) end = offset + block.nodeSize - 1;
  });
  editor.commands.setTextSelection(end);
  for (const character of text) editor.view.dispatch(editor.state.tr.insertText(character));
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
