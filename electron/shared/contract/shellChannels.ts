/**
 * The few IPC messages between the shell and the page that are not engine calls: menu commands
 * going down, the flush-before-close handshake, and the draft's language for the spellchecker. Engine calls use the contract's `domain:verb`
 * channels instead.
 */
export const shellChannels = {
  /** main -> page: a menu command (payload: a ShellCommand). */
  command: 'shell:command',
  /** main -> page: save pending edits now (payload: a request id). */
  flushRequest: 'shell:flush-request',
  /** page -> main: the flush with this request id is over (payload: { id, ok }). */
  flushDone: 'shell:flush-done',
  /** page -> main: the open draft's language, for the spellchecker (payload: a BCP 47 tag such as pt-BR). */
  spellCheckLanguage: 'shell:spell-check-language',
  /** main -> page: an update or presence change of the open draft's live document (payload: a LiveEvent). */
  liveEvent: 'shell:live-event',
} as const;

export type ShellChannel = (typeof shellChannels)[keyof typeof shellChannels];
