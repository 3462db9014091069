export type AppNoticeProps = {
  kind: 'info' | 'warning';
  message: string;
  onDismiss: () => void;
};

/** A plain-words message across the top that is not an error (an import that left something out). */
export function AppNotice({ kind, message, onDismiss }: AppNoticeProps) {
  return (
    <div className={`notice notice--${kind}`} role="status">
      <span className="notice__text">{message}</span>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
