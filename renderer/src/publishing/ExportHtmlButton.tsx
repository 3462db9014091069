import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../electron/shared/model/draft';
import { Icon } from '../ui/Icon';
import { EXPORT_COMMAND_EVENT } from './exportCommandEvent';
import { ExportDialog } from './ExportDialog';

export type ExportHtmlButtonProps = {
  draftId: string;
  /** Saves pending edits first; export must see what the reporter sees. */
  flush: () => Promise<boolean>;
  /** The store changed the draft (marked published): load it into the editor. */
  onDraftChanged?: (draft: Draft) => void;
};

// Marking published reloads the editor, and with it this button: the new one takes focus back.
let focusAfterReload = false;

/** The editor header's "Export HTML" action (also File > Export…): saves, then opens the export dialog. */
export function ExportHtmlButton({ draftId, flush, onDraftChanged }: ExportHtmlButtonProps) {
  const [open, setOpen] = useState(false);
  const [published, setPublished] = useState<Draft | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Where focus was when the dialog opened (this button, or wherever File > Export was chosen from).
  const opener = useRef<HTMLElement | null | undefined>(undefined);

  const handleOpen = useCallback(async () => {
    opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    await flush();
    setOpen(true);
  }, [flush]);

  // Once the modal dialog is gone (the page behind it is inert until then), focus goes back.
  useEffect(() => {
    if (open || opener.current === undefined) return;
    const back = opener.current?.isConnected ? opener.current : button.current;
    opener.current = undefined;
    back?.focus();
  }, [open]);

  useEffect(() => {
    if (!focusAfterReload) return;
    focusAfterReload = false;
    button.current?.focus();
  }, []);

  const handleClose = () => {
    setOpen(false);
    focusAfterReload = published !== null && onDraftChanged !== undefined;
    // Loaded only once the dialog closes, so the reporter reads the confirmation first.
    if (published) onDraftChanged?.(published);
    setPublished(null);
  };

  useEffect(() => {
    const handleCommand = () => void handleOpen();
    window.addEventListener(EXPORT_COMMAND_EVENT, handleCommand);
    return () => window.removeEventListener(EXPORT_COMMAND_EVENT, handleCommand);
  }, [handleOpen]);

  return (
    <>
      <button ref={button} type="button" className="button" onClick={() => void handleOpen()}>
        <Icon name="export" />
        Export HTML
      </button>
      {open ? <ExportDialog draftId={draftId} onClose={handleClose} onPublished={setPublished} /> : null}
    </>
  );
}
