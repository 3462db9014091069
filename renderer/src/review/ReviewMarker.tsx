import { useReviewMark } from './reviewMarksStore';
import './review.css';

export type ReviewMarkerProps = { draftId: string; version: number };

/** Beside a draft in the library: "Changed since review", its open comment threads and who it is assigned to. */
export function ReviewMarker({ draftId, version }: ReviewMarkerProps) {
  const mark = useReviewMark(draftId, version);
  if (!mark || (!mark.changedSinceReview && mark.assignee === null && mark.openComments === 0)) return null;
  return (
    <span className="review-marker">
      {mark.changedSinceReview ? <span className="review-pill">Changed since review</span> : null}
      {mark.openComments > 0 ? <span className="review-pill review-pill--comments">{mark.openComments === 1 ? '1 open comment' : `${mark.openComments} open comments`}</span> : null}
      {mark.assignee !== null ? <span className="review-marker__assignee">Assigned to {mark.assignee}</span> : null}
    </span>
  );
}
