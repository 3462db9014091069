import { Editor } from '@tiptap/core';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';

/**
 * The baseline page of the typing bench: Tiptap with the article schema and nothing of the app (no
 * node views, no plugins, no React), opened on the same document in the same browser.
 */
Object.defineProperty(window, 'openBareEditor', {
  value: (content: object) => {
    const element = document.createElement('div');
    document.body.append(element);
    return new Editor({
      element,
      extensions: articleExtensions({ output: 'editor' }),
      content,
      editorProps: { attributes: { class: 'article-body', role: 'textbox', 'aria-label': 'Article body' } },
    });
  },
});
