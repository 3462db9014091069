import type { ReviewState } from '../../../electron/shared/model/review';
import type { CompareRange } from './compareRange';
import './review.css';

export type ReviewBannerProps = {
  state: ReviewState | null;
  onCompare: (range: CompareRange) => void;
};

/** On opening a draft I reviewed that has changed since: how many changes, and a way to see them. */
export function ReviewBanner({ state, onCompare }: ReviewBannerProps) {
  const review = state?.review;
  if (!review || review.changesSince === 0) return null;
  const count = review.changesSince === 1 ? '1 change' : `${review.changesSince} changes`;
  return (
    <section className="notice notice--review" aria-label="Changed since you reviewed it">
      <span className="notice__text">
        <strong>Changed since you reviewed it</strong>: {count}.
      </span>
      <button type="button" className="button" onClick={() => onCompare({ from: { revisionId: review.revisionId }, to: { current: true } })}>
        Show the changes
      </button>
    </section>
  );
}
