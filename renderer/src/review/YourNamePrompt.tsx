import { TextPromptDialog } from '../ui/TextPromptDialog';
import { savePerson } from './personStore';

export type YourNamePromptProps = { onClose: () => void; onDone: () => void };

/** Asks Your name, once, before the first comment, review, note or assignment on a laptop alone. */
export function YourNamePrompt({ onClose, onDone }: YourNamePromptProps) {
  return (
    <TextPromptDialog
      title="Your name"
      description="Comments, reviews, notes and assignments carry your name. You can change it later in Site settings."
      label="Your name"
      submitLabel="Continue"
      maxLength={100}
      onSubmit={savePerson}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
