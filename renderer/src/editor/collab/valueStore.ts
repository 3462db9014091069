/** A value that components follow with useSyncExternalStore, without re-rendering what does not show it. */
export type ValueStore<T> = { get: () => T; subscribe: (listener: () => void) => () => void };

/** A value store and its setter. */
export function createValueStore<T>(initial: T): ValueStore<T> & { set: (value: T) => void } {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
