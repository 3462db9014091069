import { useCallback, useEffect, useState } from 'react';
import type { ReviewState } from '../../../electron/shared/model/review';
import { request } from '../api/request';

/** A draft's review state for this person, loaded when the draft opens; `reload` after a review. */
export function useReviewState(draftId: string): { state: ReviewState | null; setState: (state: ReviewState) => void; reload: () => void } {
  const [state, setState] = useState<ReviewState | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void request((api) => api.review.state({ draftId })).then((result) => {
      if (!cancelled && result.ok) setState(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, setState, reload };
}
