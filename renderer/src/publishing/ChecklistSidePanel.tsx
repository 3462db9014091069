import { useMemo } from 'react';
import { checkDraft, type ChecklistArticle } from '../../../electron/shared/checklist/checkDraft';
import { useSiteSettings } from '../settings/siteSettingsStore';
import { Icon } from '../ui/Icon';
import { ChecklistPanel } from './ChecklistPanel';
import { jumpToChecklistItem } from './jumpToChecklistItem';

export type ChecklistSidePanelProps = {
  /** The article as it stands in the editor, saved or not. */
  article: ChecklistArticle;
  onClose: () => void;
};

/**
 * The pre-publish checklist beside the article while the reporter writes: the same checks export
 * runs, kept up to date with every keystroke; each item goes to its field or paragraph.
 */
export function ChecklistSidePanel({ article, onClose }: ChecklistSidePanelProps) {
  const settings = useSiteSettings();
  const items = useMemo(() => checkDraft(article, { adRules: settings.adRules }), [article, settings.adRules]);
  return (
    <aside className="history checklist-side" aria-label="Pre-publish checklist">
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
