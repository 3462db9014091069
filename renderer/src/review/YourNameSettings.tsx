import { useEffect, useState, type FormEvent } from 'react';
import { savePerson, usePerson } from './personStore';

/** Settings > Your name: who this laptop acts as in reviews and the workflow. */
export function YourNameSettings() {
  const person = usePerson();
  const [name, setName] = useState(person.name ?? '');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  useEffect(() => setName(person.name ?? ''), [person.name]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await savePerson(name);
    setMessage(failure === null ? { kind: 'done', text: 'Your name is saved.' } : { kind: 'error', text: failure });
  };

  return (
    <form className="settings" onSubmit={(event) => void handleSubmit(event)}>
      <fieldset className="settings__fieldset">
        <legend>You</legend>
        <label className="settings__text">
          Your name
          <input className="input" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
        </label>
        {message ? (
          <p className={`hint${message.kind === 'error' ? ' hint--error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        ) : null}
        <div className="modal__buttons">
          <button type="submit" className="button">
            Save name
          </button>
        </div>
      </fieldset>
    </form>
  );
}
