import type { Editor } from '@tiptap/react';
import { describeAdPlacement } from '../../inserters/describeAdPlacement';
import { insertDefaultAd, placeAds } from '../../inserters/inserterShortcuts';
import { RelatedLinkDialog } from '../../inserters/RelatedLinkDialog';
import { closeRelatedDialog, openRelatedDialog, useRelatedDialog } from '../../inserters/relatedDialogStore';
import '../../inserters/inserters.css';
import { openSiteSettings } from '../../settings/settingsDialogStore';
import { siteSettingsSnapshot } from '../../settings/siteSettingsStore';
import { ToolButton } from './EditorToolbar';
import { returnFocusToBody } from '../returnFocusToBody';
import { showToolbarReport } from './toolbarReportStore';
import { chooseAndInsertImage } from '../../images/insertImages';
import { ImageNoticeLine } from '../../images/ImageNoticeLine';

export type FeatureToolbarGroupsProps = {
  editor: Editor;
  /** The open draft, for related-link suggestions. */
  draftId?: string;
  /** Add comment on the selected words (the review feature's). */
  onAddComment?: () => void;
};

/**
 * Toolbar groups that features add after formatting: the inserters ("Ad slot", "Auto ads", "Also
 * Read link", "Image") and the site settings they follow; under them, the last picture notice.
 */
export function FeatureToolbarGroups({ editor, draftId, onAddComment }: FeatureToolbarGroupsProps) {
  const dialog = useRelatedDialog();
  const handlePlaceAds = () => {
    const rules = siteSettingsSnapshot().adRules;
    const message = describeAdPlacement(placeAds(editor, rules), rules);
    showToolbarReport({ summary: message.summary, details: message.left });
    returnFocusToBody(editor);
  };
  const handleInsertAd = () => {
    insertDefaultAd(editor, siteSettingsSnapshot().adRules);
    returnFocusToBody(editor);
  };
  return (
    <>
      <div className="toolbar__group" role="group" aria-label="Insert">
        <ToolButton label="Ad slot" shortcut="Control+Alt+A" text="Ad" onRun={handleInsertAd} />
        <ToolButton label="Auto ads" text="Auto ads" onRun={handlePlaceAds} />
        <ToolButton label="Also Read link" shortcut="Control+Alt+R" text="Also Read" onRun={() => openRelatedDialog()} />
        <ToolButton label="Image" text="Image" onRun={() => void chooseAndInsertImage(editor)} />
        <ToolButton label="Site settings" text="Settings" onRun={openSiteSettings} />
      </div>
      {onAddComment ? (
        <div className="toolbar__group" role="group" aria-label="Review">
          <ToolButton label="Add comment" shortcut="Control+Alt+M" text="Comment" onRun={onAddComment} />
        </div>
      ) : null}
      <ImageNoticeLine />
      {dialog.open ? (
        <RelatedLinkDialog
          key={dialog.editPosition ?? 'new'}
          editor={editor}
          draftId={draftId ?? null}
          editPosition={dialog.editPosition}
          onClose={closeRelatedDialog}
        />
      ) : null}
    </>
  );
}
