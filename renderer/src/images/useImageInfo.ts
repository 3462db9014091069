import { useEffect, useState } from 'react';
import type { ImageInfo } from '../../../electron/shared/model/image';
import { request } from '../api/request';

const cache = new Map<string, Promise<ImageInfo | null>>();

function loadImageInfo(id: string): Promise<ImageInfo | null> {
  let pending = cache.get(id);
  if (pending === undefined) {
    pending = request((api) => api.images.get({ id })).then((result) => (result.ok ? result.value : null));
    cache.set(id, pending);
  }
  return pending;
}

/** What the store knows of a picture (size, what was stripped), asked once per picture; null until known or when unknown. */
export function useImageInfo(id: string): ImageInfo | null {
  const [info, setInfo] = useState<ImageInfo | null>(null);
  useEffect(() => {
    let current = true;
    if (id === '') return undefined;
    void loadImageInfo(id).then((loaded) => {
      if (current) setInfo(loaded);
    });
    return () => {
      current = false;
    };
  }, [id]);
  return info;
}
