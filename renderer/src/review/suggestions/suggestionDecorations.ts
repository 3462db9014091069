import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { isSuggestionMarkName } from '../../../../electron/shared/editor/suggestions/suggestionMarks';
import { suggestionByline } from './describeSuggestion';
import { suggestionHue } from './suggestionHue';
import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import { isPlainTyping } from '../../editor/plainTyping';

function decorate(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const mark = node.marks.find((candidate) => isSuggestionMarkName(candidate.type.name));
    if (mark === undefined) return false;
    const author = typeof mark.attrs.author === 'string' ? mark.attrs.author : null;
    const at = typeof mark.attrs.at === 'string' ? mark.attrs.at : null;
    decorations.push(
      Decoration.inline(pos, pos + node.nodeSize, {
        class: `nd-suggestion-by nd-suggestion-by--${mark.type.name}`,
        style: `--nd-suggestion-hue: ${suggestionHue(author ?? '')}`,
        title: `Suggested by ${suggestionByline({ author, at })}`,
      }),
    );
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>('suggestionColours');

/** Colours each suggestion by its author (a stable hue from the name) and names author and time in a tooltip. */
export const SuggestionColours = Extension.create({
  name: 'suggestionColours',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (tr, previous, _old, state) => {
            if (!tr.docChanged) return previous;
            // Plain typing outside Suggest edits moves the colours with the text; anything else looks again.
            return !isSuggestChangesEnabled(state) && isPlainTyping(tr, isSuggestionMarkName) ? previous.map(tr.mapping, tr.doc) : decorate(tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
