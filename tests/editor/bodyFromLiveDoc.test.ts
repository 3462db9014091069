// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { bodyText } from '../../electron/shared/model/bodyText';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';
import { REMOTE } from './liveEditors';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function liveDoc(...texts: string[]): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(articleSchema(), { type: 'doc', content: texts.map(paragraph) }, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

function bodyEditor(doc: Y.Doc, element: HTMLElement | null): Editor {
  const editor = new Editor({ element, extensions: editorExtensions({ liveDoc: doc }), injectCSS: false });
  editors.push(editor);
  return editor;
}

describe('the body read from the live document', () => {
  it('is there as the editor is made, and is not read again when the editor’s plugins are set up anew', () => {
    const editor = bodyEditor(liveDoc('First.', 'Second.'), document.createElement('div'));
    expect(bodyText(editor.getJSON())).toBe('First.\nSecond.');
    const shown = editor.state.doc;
    // What Tiptap's EditorContent does as it mounts; a body read again is new nodes equal to the old, which
    // ProseMirror's view would then compare deeply, block by block, at every key.
    editor.registerPlugin(new Plugin({ key: new PluginKey('another') }));
    expect(editor.state.doc).toBe(shown);
    // Typing still reaches the live document.
    editor.commands.insertContentAt(1, 'The ');
    expect(editor.getText()).toContain('The First.');
  });

  it('shows a change that arrived from the other laptop before the editor was put on the screen', () => {
    const doc = liveDoc('Before.');
    const editor = bodyEditor(doc, null);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const body = other.getXmlFragment(BODY_FIELD);
    const added = new Y.XmlElement('paragraph');
    added.insert(0, [new Y.XmlText('Arrived.')]);
    body.insert(body.length, [added]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), REMOTE);
    editor.mount(document.createElement('div'));
    expect(bodyText(editor.getJSON())).toBe('Before.\nArrived.');
  });
});
