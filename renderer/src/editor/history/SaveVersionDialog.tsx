import { TextPromptDialog } from '../../ui/TextPromptDialog';

export type SaveVersionDialogProps = {
  onSave: (label: string) => Promise<string | null>;
  onClose: () => void;
};

/** Names a version before keeping it; the label is optional. */
export function SaveVersionDialog({ onSave, onClose }: SaveVersionDialogProps) {
  return (
    <TextPromptDialog
      title="Save a version"
      description="Keeps this draft as it is now in History, where you can preview or restore it later."
      label="Version label"
      submitLabel="Keep version"
      placeholder="e.g. Sent to the desk"
      optional
      maxLength={200}
      onSubmit={onSave}
      onClose={onClose}
    />
  );
}
