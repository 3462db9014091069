export type ErrorNoticeProps = {
  message: string;
  onDismiss?: () => void;
};

/** A plain-words error across the top of a screen; announced to screen readers. */
export function ErrorNotice({ message, onDismiss }: ErrorNoticeProps) {
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">{message}</span>
      {onDismiss ? (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
