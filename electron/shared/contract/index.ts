import type { z } from 'zod';
import { draftsChannels } from './drafts';
import { settingsChannels } from './settings';
import { publishingChannels } from './publishing';
import { catalogChannels } from './catalog';
import { storeChannels } from './store';
import { syncChannels } from './sync';
import { imagesChannels } from './images';
import { reviewChannels } from './review';
import { liveChannels } from './live';
import type { LiveEvent } from './live';
import type { Result } from './result';

/**
 * Every IPC channel of Newsdesk, named `domain:verb`. Each domain's channels live in their own file;
 * add a domain by spreading it here.
 */
export const contract = {
  ...draftsChannels,
  ...settingsChannels,
  ...catalogChannels,
  ...publishingChannels,
  ...storeChannels,
  ...syncChannels,
  ...imagesChannels,
  ...reviewChannels,
  ...liveChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

/** The names of every channel, for the preload and for tests. */
export const channelNames = Object.keys(contract) as ChannelName[];

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;
export type Domain = DomainOf<ChannelName>;

type ApiMethod<C extends string> = C extends ChannelName ? (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> : never;

/** The API the renderer sees as `window.newsdesk`: one method per channel, grouped by domain. */
export type NewsdeskApi = {
  [D in Domain]: {
    [V in VerbOf<ChannelName, D>]: ApiMethod<`${D}:${V}`>;
  };
} & {
  /** Events from the shell (menu commands, flush before quit). */
  events: ShellEvents;
};

/** Commands the shell sends to the page from menus and the window. */
export const shellCommands = ['new-draft', 'export', 'import', 'settings', 'library'] as const;
export type ShellCommand = (typeof shellCommands)[number];

export type ShellEvents = {
  /** Calls back for each menu command; returns an unsubscribe function. */
  onCommand: (callback: (command: ShellCommand) => void) => () => void;
  /** The shell asks the page to save pending edits (before close or quit); the callback resolves when done. */
  onFlushRequest: (callback: () => Promise<void>) => () => void;
  /** Tells the shell the open draft's language (a BCP 47 tag), so the spellchecker checks that language. */
  setSpellCheckLanguage: (language: string) => void;
  /** Calls back for each update and presence change of the open draft's live document; returns an unsubscribe function. */
  onLiveEvent: (callback: (event: LiveEvent) => void) => () => void;
};
