import type { DiffPart, FieldChange } from '../../../electron/shared/model/review';
import { articleFieldLabels } from '../../../electron/shared/model/review';

export type FieldChangesProps = {
  /** The field changes with their numbers in the comparison. */
  changes: { index: number; change: FieldChange }[];
  current: number;
};

function Side({ parts, keep }: { parts: DiffPart[]; keep: 'added' | 'removed' }) {
  return (
    <>
      {parts.map((part, position) => {
        if (part.kind === 'same') return <span key={position}>{part.text}</span>;
        if (part.kind !== keep) return null;
        return keep === 'added' ? (
          <ins key={position} className="diff-ins">
            <span className="visually-hidden">Inserted: </span>
            {part.text}
          </ins>
        ) : (
          <del key={position} className="diff-del">
            <span className="visually-hidden">Deleted: </span>
            {part.text}
          </del>
        );
      })}
    </>
  );
}

/** Changed fields side by side: before with its deleted words struck through, after with the new words marked. */
export function FieldChanges({ changes, current }: FieldChangesProps) {
  if (changes.length === 0) return null;
  return (
    <table className="field-changes">
      <caption className="field-changes__caption">Changed fields</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map(({ index, change }) => (
          <tr key={change.field} data-change={index} tabIndex={-1} className={index === current ? 'diff--current' : undefined}>
            <th scope="row">{articleFieldLabels[change.field]}</th>
            <td>{change.before === '' ? <span className="field-changes__empty">(empty)</span> : <Side parts={change.parts} keep="removed" />}</td>
            <td>{change.after === '' ? <span className="field-changes__empty">(empty)</span> : <Side parts={change.parts} keep="added" />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
