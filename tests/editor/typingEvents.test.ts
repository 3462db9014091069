// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';

let editor: Editor | null = null;
const stopListening: (() => void)[] = [];

afterEach(() => {
  editor?.destroy();
  editor = null;
  for (const stop of stopListening.splice(0)) stop();
  document.body.replaceChildren();
});

/** The editor in the page, and the events that reach the document's capture listeners (as React's root does). */
function editorInPage(): { editor: Editor; seen: string[] } {
  const element = document.createElement('div');
  document.body.append(element);
  const current = new Editor({ element, extensions: editorExtensions(), content: '<p>Intro</p>', injectCSS: false });
  editor = current;
  const seen: string[] = [];
  const listener = (event: Event) => {
    seen.push(event instanceof KeyboardEvent ? `${event.type} ${event.ctrlKey ? 'Ctrl+' : ''}${event.key}` : event.type);
  };
  for (const type of ['textInput', 'input', 'keyup']) {
    document.addEventListener(type, listener, { capture: true });
    stopListening.push(() => document.removeEventListener(type, listener, { capture: true }));
  }
  return { editor: current, seen };
}

describe('typing events nothing handles', () => {
  it('stop at the window: textInput, input and the keyup of a typed character never reach the page', () => {
    const { editor: current, seen } = editorInPage();
    current.view.dom.dispatchEvent(new Event('textInput', { bubbles: true }));
    current.view.dom.dispatchEvent(new Event('input', { bubbles: true }));
    current.view.dom.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
    expect(seen).toEqual([]);
  });

  it('leave every other key, and the events of a control inside the body, to the page', () => {
    const { editor: current, seen } = editorInPage();
    current.view.dom.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    current.view.dom.dispatchEvent(new KeyboardEvent('keyup', { key: 'z', ctrlKey: true, bubbles: true }));
    current.view.dom.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    current.view.dom.querySelector('p')?.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).toEqual(['keyup Shift', 'keyup Ctrl+z', 'keyup Enter', 'input']);
  });

  it('reach the page again once the editor is gone', () => {
    const { editor: current, seen } = editorInPage();
    const dom = current.view.dom;
    current.destroy();
    document.body.append(dom);
    dom.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).toEqual(['input']);
  });
});
