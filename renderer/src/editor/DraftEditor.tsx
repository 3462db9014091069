import { EditorContent } from '@tiptap/react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Draft, DraftStatus, RevisionSummary } from '../../../electron/shared/model/draft';
import { request } from '../api/request';
import { ErrorNotice } from '../app/ErrorNotice';
import type { LibraryNotice } from '../library/LibraryScreen';
import { displayHeadline } from '../library/DraftRow';
import { ChecklistSidePanel } from '../publishing/ChecklistSidePanel';
import { ExportHtmlButton } from '../publishing/ExportHtmlButton';
import { describePasteReport } from '../publishing/pasteTransform';
import type { LiveDraft } from './collab/liveDraft';
import { PresenceList } from './collab/PresenceList';
import { ReadOnlyNotice } from './collab/ReadOnlyNotice';
import { useLiveFields } from './collab/useLiveFields';
import { showDateline } from './datelinePreview';
import { textDirection } from '../../../electron/shared/model/textDirection';
import { checklistToggleId, EditorHeader, historyToggleId } from './EditorHeader';
import { ArticleFieldsForm } from './fields/ArticleFieldsForm';
import { editableFieldsOf } from './fields/editableFields';
import { PublishingPanel } from './fields/PublishingPanel';
import { SlugTakenNote } from './fields/SlugTakenNote';
import { HistoryPanel } from './history/HistoryPanel';
import { SaveVersionDialog } from './history/SaveVersionDialog';
import { LinkDialog } from './LinkDialog';
import { StatusBar } from './StatusBar';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { FeatureToolbarGroups } from './toolbar/FeatureToolbarGroups';
import { useBodyEditor } from './useBodyEditor';
import { useSpellCheckLanguage } from './useSpellCheckLanguage';
import { useOpeningFocus } from './useOpeningFocus';
import type { CompareRange } from '../review/compareRange';
import { ReviewActions } from '../review/ReviewActions';
import { ReviewBanner } from '../review/ReviewBanner';
import { useReviewState } from '../review/useReviewState';
import { useSyncStatus } from '../sync/useSyncStatus';
import { SuggestionsHeaderActions, commentsToggleId } from '../review/suggestions/SuggestionsHeaderActions';
import { useSuggestions } from '../review/suggestions/useSuggestions';
import { CommentsPanel } from '../review/comments/CommentsPanel';
import { useComments } from '../review/comments/useComments';
import type { CommentBridge } from '../review/comments/commentHighlights';
import { setServerPerson, usePerson } from '../review/personStore';
import { YourNamePrompt } from '../review/YourNamePrompt';

export type DraftEditorProps = {
  initialDraft: Draft;
  /** The draft's live document, which the body and fields edit and which the engine stores and syncs. */
  live: LiveDraft;
  onBack: (notice?: LibraryNotice) => void;
  /** Loads another state of this draft (after a restore). */
  onReplaceDraft: (draft: Draft) => void;
  historyOpen: boolean;
  onHistoryOpenChange: (open: boolean) => void;
  /** Focus the headline or the last caret on mount (a draft opened, not reloaded in place). */
  focusOnOpen: boolean;
  /** Opens the compare view (pending edits are saved first). */
  onCompare: (range: CompareRange) => void;
};

const NOT_SAVED = 'Your latest edits are not saved yet, so this was not done. Try again in a moment.';

/** The article editor: fields laid out like the page, the body, live saving, presence, status, history. */
export function DraftEditor({ initialDraft, live, onBack, onReplaceDraft, historyOpen, onHistoryOpenChange, focusOnOpen, onCompare }: DraftEditorProps) {
  const draftId = initialDraft.id;
  const { fields, status, setStatus, update: handleFieldsChange } = useLiveFields(live, editableFieldsOf(initialDraft), initialDraft.status);
  const savedSlug = useSyncExternalStore(live.savedSlug.subscribe, live.savedSlug.get);
  const [syncStatus] = useSyncStatus();
  // The server names the role when the laptop connects; a viewer's edits would be dropped there, so none are made.
  const readOnly = syncStatus?.person?.role === 'viewer';
  const [historyKey, setHistoryKey] = useState(0);
  const [savingVersion, setSavingVersion] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [checklistOpen, setChecklistOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // With a server, the person behind the access token; on a laptop alone, Your name.
  const serverPerson = syncStatus?.person?.name ?? null;
  useEffect(() => setServerPerson(serverPerson), [serverPerson]);
  const me = usePerson().name;
  const [askingName, setAskingName] = useState<(() => void) | null>(null);
  const commentBridge = useRef<CommentBridge | null>(null);
  const editor = useBodyEditor(live.doc, !readOnly, {
    onBlur: () => void live.flush(),
    comments: {
      visible: () => commentBridge.current?.visible() ?? new Set(),
      active: () => commentBridge.current?.active() ?? null,
      onOpen: (thread) => commentBridge.current?.onOpen(thread),
      onAdd: () => commentBridge.current?.onAdd(),
    },
    onLinkShortcut: () => setLinkOpen(true),
    onPasteReport: (report) => setError(describePasteReport(report)),
  });
  useEffect(() => showDateline(editor, fields.dateline), [editor, fields.dateline]);
  const suggestions = useSuggestions(editor);
  const comments = useComments(editor, live.doc, draftId, {
    onError: setError,
    askName: (then) => {
      if (me !== null) return false;
      setAskingName(() => then);
      return true;
    },
  });
  commentBridge.current = comments.bridge;
  const commentsOpen = comments.panelOpen;
  const setCommentsOpen = comments.setPanelOpen;
  // The Comments panel opening (its button, Add comment, a click on a highlight) closes the other panels.
  useEffect(() => {
    if (comments.panelOpen) {
      setChecklistOpen(false);
      onHistoryOpenChange(false);
    }
    // Only when the panel opens, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [comments.panelOpen]);
  useSpellCheckLanguage(fields.language);
  useOpeningFocus(editor, draftId, initialDraft.headline, focusOnOpen);
  const closePanel = (toggleId: string) => {
    setChecklistOpen(false);
    setCommentsOpen(false);
    onHistoryOpenChange(false);
    document.getElementById(toggleId)?.focus();
  };
  const refreshHistory = () => setHistoryKey((key) => key + 1);
  const review = useReviewState(draftId);
  const handleCompare = async (range: CompareRange) => {
    if (!(await live.flush())) return setError(NOT_SAVED);
    onCompare(range);
  };

  const handleStatusChange = async (next: DraftStatus) => {
    if (!(await live.flush())) return setError(NOT_SAVED);
    const result = await live.runExclusive(() => request((api) => api.drafts.setStatus({ id: draftId, status: next })));
    if (!result.ok) return setError(`The status could not be changed: ${result.error.message}`);
    setError(null);
    setStatus(result.value.status);
    refreshHistory();
  };

  const handleSaveVersion = async (label: string): Promise<string | null> => {
    if (!(await live.flush())) return NOT_SAVED;
    const result = await request((api) => api.revisions.create({ draftId, ...(label === '' ? {} : { label }) }));
    if (!result.ok) return result.error.message;
    refreshHistory();
    return null;
  };

  const handleRestore = async (revision: RevisionSummary): Promise<string | null> => {
    if (!(await live.flush())) return NOT_SAVED;
    const result = await live.runExclusive(() => request((api) => api.revisions.restore({ draftId, revisionId: revision.id })));
    if (!result.ok) return result.error.message;
    onReplaceDraft(result.value);
    return null;
  };

  const handleTrash = async () => {
    await live.flush();
    const result = await request((api) => api.drafts.trash({ id: draftId }));
    if (!result.ok) return setError(`The draft could not be moved to the trash: ${result.error.message}`);
    onBack({ message: `“${displayHeadline(result.value)}” moved to the trash.`, undoIds: [draftId] });
  };

  return (
    <div className={`editor-screen${historyOpen || checklistOpen || commentsOpen ? ' editor-screen--with-history' : ''}`}>
      <EditorHeader
        status={status}
        onStatusChange={(next) => void handleStatusChange(next)}
        onBack={() => onBack()}
        historyOpen={historyOpen}
        onToggleHistory={() => {
          setChecklistOpen(false);
          setCommentsOpen(false);
          onHistoryOpenChange(!historyOpen);
        }}
        checklistOpen={checklistOpen}
        onToggleChecklist={() => {
          onHistoryOpenChange(false);
          setCommentsOpen(false);
          setChecklistOpen(!checklistOpen);
        }}
        suggestionActions={
          <SuggestionsHeaderActions
            editor={editor}
            suggesting={suggestions.suggesting}
            openComments={comments.openCount}
            pendingSuggestions={suggestions.suggestions.length}
            panelOpen={commentsOpen}
            readOnly={readOnly}
            onTogglePanel={() => setCommentsOpen(!commentsOpen)}
          />
        }
        onSaveVersion={() => setSavingVersion(true)}
        onTrash={() => void handleTrash()}
        readOnly={readOnly}
        presence={<PresenceList people={live.people} />}
        reviewActions={
          <ReviewActions
            draftId={draftId}
            status={status}
            review={review.state}
            onReviewChange={review.setState}
            flush={() => live.flush()}
            runExclusive={(task) => live.runExclusive(task)}
            onDraftChange={(next) => {
              setStatus(next.status);
              refreshHistory();
            }}
            onError={setError}
          />
        }
        exportAction={<ExportHtmlButton draftId={draftId} flush={() => live.flush()} onDraftChanged={onReplaceDraft} />}
      />
      <div className="editor-screen__body">
        <main className="editor-main" aria-label="Article">
          {error ? <ErrorNotice message={error} onDismiss={() => setError(null)} /> : null}
          <ReviewBanner state={review.state} onCompare={(range) => void handleCompare(range)} />
          {readOnly ? <ReadOnlyNotice /> : null}
          <div className="page" lang={fields.language} dir={textDirection(fields.language)} onBlur={() => void live.flush()}>
            <fieldset className="page-fields" disabled={readOnly}>
              <ArticleFieldsForm values={fields} onChange={handleFieldsChange} />
              <PublishingPanel values={fields} savedSlug={savedSlug} onChange={handleFieldsChange} />
              <SlugTakenNote fields={fields} savedSlug={savedSlug} />
            </fieldset>
            <div className="body-editor">
              {readOnly ? null : <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} extraGroups={<FeatureToolbarGroups editor={editor} draftId={draftId} onAddComment={comments.start} />} />}
              {linkOpen ? <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} /> : null}
              <EditorContent editor={editor} className="body-editor__content" />
            </div>
          </div>
        </main>
        {checklistOpen && !historyOpen ? <ChecklistSidePanel fields={fields} editor={editor} onClose={() => closePanel(checklistToggleId)} /> : null}
        {commentsOpen && !historyOpen && !checklistOpen ? (
          <CommentsPanel
            editor={editor}
            threads={comments.threads}
            me={me}
            active={comments.active}
            composing={comments.composing}
            onStart={comments.submitStart}
            onCancelStart={comments.cancelStart}
            actions={comments.actions}
            suggestions={suggestions.suggestions}
            onClose={() => {
              if (comments.composing) comments.cancelStart();
              closePanel(commentsToggleId);
            }}
          />
        ) : null}
        {historyOpen ? <HistoryPanel draftId={draftId} refreshKey={historyKey} onRestore={handleRestore} onCompare={(range) => void handleCompare(range)} onClose={() => closePanel(historyToggleId)} /> : null}
      </div>
      <StatusBar editor={editor} saveStates={live.saveStates} />
      {askingName ? (
        <YourNamePrompt
          onClose={() => setAskingName(null)}
          onDone={() => {
            const then = askingName;
            setAskingName(null);
            // Your name is loaded now; go on with what asked for it.
            setTimeout(then, 0);
          }}
        />
      ) : null}
      {savingVersion ? <SaveVersionDialog onSave={handleSaveVersion} onClose={() => setSavingVersion(false)} /> : null}
    </div>
  );
}
