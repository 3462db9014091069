import { draftStatuses, draftStatusLabels } from '../../../electron/shared/model/draft';

/** One `<option>` per draft status, in workflow order, for the status selects. */
export function StatusOptions() {
  return (
    <>
      {draftStatuses.map((status) => (
        <option key={status} value={status}>
          {draftStatusLabels[status]}
        </option>
      ))}
    </>
  );
}
