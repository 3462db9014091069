import type { CompareSide } from '../../../electron/shared/model/review';

/** The two versions a compare view shows: older first. */
export type CompareRange = { from: CompareSide; to: CompareSide };
