import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type NewsdeskApi } from '../shared/contract/index';
import { buildApi } from './buildApi';
import { createShellEvents } from './createShellEvents';

// The page gets named methods and events only: never ipcRenderer, never an IPC event object.
const api: NewsdeskApi = {
  ...buildApi(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
  events: createShellEvents({
    on(channel, listener) {
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
    send(channel, payload) {
      ipcRenderer.send(channel, payload);
    },
  }),
};

contextBridge.exposeInMainWorld('newsdesk', api);
