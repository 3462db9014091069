import { useSyncExternalStore } from 'react';
import { request } from '../api/request';

type PersonSnapshot = { loaded: boolean; name: string | null };

let current: PersonSnapshot = { loaded: false, name: null };
// With a newsroom server, the person the server named for the access token speaks, not Your name.
let serverName: string | null = null;
let seen: PersonSnapshot = current;

function snapshot(): PersonSnapshot {
  const name = serverName ?? current.name;
  if (seen.loaded !== (current.loaded || serverName !== null) || seen.name !== name) seen = { loaded: current.loaded || serverName !== null, name };
  return seen;
}
let loading: Promise<PersonSnapshot> | null = null;
const listeners = new Set<() => void>();

function publish(name: string | null): PersonSnapshot {
  current = { loaded: true, name };
  for (const listener of listeners) listener();
  return current;
}

/** Loads Your name from the store once; resolves to it (null when not given yet). */
export function loadPerson(): Promise<PersonSnapshot> {
  loading ??= request((api) => api.review.person({})).then((result) => (result.ok ? publish(result.value.name) : current));
  return loading;
}

/** Saves Your name; resolves to an error message, or null when saved. */
export async function savePerson(name: string): Promise<string | null> {
  const result = await request((api) => api.review.setPerson({ name }));
  if (!result.ok) return result.error.message;
  publish(result.value.name);
  return null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the store who the server named for this laptop's token (null: no server, Your name speaks). */
export function setServerPerson(name: string | null): void {
  if (serverName === name) return;
  serverName = name;
  for (const listener of listeners) listener();
}

/** Who this laptop acts as (the server's person, else Your name), kept up to date; starts loading on first use. */
export function usePerson(): PersonSnapshot {
  void loadPerson();
  return useSyncExternalStore(subscribe, snapshot);
}

/** Who this laptop acts as, outside React (null until loaded or given). */
export function personName(): string | null {
  void loadPerson();
  return snapshot().name;
}
