import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { schemaFingerprint } from '../../shared/editor/schemaFingerprint';
import { refusalOf, refusalWords, SCHEMA_PARAMETER, ServerNotice, type RefusalReason } from '../../shared/sync/deskProtocol';
import { getDraftIds } from './draftIds';
import { openDoc, type Desk } from './desk';
import { DESK_INDEX, deskDraftIds, listOnDesk } from './deskIndex';
import { draftDocName } from './draftDoc';
import { startImageSync } from './imageSync';
import { syncWords, type SyncStatus } from './syncStatus';
import type { SyncConfig } from './syncConfig';

/** Sync of every desk document over one websocket; saving never waits for it. */
export type DeskSync = {
  status: () => SyncStatus;
  onStatus: (listener: (status: SyncStatus) => void) => () => void;
  /** The provider of a document (for presence), once sync runs. */
  providerOf: (name: string) => HocuspocusProvider | null;
  stop: () => void;
};

/**
 * The websocket the provider opens, with an error listener of its own from the start. When the
 * provider gives up a socket still connecting (sync stopped, the app quitting, while the server is
 * out of reach) it removes its listeners first and then closes it, and `ws` reports "closed before
 * the connection was established" as an 'error' event: with no listener left, that event would be
 * an uncaught exception in the main process. The provider hears every error it listens for as before.
 */
class DeskWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

/** Reconnect delays: from half a second, doubling, up to fifteen seconds, with jitter. */
const RETRY = { delay: 500, factor: 2, maxDelay: 15_000, minDelay: 250, jitter: true, maxAttempts: 0 } as const;

/**
 * Starts syncing the desk with a server: one HocuspocusProviderWebsocket for all documents and one provider
 * per document (attached), for the desk index and every draft it lists, including drafts that arrive later;
 * and their pictures over HTTP on the same server (imageSync.ts).
 */
export function startDeskSync(desk: Desk, config: SyncConfig, onChange: (status: SyncStatus) => void): DeskSync {
  const providers = new Map<string, HocuspocusProvider>();
  const listeners = new Set<(status: SyncStatus) => void>([onChange]);
  let refusal: RefusalReason | null = null;
  let person: SyncStatus['person'] = null;
  let stopped = false;
  const named = (next: SyncStatus['person']) => {
    person = next;
    desk.person = () => person?.name ?? null;
    desk.role = () => person?.role ?? null;
  };
  // Who the server named last time, until it says again: offline, a viewer's laptop stays read-only.
  named(config.person ?? null);
  const url = `${config.serverUrl}/?${SCHEMA_PARAMETER}=${encodeURIComponent(schemaFingerprint())}`;
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: DeskWebSocket, messageReconnectTimeout: 30_000, ...RETRY });

  const compute = (): SyncStatus => {
    const base = { serverUrl: config.serverUrl, person };
    if (refusal !== null) return { ...base, state: 'refused', words: refusalWords[refusal] };
    if (socket.status !== WebSocketStatus.Connected) return { ...base, state: 'offline', words: syncWords.offline };
    const pending = [...providers.values()].some((provider) => !provider.isSynced || provider.hasUnsyncedChanges);
    return pending ? { ...base, state: 'syncing', words: syncWords.syncing } : { ...base, state: 'synced', words: syncWords.synced };
  };
  let last = '';
  const announce = () => {
    if (stopped) return;
    const status = compute();
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    for (const listener of listeners) listener(status);
  };

  const refuse = (reason: string) => {
    const known = refusalOf(reason);
    if (known === null || known === 'too-large') return;
    refusal = known;
    socket.disconnect();
    announce();
  };

  const handleNotice = (name: string, payload: string) => {
    let parsed: ReturnType<typeof ServerNotice.safeParse>;
    try {
      parsed = ServerNotice.safeParse(JSON.parse(payload));
    } catch {
      return;
    }
    if (!parsed.success) return;
    if (parsed.data.type === 'welcome') {
      named({ name: parsed.data.name, role: parsed.data.role });
    } else if (parsed.data.reason === 'too-large') {
      // Sending it again would be refused again: this document stays on this laptop until it is smaller.
      providers.get(name)?.detach();
      refusal = parsed.data.reason;
    } else {
      // The token was revoked while connected (or another refusal of the whole connection).
      refuse(parsed.data.reason);
    }
    announce();
  };

  const attach = (name: string) => {
    if (stopped || providers.has(name)) return;
    const provider = new HocuspocusProvider({
      name,
      document: openDoc(desk, name),
      websocketProvider: socket,
      token: config.token,
      onAuthenticationFailed: ({ reason }) => refuse(reason),
      onSynced: announce,
      onUnsyncedChanges: announce,
      onStateless: ({ payload }) => handleNotice(name, payload),
    });
    providers.set(name, provider);
    provider.attach();
  };

  const attachListed = () => {
    for (const id of deskDraftIds(desk)) attach(draftDocName(id));
  };
  const handleDeskUpdate = (name: string) => {
    if (name === DESK_INDEX) attachListed();
  };

  for (const id of getDraftIds(desk.db)) listOnDesk(desk, id.id, id.createdAt);
  desk.listeners.add(handleDeskUpdate);
  desk.isHeld = (name) => providers.has(name);
  desk.hasUnsyncedEdits = (name) => {
    const provider = providers.get(name);
    return provider !== undefined && (provider.hasUnsyncedChanges || !provider.isSynced);
  };
  socket.on('status', announce);
  attach(DESK_INDEX);
  attachListed();
  const images = startImageSync(desk, config);
  socket.on('status', ({ status }: { status: WebSocketStatus }) => {
    if (status === WebSocketStatus.Connected) images.retryNow();
  });
  announce();

  return {
    status: compute,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    providerOf: (name) => providers.get(name) ?? null,
    stop() {
      stopped = true;
      images.stop();
      desk.listeners.delete(handleDeskUpdate);
      desk.hasUnsyncedEdits = () => false;
      desk.isHeld = () => false;
      for (const provider of providers.values()) provider.destroy();
      providers.clear();
      socket.destroy();
    },
  };
}
