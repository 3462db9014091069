import { decodeImageBundle, encodeImageBundle, MAX_BUNDLE_BYTES, serverImagePath } from '../../shared/sync/imageBundle';
import { imageIdsOfDraft } from '../../shared/sync/draftImages';
import { getDraft } from '../drafts/getDraft';
import { getImageInfo } from '../images/getImage';
import { bundleOfStoredImage, storeReceivedImage } from '../images/imageBundles';
import type { Desk } from './desk';
import { draftIdOf } from './draftDoc';
import { getDraftIds } from './draftIds';
import type { SyncConfig } from './syncConfig';

/** Pictures travelling with the desk's drafts; stopping it cancels what is under way. */
export type ImageSync = {
  /** Tries again now what is waiting out a backoff (the server is back). */
  retryNow: () => void;
  stop: () => void;
};

type Job = { kind: 'upload' | 'download'; image: string; draft: string; attempt: number };

/** How long a changed draft waits before its pictures are looked at (typing changes it many times a second). */
const SCAN_DELAY_MS = 250;
/** Retries back off from one second to a minute. */
const RETRY = { first: 1_000, max: 60_000 } as const;
/** Transfers at once: pictures are large, and typing must not wait behind them. */
const AT_ONCE = 2;
/** After this many tries (about eight minutes) a picture is left until its draft changes again. */
const MAX_ATTEMPTS = 10;

/** The server's HTTP address for its websocket address (the same host and port). */
export function httpBaseOf(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.toString().replace(/\/+$/, '');
}

/**
 * Sends the pictures of every draft on the desk to the newsroom server, and brings in those this laptop lacks
 * (for every draft, not only the open one, so a draft reads and exports offline with its pictures). A picture
 * is sent once (the server is asked first) and fetched for a draft that uses it; one that has not reached the
 * server yet is asked for again, backing off. Nothing here blocks saving or typing.
 */
export function startImageSync(desk: Desk, config: SyncConfig, fetchImpl: typeof fetch = fetch): ImageSync {
  const base = httpBaseOf(config.serverUrl);
  const headers = { Authorization: `Bearer ${config.token}` };
  const onServer = new Set<string>();
  const jobs = new Map<string, Job>();
  const waiting: Job[] = [];
  const delayed = new Map<Job, ReturnType<typeof setTimeout>>();
  const scans = new Map<string, ReturnType<typeof setTimeout>>();
  const aborts = new Set<AbortController>();
  let running = 0;
  let stopped = false;

  const call = async (path: string, init: RequestInit): Promise<Response> => {
    const abort = new AbortController();
    aborts.add(abort);
    try {
      return await fetchImpl(`${base}${path}`, { ...init, headers: { ...headers, ...init.headers }, signal: abort.signal });
    } finally {
      aborts.delete(abort);
    }
  };

  /** True when done, false to try again later. */
  const upload = async (job: Job): Promise<boolean> => {
    const head = await call(serverImagePath(job.image), { method: 'HEAD' });
    if (head.status === 200) return true;
    if (head.status === 401) return stopAll();
    const bundle = bundleOfStoredImage(desk.db, job.image);
    if (bundle === null) return true;
    const body = encodeImageBundle(bundle);
    if (body.length > MAX_BUNDLE_BYTES) return true;
    const put = await call(serverImagePath(job.image), { method: 'PUT', body, headers: { 'Content-Type': 'application/octet-stream' } });
    if (put.status === 401) return stopAll();
    // A viewer may not add pictures; a refused bundle would be refused again.
    return put.ok || put.status === 403 || put.status === 400 || put.status === 413;
  };

  const download = async (job: Job): Promise<boolean> => {
    if (getImageInfo(desk.db, job.image) !== null) return true;
    const response = await call(`${serverImagePath(job.image)}?draft=${encodeURIComponent(job.draft)}`, { method: 'GET' });
    if (response.status === 401) return stopAll();
    if (!response.ok) return false;
    const decoded = decodeImageBundle(new Uint8Array(await response.arrayBuffer()));
    if ('error' in decoded || decoded.manifest.id !== job.image) {
      desk.report(new Error(`A picture from the server was refused: ${'error' in decoded ? decoded.error : 'it is not the one asked for'}`), 'fetching a picture');
      return true;
    }
    await storeReceivedImage(desk.db, decoded, desk.now());
    return true;
  };

  function stopAll(): boolean {
    // The token was refused: the desk's status says so; asking again would be refused again.
    stopped = true;
    return true;
  }

  const pump = () => {
    while (!stopped && running < AT_ONCE && waiting.length > 0) {
      const job = waiting.shift();
      if (job === undefined) return;
      running += 1;
      void (job.kind === 'upload' ? upload(job) : download(job))
        .catch((error: unknown) => {
          if (!stopped && !(error instanceof Error && error.name === 'AbortError')) desk.report(error, `${job.kind === 'upload' ? 'sending' : 'fetching'} a picture`);
          return false;
        })
        .then((done) => {
          running -= 1;
          if (done || job.attempt + 1 >= MAX_ATTEMPTS) {
            jobs.delete(job.image);
            if (done && job.kind === 'upload') onServer.add(job.image);
          } else {
            const next = { ...job, attempt: job.attempt + 1 };
            jobs.set(job.image, next);
            const timer = setTimeout(() => {
              delayed.delete(next);
              if (stopped) return;
              waiting.push(next);
              pump();
            }, Math.min(RETRY.first * 2 ** job.attempt, RETRY.max));
            delayed.set(next, timer);
          }
          pump();
        });
    }
  };

  const enqueue = (job: Job) => {
    if (jobs.has(job.image)) return;
    jobs.set(job.image, job);
    waiting.push(job);
    pump();
  };

  const scan = (draftId: string) => {
    const draft = getDraft(desk.db, draftId);
    if (draft === null) return;
    for (const image of imageIdsOfDraft(draft)) {
      const here = getImageInfo(desk.db, image) !== null;
      if (here && onServer.has(image)) continue;
      enqueue({ kind: here ? 'upload' : 'download', image, draft: draftId, attempt: 0 });
    }
  };

  const scanSoon = (name: string) => {
    const id = draftIdOf(name);
    if (id === null || stopped || scans.has(id)) return;
    scans.set(
      id,
      setTimeout(() => {
        scans.delete(id);
        if (!stopped) scan(id);
      }, SCAN_DELAY_MS),
    );
  };

  desk.listeners.add(scanSoon);
  for (const { id } of getDraftIds(desk.db)) scan(id);

  return {
    retryNow() {
      for (const [job, timer] of delayed) {
        clearTimeout(timer);
        waiting.push(job);
      }
      delayed.clear();
      pump();
    },
    stop() {
      stopped = true;
      desk.listeners.delete(scanSoon);
      for (const timer of [...delayed.values(), ...scans.values()]) clearTimeout(timer);
      for (const abort of aborts) abort.abort();
    },
  };
}
