import type { AnyExtension, NodeViewRenderer } from '@tiptap/core';
import type * as Y from 'yjs';
import { Placeholder } from '@tiptap/extensions';
import { articleExtensions } from '../../../electron/shared/editor/articleExtensions';
import { DatelinePreview } from './datelinePreview';
import { LinkShortcut } from './linkShortcut';
import { SelectionBeforeKeys } from './selectionBeforeKeys';
import { SlashCommands } from './slashCommands';
import { SmartTypography } from './smartTypography';
import { articleNodeViews } from './views/articleNodeViews';
import { CaretInView, type CaretInViewOptions } from './caretInView';
import { TypingEventsStayInEditor } from './typingEventsStayInEditor';
import { inserterExtensions } from '../inserters/inserterExtensions';
import { ImageInput } from '../images/imageInput';
import { CommentHighlights, type CommentBridge } from '../review/comments/commentHighlights';
import { liveBodyExtensions } from './collab/liveBodyExtensions';
import { SuggestChanges } from '../../../electron/shared/editor/suggestions/suggestChanges';
import { SuggestionColours } from '../review/suggestions/suggestionDecorations';
import { suggestionAuthor } from '../review/suggestions/suggestionAuthor';

export type EditorExtensionOptions = {
  /** Ad format ids from the site settings. */
  adFormats?: string[];
  /** Related-link labels from the site settings. */
  relatedLabels?: string[];
  /** Called on Mod-K: the editor opens its link dialog. */
  onLinkShortcut?: () => void;
  /** Extra editor-only extensions a feature adds (slash commands, paste cleanup, ...). */
  extra?: AnyExtension[];
  /** How comment highlights reach the screen's threads (clicks, Ctrl+Alt+M); none draws no highlights. */
  comments?: CommentBridge;
  /** Node views by node name; defaults to `articleNodeViews`. */
  nodeViews?: Partial<Record<string, NodeViewRenderer>>;
  /** The draft's live document: the body is bound to it (Collaboration, Yjs undo) instead of loaded as content. */
  liveDoc?: Y.Doc;
  /** What stays stuck over the top of the editor's scroller (the toolbar), for keeping the caret in view below it. */
  coveredTop?: CaretInViewOptions['coveredTop'];
};

function withNodeViews(extensions: AnyExtension[], nodeViews: Partial<Record<string, NodeViewRenderer>>): AnyExtension[] {
  return extensions.map((extension) => {
    const view = nodeViews[extension.name];
    return view ? extension.extend({ addNodeView: () => view }) : extension;
  });
}

/**
 * Everything the body editor runs: the article schema (shared with import and export) with its
 * node views, plus editor-only behaviour: placeholder, the caret kept in view, smart typography, the
 * dateline shown as published, slash commands, Mod-K, suggested edits.
 * Features add to the editor here, in one place.
 */
export function editorExtensions(options: EditorExtensionOptions = {}): AnyExtension[] {
  const schema = articleExtensions({
    output: 'editor',
    ...(options.adFormats ? { adFormats: options.adFormats } : {}),
    ...(options.relatedLabels ? { relatedLabels: options.relatedLabels } : {}),
    ...(options.liveDoc ? { undoRedo: false } : {}),
  });
  return [
    ...withNodeViews(schema, options.nodeViews ?? articleNodeViews),
    Placeholder.configure({
      placeholder: ({ node, editor }) => {
        if (node.type.name === 'heading') return 'Subheading';
        return editor.isEmpty ? 'Write the story. Start with the most important facts…' : '';
      },
    }),
    SelectionBeforeKeys,
    CaretInView.configure({ coveredTop: options.coveredTop ?? (() => null) }),
    TypingEventsStayInEditor,
    SmartTypography,
    DatelinePreview,
    SlashCommands,
    LinkShortcut.configure({ onRequest: options.onLinkShortcut ?? (() => {}) }),
    ...inserterExtensions(),
    ImageInput,
    ...(options.liveDoc ? liveBodyExtensions(options.liveDoc) : []),
    SuggestChanges.configure({ author: suggestionAuthor }),
    SuggestionColours,
    CommentHighlights.configure({ bridge: options.comments ?? null }),
    ...(options.extra ?? []),
  ];
}
