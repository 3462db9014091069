import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { checkDraft, type ChecklistArticle } from '../../../electron/shared/checklist/checkDraft';
import { closeOnEscape } from '../editor/closeOnEscape';
import { useSiteSettings } from '../settings/siteSettingsStore';
import { Icon } from '../ui/Icon';
import { ChecklistPanel } from './ChecklistPanel';
import { jumpToChecklistItem } from './jumpToChecklistItem';

export type ChecklistSidePanelProps = {
  /** The article's fields as they stand in the editor, saved or not. */
  fields: Omit<ChecklistArticle, 'body'>;
  /** The body editor; the checklist reads the body once typing pauses. */
  editor: Editor;
  onClose: () => void;
};

/** How long typing must pause before the checklist reads the body again. */
const SETTLE_MS = 250;

/** The body's document, updated once the reporter pauses rather than at every keystroke. */
function useSettledDoc(editor: Editor) {
  const [doc, setDoc] = useState(() => editor.state.doc);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setDoc(editor.state.doc), SETTLE_MS);
    };
    editor.on('update', settle);
    setDoc(editor.state.doc);
    return () => {
      clearTimeout(timer);
      editor.off('update', settle);
    };
  }, [editor]);
  return doc;
}

/**
 * The pre-publish checklist beside the article while the reporter writes: the same checks export
 * runs, kept up to date as the reporter writes; each item goes to its field or paragraph.
 */
export function ChecklistSidePanel({ fields, editor, onClose }: ChecklistSidePanelProps) {
  const settings = useSiteSettings();
  const doc = useSettledDoc(editor);
  const body = useMemo(() => doc.toJSON() as unknown, [doc]);
  const items = useMemo(() => checkDraft({ ...fields, body }, { adRules: settings.adRules }), [fields, body, settings.adRules]);
  return (
    <aside className="history checklist-side" aria-label="Pre-publish checklist" onKeyDown={(event) => closeOnEscape(event, onClose)}>
      <div className="history__header">
        <h2 className="history__title">Checklist</h2>
        <button type="button" className="icon-button" aria-label="Close checklist" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="checklist-side__body">
        <ChecklistPanel items={items} onJump={(item) => jumpToChecklistItem(item.location)} />
        <p className="hint">Items marked “Fix” stop the export; “Check” items are for you to judge.</p>
      </div>
    </aside>
  );
}
