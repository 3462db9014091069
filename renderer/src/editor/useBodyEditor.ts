import { useEditor, type Editor } from '@tiptap/react';
import { useRef } from 'react';
import type { BodyJson } from '../../../electron/shared/model/draft';
import { bodyContent } from './bodyContent';
import { bodyJson } from './bodyMeasure';
import { editorExtensions } from './editorExtensions';
import { pasteTransform } from '../publishing/pasteTransform';
import type { PasteReport } from '../../../electron/shared/paste/cleanPastedHtml';
import { siteSettingsSnapshot } from '../settings/siteSettingsStore';

export type BodyEditorCallbacks = {
  onChange: (body: BodyJson) => void;
  onBlur: () => void;
  onLinkShortcut: () => void;
  /** Told when a paste left something out (unsafe links, images). */
  onPasteReport?: (report: PasteReport) => void;
};

/**
 * The Tiptap editor for a draft's body, named "Article body" for screen readers. Typing does not
 * re-render the screen: parts that follow the body (counts, checklist) subscribe to the editor.
 */
export function useBodyEditor(initialBody: BodyJson, callbacks: BodyEditorCallbacks): Editor {
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  const editor = useEditor({
    extensions: editorExtensions({
      adFormats: siteSettingsSnapshot().adFormats.map((format) => format.id),
      relatedLabels: siteSettingsSnapshot().relatedLabels,
      onLinkShortcut: () => callbacksRef.current.onLinkShortcut(),
    }),
    content: bodyContent(initialBody),
    injectCSS: false,
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
    onUpdate: ({ editor: updated }) => callbacksRef.current.onChange(bodyJson(updated.state.doc)),
    onBlur: () => callbacksRef.current.onBlur(),
  });
  return editor;
}
