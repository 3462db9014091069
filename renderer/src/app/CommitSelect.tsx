import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type CommitSelectProps = {
  value: string;
  /** Called once per choice the reporter commits: a click, Enter, or leaving the control. */
  onCommit: (value: string) => void;
  children: ReactNode;
  className?: string;
  /** Names the control when it has no `<label>` around it. */
  ariaLabel?: string;
  disabled?: boolean;
};

const browsingKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A select whose arrow keys only move through the choices: the choice takes effect on Enter, on a
 * click in its list, or when focus leaves it (Escape goes back to the value it had). A plain select
 * acts on every arrow key, so stepping past "Approved" on the way to "Published" would approve.
 */
export function CommitSelect({ value, onCommit, children, className, ariaLabel, disabled }: CommitSelectProps) {
  const [pending, setPending] = useState<string | null>(null);
  const browsing = useRef(false);
  const hintId = useId();

  const commit = (next: string) => {
    setPending(null);
    if (next !== value) onCommit(next);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    // Alt+Down, F4 and Space open the list; a choice made there is a commit.
    browsing.current = browsingKeys.has(event.key) && !event.altKey;
    if (event.key === 'Enter' && pending !== null) {
      event.preventDefault();
      commit(pending);
    } else if (event.key === 'Escape' && pending !== null) {
      event.preventDefault();
      event.stopPropagation();
      setPending(null);
    }
  };

  return (
    <>
      <select
        className={className}
        value={pending ?? value}
        aria-label={ariaLabel}
        aria-describedby={hintId}
        disabled={disabled}
        onKeyDown={handleKeyDown}
        onChange={(event) => {
          if (browsing.current) setPending(event.target.value);
          else commit(event.target.value);
          browsing.current = false;
        }}
        onBlur={() => pending !== null && commit(pending)}
      >
        {children}
      </select>
      <span id={hintId} className="visually-hidden">
        {pending !== null ? 'Press Enter to apply.' : ''}
      </span>
    </>
  );
}
