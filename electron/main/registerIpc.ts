import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../shared/contract/index';
import { shellChannels } from '../shared/contract/shellChannels';
import type { IpcGate } from '../core/shell/createIpcGate';
import type { FlushRequests } from '../core/shell/createFlushRequests';
import { isTrustedSender } from '../core/shell/isTrustedSender';

function sender(event: IpcMainEvent | IpcMainInvokeEvent): { senderUrl: string | undefined; isMainFrame: boolean } {
  const frame = event.senderFrame;
  return { senderUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null };
}

/**
 * One `ipcMain.handle` per contract channel, each going through the gate (sender check, then
 * dispatch), and the listeners for the page's flush replies and its draft's language, which must
 * come from the app too.
 */
export function registerIpc(gate: IpcGate, flushRequests: FlushRequests, allowedOrigins: readonly string[], onSpellCheckLanguage: (payload: unknown) => void): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => gate({ ...sender(event), channel, input }));
  }
  ipcMain.on(shellChannels.flushDone, (event, reply: unknown) => {
    const from = sender(event);
    if (!from.isMainFrame || !isTrustedSender(from.senderUrl, allowedOrigins)) return;
    if (typeof reply !== 'object' || reply === null || !('id' in reply)) return;
    flushRequests.settle(reply.id, 'ok' in reply ? reply.ok : false);
  });
  ipcMain.on(shellChannels.spellCheckLanguage, (event, language: unknown) => {
    const from = sender(event);
    if (from.isMainFrame && isTrustedSender(from.senderUrl, allowedOrigins)) onSpellCheckLanguage(language);
  });
}
