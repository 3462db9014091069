import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';

/** Where the caret was in each draft's body this session, so reopening a draft carries on there. */
const carets = new Map<string, number>();

/** The headline field's id (ArticleFieldsForm). */
const HEADLINE_ID = 'field-headline';

/**
 * Puts the reporter where the work is when a draft opens: the body at its last caret for a draft
 * written in before, the headline for a draft without one (a new draft: Ctrl+N, then type), and the
 * body's start otherwise. Remembers the caret as it moves.
 */
export function useOpeningFocus(editor: Editor, draftId: string, headline: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const caret = carets.get(draftId);
    if (caret !== undefined) editor.commands.focus(caret, { scrollIntoView: true });
    else if (headline.trim() === '') document.getElementById(HEADLINE_ID)?.focus();
    else editor.commands.focus('start');
    // Only when the draft opens, not as the headline is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, draftId, enabled]);

  useEffect(() => {
    const remember = () => carets.set(draftId, editor.state.selection.head);
    editor.on('selectionUpdate', remember);
    editor.on('focus', remember);
    return () => {
      editor.off('selectionUpdate', remember);
      editor.off('focus', remember);
    };
  }, [editor, draftId]);
}
