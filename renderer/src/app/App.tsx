import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ShellCommand } from '../../../electron/shared/contract/index';
import { hasNewsdeskApi } from '../api/newsdeskApi';
import { request } from '../api/request';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen, type LibraryNotice, type LibraryReturn } from '../library/LibraryScreen';
import { initialLibraryView, type LibraryView } from '../library/libraryView';
import { requestExport } from '../publishing/exportCommandEvent';
import { describeImportBatch, describeImportReport, useImportFiles, type ImportBatch } from '../publishing/useImportFiles';
import { openSiteSettings } from '../settings/settingsDialogStore';
import { SiteSettingsDialog } from '../settings/SiteSettingsDialog';
import { loadSiteSettings } from '../settings/siteSettingsStore';
import { AppNotice } from './AppNotice';
import { ErrorNotice } from './ErrorNotice';
import { FlushRegistry } from './flushRegistry';
import { RecoveryNotice } from './RecoveryNotice';
import { useShellEvents } from './useShellEvents';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { useAppShortcuts } from './useAppShortcuts';

type View = { name: 'library' } | { name: 'editor'; draftId: string; from: LibraryReturn };
type Message = { kind: 'info' | 'warning' | 'error'; text: string };

/** The app: the library first, one draft open at a time; pending edits saved before every switch. */
export function App() {
  const registry = useMemo(() => new FlushRegistry(), []);
  const [view, setView] = useState<View>({ name: 'library' });
  const viewRef = useRef(view);
  viewRef.current = view;
  const [libraryView, setLibraryView] = useState<LibraryView>(initialLibraryView);
  const [libraryNotice, setLibraryNotice] = useState<LibraryNotice | null>(null);
  const [returnTo, setReturnTo] = useState<LibraryReturn | null>(null);
  const [libraryReload, setLibraryReload] = useState(0);
  const [message, setMessage] = useState<Message | null>(
    hasNewsdeskApi() ? null : { kind: 'error', text: 'Newsdesk is not connected to its drafts store. Open it from the Newsdesk app.' },
  );

  const handleOpenDraft = useCallback(
    async (draftId: string, index = 0) => {
      await registry.flushAll();
      setView({ name: 'editor', draftId, from: { draftId, index } });
    },
    [registry],
  );

  const creating = useRef(false);
  const handleNewDraft = useCallback(async () => {
    // The menu accelerator and the page's own shortcut may both fire: make one draft, not two.
    if (creating.current) return;
    creating.current = true;
    const created = await registry
      .flushAll()
      .then(() => request((api) => api.drafts.create({})))
      .finally(() => {
        creating.current = false;
      });
    if (!created.ok) {
      setMessage({ kind: 'error', text: `Could not create a draft: ${created.error.message}` });
      return;
    }
    setMessage(null);
    setView({ name: 'editor', draftId: created.value.id, from: { draftId: created.value.id, index: 0 } });
  }, [registry]);

  const handleBackToLibrary = useCallback(
    async (notice?: LibraryNotice) => {
      await registry.flushAll();
      setLibraryNotice(notice ?? null);
      const current = viewRef.current;
      setReturnTo(current.name === 'editor' ? current.from : null);
      setView({ name: 'library' });
    },
    [registry],
  );

  const handleImported = useCallback(
    async (batch: ImportBatch) => {
      const [only] = batch.imported;
      if (batch.imported.length === 0) return setMessage({ kind: 'error', text: describeImportBatch(batch) });
      await registry.flushAll();
      if (only && batch.imported.length === 1 && batch.failed.length === 0) {
        // One clean file opens as a draft; what it left out is said, but it is not an error.
        const note = describeImportReport(only.report);
        setMessage(note ? { kind: 'warning', text: `Imported, with changes: ${note}.` } : null);
        setView({ name: 'editor', draftId: only.draftId, from: { draftId: only.draftId, index: 0 } });
        return;
      }
      setMessage({ kind: batch.failed.length > 0 ? 'warning' : 'info', text: describeImportBatch(batch) });
      setLibraryReload((key) => key + 1);
      setReturnTo(null);
      setView({ name: 'library' });
    },
    [registry],
  );
  const handleImport = useImportFiles(useCallback((batch: ImportBatch) => void handleImported(batch), [handleImported]));

  const handleCommand = useCallback(
    (command: ShellCommand) => {
      if (command === 'new-draft') void handleNewDraft();
      if (command === 'settings') openSiteSettings();
      if (command === 'import') void handleImport();
      if (command === 'export') requestExport();
      if (command === 'library') void handleBackToLibrary();
    },
    [handleNewDraft, handleImport, handleBackToLibrary],
  );
  useShellEvents(registry, handleCommand);
  useEffect(() => void loadSiteSettings(), []);
  useAppShortcuts({
    onNewDraft: () => void handleNewDraft(),
    onBackToLibrary: () => {
      if (view.name === 'editor') void handleBackToLibrary();
    },
  });

  return (
    <div className="app">
      <RecoveryNotice />
      {message?.kind === 'error' ? <ErrorNotice message={message.text} onDismiss={() => setMessage(null)} /> : null}
      {message && message.kind !== 'error' ? <AppNotice kind={message.kind} message={message.text} onDismiss={() => setMessage(null)} /> : null}
      <ScreenErrorBoundary key={view.name === 'library' ? 'library' : view.draftId} onReset={() => void handleBackToLibrary()}>
        {view.name === 'library' ? (
          <LibraryScreen
            view={libraryView}
            onViewChange={(changes) => setLibraryView((previous) => ({ ...previous, ...changes }))}
            onOpenDraft={(id, index) => void handleOpenDraft(id, index)}
            onNewDraft={() => void handleNewDraft()}
            onImport={() => void handleImport()}
            initialNotice={libraryNotice}
            returnTo={returnTo}
            reloadKey={libraryReload}
          />
        ) : (
          <EditorScreen key={view.draftId} draftId={view.draftId} registry={registry} onBack={handleBackToLibrary} />
        )}
      </ScreenErrorBoundary>
      <SiteSettingsDialog />
    </div>
  );
}
