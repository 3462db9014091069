import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { insertDefaultAd, placeAds } from '../../inserters/inserterShortcuts';
import { RelatedLinkDialog } from '../../inserters/RelatedLinkDialog';
import { closeRelatedDialog, openRelatedDialog, useRelatedDialog } from '../../inserters/relatedDialogStore';
import '../../inserters/inserters.css';
import { openSiteSettings } from '../../settings/settingsDialogStore';
import { siteSettingsSnapshot } from '../../settings/siteSettingsStore';
import { ToolButton } from './EditorToolbar';
import { returnFocusToBody } from '../returnFocusToBody';
import { chooseAndInsertImage } from '../../images/insertImages';
import { ImageNoticeLine } from '../../images/ImageNoticeLine';

export type FeatureToolbarGroupsProps = {
  editor: Editor;
  /** The open draft, for related-link suggestions. */
  draftId?: string;
};

/**
 * Toolbar groups that features add after formatting: the inserters ("Insert ad slot", "Place ads
 * automatically", "Insert related link") and the site settings they follow.
 */
export function FeatureToolbarGroups({ editor, draftId }: FeatureToolbarGroupsProps) {
  const dialog = useRelatedDialog();
  const [notice, setNotice] = useState<string | null>(null);
  const handlePlaceAds = () => {
    const changed = placeAds(editor, siteSettingsSnapshot().adRules);
    setNotice(changed ? null : 'The ads already follow the rules: nothing to change.');
    returnFocusToBody(editor);
  };
  return (
    <>
      <div className="toolbar__group" role="group" aria-label="Insert">
        <ToolButton label="Insert ad slot" shortcut="Control+Alt+A" text="Ad" onRun={() => insertDefaultAd(editor, siteSettingsSnapshot().adRules)} />
        <ToolButton label="Place ads automatically" text="Auto ads" onRun={handlePlaceAds} />
        <ToolButton label="Insert related link" shortcut="Control+Alt+R" text="Also Read" onRun={() => openRelatedDialog()} />
        <ToolButton label="Insert image" text="Image" onRun={() => void chooseAndInsertImage(editor)} />
        <ToolButton label="Site settings" text="Settings" onRun={openSiteSettings} />
      </div>
      {notice ? (
        <span className="toolbar__notice" role="status">
          {notice}
        </span>
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
