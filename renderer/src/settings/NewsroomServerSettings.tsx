import { useId, useState, type FormEvent } from 'react';
import { request } from '../api/request';
import { useSyncStatus } from '../sync/useSyncStatus';

/** Where drafts sync: the newsroom server's address and this person's access token (kept by the app, never shown again). */
export function NewsroomServerSettings() {
  const [status, setStatus] = useSyncStatus();
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const addressId = useId();
  const tokenId = useId();
  const connected = status !== null && status.state !== 'local';

  const handleConnect = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request((api) => api.sync.connect({ serverUrl, token }));
    if (!result.ok) return setMessage(result.error.message);
    setToken('');
    setMessage(null);
    setStatus(result.value);
  };

  const handleDisconnect = async () => {
    const result = await request((api) => api.sync.disconnect({}));
    if (!result.ok) return setMessage(result.error.message);
    setStatus(result.value);
  };

  return (
    <fieldset className="settings__fieldset">
      <legend>Newsroom server</legend>
      <p className="hint">
        {connected
          ? `${status.serverUrl ?? ''}${status.person ? ` as ${status.person.name} (${status.person.role})` : ''}`
          : 'Drafts stay on this laptop. Connect to share them with the newsroom.'}
      </p>
      <form className="settings__server" onSubmit={(event) => void handleConnect(event)}>
        <label htmlFor={addressId}>Server address</label>
        <input id={addressId} type="url" placeholder="wss://desk.example.org" value={serverUrl} onChange={(event) => setServerUrl(event.target.value)} required />
        <label htmlFor={tokenId}>Access token</label>
        <input id={tokenId} type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} required />
        <button type="submit" className="button">
          Connect
        </button>
        <button type="button" className="button" disabled={!connected} onClick={() => void handleDisconnect()}>
          Disconnect
        </button>
      </form>
      <p className="hint" role="status">
        {message ?? status?.words ?? ''}
      </p>
    </fieldset>
  );
}
