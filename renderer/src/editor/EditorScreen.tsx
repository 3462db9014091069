import { useEffect, useState } from 'react';
import type { Draft } from '../../../electron/shared/model/draft';
import { request } from '../api/request';
import { ErrorNotice } from '../app/ErrorNotice';
import type { FlushRegistry } from '../app/flushRegistry';
import type { LibraryNotice } from '../library/LibraryScreen';
import { useLiveDraft } from './collab/useLiveDraft';
import { DraftEditor } from './DraftEditor';
import { CompareScreen } from '../review/CompareScreen';
import type { CompareRange } from '../review/compareRange';

export type EditorScreenProps = {
  draftId: string;
  registry: FlushRegistry;
  /** Back to the library, with a message to show there. */
  onBack: (notice?: LibraryNotice) => void;
};

/** Loads a draft and its live document and edits it; a restore loads the draft afresh (the live document stays). */
export function EditorScreen({ draftId, registry, onBack }: EditorScreenProps) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [compare, setCompare] = useState<CompareRange | null>(null);
  const [loads, setLoads] = useState(0);
  const { live, error: liveError } = useLiveDraft(draftId, registry);

  useEffect(() => {
    let cancelled = false;
    void request((api) => api.drafts.get({ id: draftId })).then((result) => {
      if (cancelled) return;
      if (result.ok) setDraft(result.value);
      else setError(`This draft could not be opened: ${result.error.message}`);
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, loads]);

  const handleReplaceDraft = (next: Draft) => {
    setDraft(next);
    setGeneration((value) => value + 1);
  };

  const failure = error ?? liveError;
  if (failure) {
    return (
      <main className="editor-screen editor-screen--message">
        <ErrorNotice message={failure} />
        <button type="button" className="button" onClick={() => onBack()}>
          Back to the library
        </button>
      </main>
    );
  }
  if (!draft || !live) return <main className="editor-screen editor-screen--message" aria-busy="true" />;
  if (compare) {
    const handleCloseCompare = () => {
      setCompare(null);
      setDraft(null);
      setGeneration((value) => value + 1);
      setLoads((value) => value + 1);
    };
    return <CompareScreen draftId={draftId} range={compare} onClose={handleCloseCompare} />;
  }
  return (
    <DraftEditor
      key={`${draft.id}:${generation}`}
      initialDraft={draft}
      live={live}
      onBack={onBack}
      onReplaceDraft={handleReplaceDraft}
      historyOpen={historyOpen}
      onHistoryOpenChange={setHistoryOpen}
      focusOnOpen={generation === 0}
      onCompare={setCompare}
    />
  );
}
