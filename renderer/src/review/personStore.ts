import { useSyncExternalStore } from 'react';
import { request } from '../api/request';

type PersonSnapshot = { loaded: boolean; name: string | null };

let current: PersonSnapshot = { loaded: false, name: null };
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

/** Who this laptop acts as, kept up to date; starts loading on first use. */
export function usePerson(): PersonSnapshot {
  void loadPerson();
  return useSyncExternalStore(subscribe, () => current);
}

/** Your name as loaded so far, outside React (null until loaded or given). */
export function personName(): string | null {
  void loadPerson();
  return current.name;
}
