import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The events a typed character raises at the editor after its keydown. */
const TYPING_EVENTS = ['keypress', 'beforeinput', 'textInput', 'input'] as const;

function stopAtEditor(view: EditorView, event: Event): boolean {
  if (event.target === view.dom) event.stopPropagation();
  return false;
}

/**
 * The events of typing in the body (keypress, beforeinput, textInput, input) end at the editor, once
 * ProseMirror has handled them. Nothing above it listens for them, but React's root listener took
 * each one through its event plugins, for every character: about 0.4 ms a key in the typing bench.
 * Keydown and keyup go on, so the app's shortcuts still see every key; events from a control inside a
 * card (its target is the control) are left alone, so React's handlers on them still run.
 */
export const TypingEventsStayInEditor = Extension.create({
  name: 'typingEventsStayInEditor',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typingEventsStayInEditor'),
        props: { handleDOMEvents: Object.fromEntries(TYPING_EVENTS.map((type) => [type, stopAtEditor])) },
      }),
    ];
  },
});
