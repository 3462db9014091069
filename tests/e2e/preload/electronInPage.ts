/**
 * The `electron` module as the harness's page sees it: the real preload (electron/preload/index.ts) is
 * bundled with this file in place of `electron`, so the browser tests run the shipped preload and only
 * the transport differs. `ipcRenderer.invoke` goes to the harness's engine through a Playwright binding,
 * `ipcRenderer.send` to the harness's shell, and the harness emits shell messages with
 * `window.__newsdeskShellEmit`, as the main process does with `webContents.send`.
 */
type Listener = (event: unknown, payload: unknown) => void;

type HarnessWindow = Window & {
  __newsdeskInvoke?: (channel: string, inputJson: string) => Promise<string>;
  __newsdeskShellSend?: (channel: string, payload: unknown) => Promise<void>;
};

const harnessWindow: HarnessWindow = window;
const listeners = new Map<string, Set<Listener>>();
// Like Electron's IpcRendererEvent, which the preload never hands on to the page.
const ipcEvent = Object.freeze({ sender: null });

Object.defineProperty(window, '__newsdeskShellEmit', {
  value: (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(ipcEvent, payload);
  },
});

export const ipcRenderer = {
  async invoke(channel: string, input: unknown): Promise<unknown> {
    const call = harnessWindow.__newsdeskInvoke;
    if (call === undefined) throw new Error(`No handler registered for '${channel}'`);
    // JSON both ways: as strict as Electron's structured clone for the JSON-safe values the preload sends.
    return JSON.parse(await call(channel, JSON.stringify(input ?? null)));
  },
  on(channel: string, listener: Listener): void {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
  },
  removeListener(channel: string, listener: Listener): void {
    listeners.get(channel)?.delete(listener);
  },
  send(channel: string, payload: unknown): void {
    void harnessWindow.__newsdeskShellSend?.(channel, payload);
  },
};

function deepFreeze(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const member of Object.values(value)) deepFreeze(member);
  return Object.freeze(value);
}

export const contextBridge = {
  /** As Electron's: the page gets a frozen copy of the API under `window[key]`, and cannot replace it. */
  exposeInMainWorld(key: string, api: unknown): void {
    Object.defineProperty(window, key, { value: deepFreeze(api) });
  },
};
