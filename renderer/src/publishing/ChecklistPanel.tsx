import { useId } from 'react';
import type { ChecklistItem } from '../../../electron/shared/checklist/checklistItem';

export type ChecklistPanelProps = {
  items: ChecklistItem[];
  /** Called with the item the reporter wants to fix; the caller closes what covers the editor. */
  onJump: (item: ChecklistItem) => void;
};

/** The pre-publish checklist: errors (which stop export) first, then warnings; each item goes to its place. */
export function ChecklistPanel({ items, onJump }: ChecklistPanelProps) {
  const errors = items.filter((item) => item.severity === 'error').length;
  const warnings = items.length - errors;
  const titleId = useId();
  return (
    <section className="checklist" aria-labelledby={titleId}>
      <h3 id={titleId} className="checklist__title">
        {items.length === 0 ? 'Checklist: all clear' : `Checklist: ${errors} to fix, ${warnings} to check`}
      </h3>
      {items.length > 0 ? (
        <ul className="checklist__items" aria-label="Checklist items">
          {items.map((item, index) => (
            <li key={`${item.code}-${index}`} className={`checklist__item checklist__item--${item.severity}`}>
              <button type="button" className="checklist__jump" onClick={() => onJump(item)}>
                <span className="checklist__severity">{item.severity === 'error' ? 'Fix' : 'Check'}</span>
                <span className="checklist__message">{item.message}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
