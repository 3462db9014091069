import { useEditor, type Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import type { BodyJson } from '../../../electron/shared/model/draft';
import { wordCount } from '../../../electron/shared/model/wordCount';
import { bodyContent } from './bodyContent';
import { editorExtensions } from './editorExtensions';
import { pasteTransform } from '../publishing/pasteTransform';
import type { PasteReport } from '../../../electron/shared/paste/cleanPastedHtml';
import { siteSettingsSnapshot } from '../settings/siteSettingsStore';

export type BodyStats = { words: number; characters: number };

export type BodyEditorCallbacks = {
  onChange: (body: BodyJson) => void;
  onBlur: () => void;
  onLinkShortcut: () => void;
  /** Told when a paste left something out (unsafe links, images). */
  onPasteReport?: (report: PasteReport) => void;
};

function toBody(editor: Editor): BodyJson {
  return { ...editor.getJSON(), type: 'doc' };
}

function statsOf(editor: Editor, body: BodyJson): BodyStats {
  return { words: wordCount(body), characters: editor.storage.characterCount.characters() };
}

/** The Tiptap editor for a draft's body, named "Article body" for screen readers, with live counts. */
export function useBodyEditor(initialBody: BodyJson, callbacks: BodyEditorCallbacks): { editor: Editor; stats: BodyStats } {
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  const [stats, setStats] = useState<BodyStats>({ words: wordCount(initialBody), characters: 0 });
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
    onCreate: ({ editor: created }) => setStats(statsOf(created, initialBody)),
    onUpdate: ({ editor: updated }) => {
      const body = toBody(updated);
      callbacksRef.current.onChange(body);
      setStats(statsOf(updated, body));
    },
    onBlur: () => callbacksRef.current.onBlur(),
  });
  return { editor, stats };
}
