import { shellCommands, type ShellCommand, type ShellEvents } from '../shared/contract/index';
import { LiveEvent } from '../shared/contract/live';
import { shellChannels, type ShellChannel } from '../shared/contract/shellChannels';

/** The IPC the events need: listening (without the event object, which holds ipcRenderer) and sending. */
export type ShellTransport = {
  on: (channel: ShellChannel, listener: (payload: unknown) => void) => () => void;
  send: (channel: ShellChannel, payload: unknown) => void;
};

function isShellCommand(value: unknown): value is ShellCommand {
  return shellCommands.some((command) => command === value);
}

/**
 * The shell's events for the page: menu commands, flush requests before the window closes, the
 * draft's language for the spellchecker, and the open draft's live document changes (checked again here). Each flush request runs every registered callback and
 * replies once all have settled (ok only when all succeeded); with no callback registered it replies
 * at once, so closing never waits for nothing.
 */
export function createShellEvents(transport: ShellTransport): ShellEvents {
  const flushCallbacks = new Set<() => Promise<void>>();
  transport.on(shellChannels.flushRequest, (id) => {
    void Promise.allSettled([...flushCallbacks].map(async (callback) => callback())).then((outcomes) => {
      transport.send(shellChannels.flushDone, { id, ok: outcomes.every((outcome) => outcome.status === 'fulfilled') });
    });
  });
  return {
    onCommand(callback) {
      return transport.on(shellChannels.command, (command) => {
        if (isShellCommand(command)) callback(command);
      });
    },
    onFlushRequest(callback) {
      const entry = () => callback();
      flushCallbacks.add(entry);
      return () => {
        flushCallbacks.delete(entry);
      };
    },
    setSpellCheckLanguage(language) {
      // Main checks the tag again; only a string crosses.
      if (typeof language === 'string') transport.send(shellChannels.spellCheckLanguage, language.slice(0, 35));
    },
    onLiveEvent(callback) {
      return transport.on(shellChannels.liveEvent, (payload) => {
        const event = LiveEvent.safeParse(payload);
        if (event.success) callback(event.data);
      });
    },
  };
}
