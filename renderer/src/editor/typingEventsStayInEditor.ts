import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The events a typed character raises at the editor after its keydown that ProseMirror handles. */
const HANDLED_TYPING_EVENTS = ['keypress', 'beforeinput'] as const;

/**
 * The events of typing in the body that nothing in the page handles: ProseMirror reads typed text from
 * the DOM (a MutationObserver), not from `textInput` or `input`, and it reads `keyup` only for Shift.
 */
const UNHANDLED_TYPING_EVENTS = ['textInput', 'input', 'keyup'] as const;

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
 * Whether `event` (one of UNHANDLED_TYPING_EVENTS) was raised by the editor itself, not by a control inside a
 * card, whose events React's handlers on the card need. `keyup` only for a key that types a character: every
 * other key's goes on, for Shift (ProseMirror, an image's Shift-to-resize) and shortcuts.
 */
function raisedByTyping(view: EditorView, event: Event): boolean {
  if (event.target !== view.dom) return false;
  return event.type !== 'keyup' || (event instanceof KeyboardEvent && typesCharacter(event));
}

/**
 * The events of typing in the body end at the editor. ProseMirror handles keypress and beforeinput, and the
 * keydown of a key that types a character; they stop there, going no further up. Nothing above the editor
 * listens for them, but React's root listener took each one through its event plugins, for every character:
 * 0.4 ms a key in the typing bench for the typing events (same-page A/B, 16 turns, ±0.16), 0.24 ms (±0.13)
 * for the keys. `textInput`, `input` and the typed key's `keyup`, which nothing handles at all, are stopped
 * as they start, at the window: React's root takes even a stopped event through its capture-phase
 * listener first. Every other key (Ctrl, Alt or Cmd with a key, Shift, Escape, arrows, Enter) goes on, so the
 * app's shortcuts see it; events of a control inside a card (their target is the control) are left alone,
 * so React's handlers on the card still run.
 */
export const TypingEventsStayInEditor = Extension.create({
  name: 'typingEventsStayInEditor',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typingEventsStayInEditor'),
        props: {
          handleDOMEvents: {
            ...Object.fromEntries(HANDLED_TYPING_EVENTS.map((type) => [type, stopAtEditor])),
            keydown: stopTypedKeyAtEditor,
          },
        },
        view: (view) => {
          const page = view.dom.ownerDocument.defaultView;
          const stopAtPage = (event: Event) => {
            if (raisedByTyping(view, event)) event.stopImmediatePropagation();
          };
          for (const type of UNHANDLED_TYPING_EVENTS) page?.addEventListener(type, stopAtPage, { capture: true });
          return {
            destroy: () => {
              for (const type of UNHANDLED_TYPING_EVENTS) page?.removeEventListener(type, stopAtPage, { capture: true });
            },
          };
        },
      }),
    ];
  },
});
