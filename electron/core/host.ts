import type { SecretBox } from './sync/syncConfig';

/** A file filter for native dialogs. */
export type FileFilter = { name: string; extensions: string[] };

/**
 * What the engine asks of whoever hosts it: native dialogs and the system browser in Electron,
 * scripted answers in tests and the browser harness.
 */
export type Host = {
  /** Asks where to save; null when the user cancels. */
  chooseSavePath: (options: { title: string; defaultPath: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Asks for a file to open; null when the user cancels. */
  chooseOpenPath: (options: { title: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Opens an http(s) or mailto URL outside the app. */
  openExternal: (url: string) => Promise<void>;
  /** Shows a file in the system's file manager (Finder, Explorer, Files). */
  showInFolder: (filePath: string) => Promise<void>;
  /** Seals the newsroom access token at rest (Electron's safeStorage); without it the token is kept as typed. */
  secrets?: SecretBox;
};

/** A host with no user to ask: every dialog is cancelled. Used by the CLI. */
export const headlessHost: Host = {
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
  openExternal: () => Promise.resolve(),
  showInFolder: () => Promise.resolve(),
};
