import { useEffect, useState } from 'react';
import type { ImageInfo } from '../../../electron/shared/model/image';
import { request } from '../api/request';

const cache = new Map<string, Promise<ImageInfo | null>>();

function loadImageInfo(id: string): Promise<ImageInfo | null> {
  let pending = cache.get(id);
  if (pending === undefined) {
    pending = request((api) => api.images.get({ id })).then((result) => (result.ok ? result.value : null));
    cache.set(id, pending);
    // Only a picture that is here is remembered: one still on its way is asked for again.
    void pending.then((info) => {
      if (info === null) cache.delete(id);
    });
  }
  return pending;
}

/** How often a picture this laptop does not have yet is asked for again (the engine fetches it from the newsroom). */
const ASK_AGAIN_MS = [1_000, 2_000, 4_000, 8_000] as const;

/** What the page knows of a picture: its info once known, and whether this laptop lacks it (yet). */
export type ImageState = { info: ImageInfo | null; missing: boolean };

/**
 * What the store knows of a picture (size, what was stripped), asked once per picture. A picture this laptop
 * does not have (a draft from another laptop whose picture is still coming from the newsroom server) is
 * `missing` and asked for again, every few seconds, until it is here.
 */
export function useImageInfo(id: string): ImageState {
  const [state, setState] = useState<ImageState>({ info: null, missing: false });
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ info: null, missing: false });
    if (id === '') return undefined;
    const ask = (attempt: number) => {
      void loadImageInfo(id).then((loaded) => {
        if (!current) return;
        setState({ info: loaded, missing: loaded === null });
        if (loaded === null) timer = setTimeout(() => ask(attempt + 1), ASK_AGAIN_MS[Math.min(attempt, ASK_AGAIN_MS.length - 1)]);
      });
    };
    ask(0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id]);
  return state;
}
