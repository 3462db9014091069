import { draftReviewFilters } from '../../../electron/shared/contract/drafts';

/** A review filter of the library: drafts needing my review, or assigned to me. */
export type DraftReviewFilter = (typeof draftReviewFilters)[number];

const labels: Record<DraftReviewFilter, string> = {
  needs_my_review: 'Needs my review',
  assigned_to_me: 'Assigned to me',
};

function isReviewFilter(value: string): value is DraftReviewFilter {
  return draftReviewFilters.some((filter) => filter === value);
}

export type ReviewFilterSelectProps = {
  value: DraftReviewFilter | null;
  onChange: (value: DraftReviewFilter | null) => void;
};

/** The library's "Review" filter: all drafts, those needing my review, or those assigned to me. */
export function ReviewFilterSelect({ value, onChange }: ReviewFilterSelectProps) {
  return (
    <label className="field-inline">
      <span className="field-inline__label">Review</span>
      <select className="select" value={value ?? 'all'} onChange={(event) => onChange(isReviewFilter(event.target.value) ? event.target.value : null)}>
        <option value="all">All drafts</option>
        {draftReviewFilters.map((filter) => (
          <option key={filter} value={filter}>
            {labels[filter]}
          </option>
        ))}
      </select>
    </label>
  );
}
