import type { EditorView } from '@tiptap/pm/view';
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { editorExtensions } from './editorExtensions';
import type { CommentBridge } from '../review/comments/commentHighlights';
import { pasteTransform } from '../publishing/pasteTransform';
import type { PasteReport } from '../../../electron/shared/paste/cleanPastedHtml';
import { siteSettingsSnapshot } from '../settings/siteSettingsStore';

export type BodyEditorCallbacks = {
  onBlur: () => void;
  onLinkShortcut: () => void;
  /** Told when a paste left something out (unsafe links, images). */
  onPasteReport?: (report: PasteReport) => void;
  /** The comment highlights' questions and events (which threads show, a click on one, Ctrl+Alt+M). */
  comments?: CommentBridge;
};

/** The bottom edge of the body's toolbar, which sticks over the top of the article as it scrolls. */
function toolbarBottom(view: EditorView): number | null {
  return view.dom.closest('.body-editor')?.querySelector(':scope > [role="toolbar"]')?.getBoundingClientRect().bottom ?? null;
}

/**
 * The Tiptap editor for a draft's body, named "Article body" for screen readers, bound to the draft's live
 * document (never loaded with setContent, so undo starts empty). Typing does not re-render the screen: parts
 * that follow the body (counts, checklist) subscribe to the editor. Read-only while `editable` is false.
 */
export function useBodyEditor(doc: Y.Doc, editable: boolean, callbacks: BodyEditorCallbacks): Editor {
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  const editor = useEditor({
    extensions: editorExtensions({
      adFormats: siteSettingsSnapshot().adFormats.map((format) => format.id),
      relatedLabels: siteSettingsSnapshot().relatedLabels,
      onLinkShortcut: () => callbacksRef.current.onLinkShortcut(),
      liveDoc: doc,
      coveredTop: toolbarBottom,
      comments: {
        visible: () => callbacksRef.current.comments?.visible() ?? new Set(),
        active: () => callbacksRef.current.comments?.active() ?? null,
        onOpen: (thread) => callbacksRef.current.comments?.onOpen(thread),
        onAdd: () => callbacksRef.current.comments?.onAdd(),
      },
    }),
    editable,
    injectCSS: false,
    // Tiptap's core "delete" extension works out, after every edit, what was deleted (about 0.04 ms a key at
    // 10,000 words), only to tell `onDelete` listeners, and the app has none.
    enableCoreExtensions: { delete: false },
    editorProps: {
      transformPastedHTML: pasteTransform((report) => callbacksRef.current.onPasteReport?.(report)),
      attributes: {
        class: 'article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Article body',
        spellcheck: 'true',
      },
    },
    onBlur: () => callbacksRef.current.onBlur(),
  });
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return editor;
}
