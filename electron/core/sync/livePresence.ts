import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Desk } from './desk';
import type { SyncControl } from './syncControl';

/** Who else is in each document the page has open, from Yjs awareness on the engine's provider for it. */
export type LivePresence = {
  /** The names of the other people in a document (none with no server). */
  people: (name: string) => string[];
  /** Follows the documents open in the page now and the providers sync runs now (call after either changes). */
  refresh: () => void;
  stop: () => void;
};

type Watch = { provider: HocuspocusProvider; shown: string; stop: () => void };

function awarenessOf(provider: HocuspocusProvider) {
  return provider.awareness;
}

function otherPeople(provider: HocuspocusProvider): string[] {
  const awareness = awarenessOf(provider);
  if (awareness === null) return [];
  const names = new Set<string>();
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state.user;
    if (clientId === awareness.clientID || typeof user !== 'object' || user === null || !('name' in user)) continue;
    if (typeof user.name === 'string' && user.name !== '') names.add(user.name.slice(0, 200));
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/**
 * Presence for the page: while a draft is open, this laptop's person (as the server names them) is in the
 * awareness of the draft's provider, and `onPeople` hears the other names whenever they change.
 */
export function createLivePresence(desk: Desk, sync: SyncControl, onPeople: (name: string, people: string[]) => void): LivePresence {
  const watches = new Map<string, Watch>();
  const announce = (name: string, watch: Watch) => {
    const people = otherPeople(watch.provider);
    const shown = JSON.stringify(people);
    if (shown === watch.shown) return;
    watch.shown = shown;
    onPeople(name, people);
  };
  const unwatch = (name: string) => {
    const watch = watches.get(name);
    if (watch === undefined) return;
    watches.delete(name);
    watch.stop();
    if (watch.shown !== '[]') onPeople(name, []);
  };
  const watch = (name: string, provider: HocuspocusProvider) => {
    const awareness = awarenessOf(provider);
    if (awareness === null) return;
    const entry: Watch = { provider, shown: '[]', stop: () => {} };
    const handleChange = () => announce(name, entry);
    awareness.on('change', handleChange);
    entry.stop = () => {
      awareness.off('change', handleChange);
      awareness.setLocalStateField('user', null);
    };
    watches.set(name, entry);
  };
  const refresh = () => {
    for (const name of [...watches.keys()]) {
      if (!desk.openInPage.has(name) || sync.providerOf(name) !== watches.get(name)?.provider) unwatch(name);
    }
    const person = desk.person();
    for (const name of desk.openInPage) {
      const provider = sync.providerOf(name);
      if (provider === null) continue;
      if (!watches.has(name)) watch(name, provider);
      const entry = watches.get(name);
      const awareness = awarenessOf(provider);
      if (entry === undefined || awareness === null) continue;
      const user: unknown = awareness.getLocalState()?.user;
      const current = typeof user === 'object' && user !== null && 'name' in user ? user.name : null;
      if (person !== null && current !== person) awareness.setLocalStateField('user', { name: person });
      announce(name, entry);
    }
  };
  const stopStatus = sync.onStatus(refresh);
  return {
    people: (name) => {
      const entry = watches.get(name);
      return entry === undefined ? [] : otherPeople(entry.provider);
    },
    refresh,
    stop() {
      stopStatus();
      for (const name of [...watches.keys()]) unwatch(name);
    },
  };
}
