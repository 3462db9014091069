import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';

/**
 * The baseline pages of the typing bench: Tiptap with the article schema and nothing of the app (no node
 * views, no plugins, no React), opened on the same document in the same browser; with `collaboration`, the
 * body is bound to a Yjs document through Tiptap's Collaboration extension, as the app's is, so that what
 * the Yjs binding costs can be told apart from what the app adds.
 */
Object.defineProperty(window, 'openBareEditor', {
  value: (content: object, collaboration = false) => {
    const element = document.createElement('div');
    document.body.append(element);
    const editorProps = { attributes: { class: 'article-body', role: 'textbox', 'aria-label': 'Article body' } };
    if (!collaboration) return new Editor({ element, extensions: articleExtensions({ output: 'editor' }), content, editorProps });
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(articleSchema(), content, doc.getXmlFragment(BODY_FIELD));
    return new Editor({
      element,
      extensions: [...articleExtensions({ output: 'editor', undoRedo: false }), Collaboration.configure({ document: doc, field: BODY_FIELD })],
      editorProps,
    });
  },
});
