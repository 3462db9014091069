import { useId, useSyncExternalStore } from 'react';
import type { ValueStore } from './valueStore';

/** Who else has this draft open, by the names the newsroom server gives them; nothing when no one else is. */
export function PresenceList({ people }: { people: ValueStore<readonly string[]> }) {
  const names = useSyncExternalStore(people.subscribe, people.get);
  const labelId = useId();
  if (names.length === 0) return null;
  return (
    <div className="presence">
      <span id={labelId}>Also here:</span>
      <ul className="presence" aria-labelledby={labelId}>
        {names.map((name) => (
          <li key={name} className="presence__person">
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
