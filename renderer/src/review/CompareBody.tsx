import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { articleExtensions } from '../../../electron/shared/editor/articleExtensions';
import type { BodyJson } from '../../../electron/shared/model/draft';
import { bodyContent } from '../editor/bodyContent';
import { CompareHighlights, setCurrentChange, type NumberedChange } from './compareHighlights';

export type CompareBodyProps = {
  body: BodyJson;
  changes: NumberedChange[];
  current: number;
  /** Told when the editor is ready, so the screen can find changes in it. */
  onReady: (editor: Editor) => void;
};

/** The newer version's body, read-only, with its changes shown in place. */
export function CompareBody({ body, changes, current, onReady }: CompareBodyProps) {
  const editor = useEditor({
    extensions: [...articleExtensions({ output: 'editor' }), CompareHighlights.configure({ changes })],
    content: bodyContent(body),
    editable: false,
    injectCSS: false,
    editorProps: { attributes: { class: 'article-body article-body--compare', 'aria-label': 'Article body with changes', role: 'document' } },
  });
  useEffect(() => onReady(editor), [editor, onReady]);
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(setCurrentChange(editor.state.tr, current));
  }, [editor, current]);
  return <EditorContent editor={editor} />;
}
