import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ShellCommand } from '../../../electron/shared/contract/index';
import { hasNewsdeskApi } from '../api/newsdeskApi';
import { request } from '../api/request';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen, type LibraryNotice } from '../library/LibraryScreen';
import { requestExport } from '../publishing/exportCommandEvent';
import { describeImportReport, useImportFiles, type ImportOutcome } from '../publishing/useImportFiles';
import { openSiteSettings } from '../settings/settingsDialogStore';
import { SiteSettingsDialog } from '../settings/SiteSettingsDialog';
import { loadSiteSettings } from '../settings/siteSettingsStore';
import { ErrorNotice } from './ErrorNotice';
import { FlushRegistry } from './flushRegistry';
import { RecoveryNotice } from './RecoveryNotice';
import { useShellEvents } from './useShellEvents';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

type View = { name: 'library' } | { name: 'editor'; draftId: string };

/** The app: the library first, one draft open at a time; pending edits saved before every switch. */
export function App() {
  const registry = useMemo(() => new FlushRegistry(), []);
  const [view, setView] = useState<View>({ name: 'library' });
  const [libraryNotice, setLibraryNotice] = useState<LibraryNotice | null>(null);
  const [error, setError] = useState<string | null>(hasNewsdeskApi() ? null : 'Newsdesk is not connected to its drafts store. Open it from the Newsdesk app.');

  const handleOpenDraft = useCallback(
    async (draftId: string) => {
      await registry.flushAll();
      setView({ name: 'editor', draftId });
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
      setError(`Could not create a draft: ${created.error.message}`);
      return;
    }
    setError(null);
    setView({ name: 'editor', draftId: created.value.id });
  }, [registry]);

  const handleBackToLibrary = useCallback(
    async (notice?: LibraryNotice) => {
      await registry.flushAll();
      setLibraryNotice(notice ?? null);
      setView({ name: 'library' });
    },
    [registry],
  );

  const handleImported = useCallback(
    async (outcome: ImportOutcome) => {
      if (!outcome.ok) {
        setError(`Could not import: ${outcome.message}`);
        return;
      }
      await registry.flushAll();
      setError(describeImportReport(outcome.report));
      setView({ name: 'editor', draftId: outcome.draftId });
    },
    [registry],
  );
  const handleImportMenu = useImportFiles(useCallback((outcome: ImportOutcome) => void handleImported(outcome), [handleImported]));

  const handleCommand = useCallback(
    (command: ShellCommand) => {
      if (command === 'new-draft') void handleNewDraft();
      if (command === 'settings') openSiteSettings();
      if (command === 'import') void handleImportMenu();
      if (command === 'export') requestExport();
    },
    [handleNewDraft, handleImportMenu],
  );
  useShellEvents(registry, handleCommand);
  useEffect(() => void loadSiteSettings(), []);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void handleNewDraft();
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [handleNewDraft]);

  return (
    <div className="app">
      <RecoveryNotice />
      {error ? <ErrorNotice message={error} onDismiss={() => setError(null)} /> : null}
      <ScreenErrorBoundary key={view.name === 'library' ? 'library' : view.draftId} onReset={() => void handleBackToLibrary()}>
        {view.name === 'library' ? (
          <LibraryScreen onOpenDraft={handleOpenDraft} onNewDraft={handleNewDraft} initialNotice={libraryNotice} />
        ) : (
          <EditorScreen key={view.draftId} draftId={view.draftId} registry={registry} onBack={handleBackToLibrary} />
        )}
      </ScreenErrorBoundary>
      <SiteSettingsDialog />
    </div>
  );
}
