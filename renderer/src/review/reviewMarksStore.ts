import { useEffect, useSyncExternalStore } from 'react';
import type { ReviewMark } from '../../../electron/shared/model/review';
import { request } from '../api/request';

const marks = new Map<string, ReviewMark>();
const wanted = new Set<string>();
const listeners = new Set<() => void>();
let scheduled = false;
let generation = 0;

function keyOf(draftId: string, version: number): string {
  return `${draftId}:${version}`;
}

async function fetchWanted(): Promise<void> {
  scheduled = false;
  const keys = [...wanted];
  wanted.clear();
  const forGeneration = generation;
  const ids = [...new Set(keys.map((key) => key.slice(0, 36)))];
  const result = await request((api) => api.review.marks({ ids }));
  if (!result.ok || forGeneration !== generation) return;
  const byId = new Map(result.value.map((mark) => [mark.draftId, mark]));
  for (const key of keys) {
    const mark = byId.get(key.slice(0, 36));
    if (mark) marks.set(key, mark);
  }
  for (const listener of listeners) listener();
}

function want(key: string): void {
  if (marks.has(key) || wanted.has(key)) return;
  wanted.add(key);
  if (scheduled) return;
  scheduled = true;
  // The rows of one render ask together: one request for the page on screen.
  queueMicrotask(() => void fetchWanted());
}

/** Forgets every mark (after a review or an assignment), so rows ask again. */
export function forgetReviewMarks(): void {
  generation += 1;
  marks.clear();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A library row's review mark, fetched in one batch with the other rows on screen. */
export function useReviewMark(draftId: string, version: number): ReviewMark | undefined {
  const key = keyOf(draftId, version);
  useEffect(() => want(key));
  return useSyncExternalStore(subscribe, () => marks.get(key));
}
