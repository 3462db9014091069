import type { NewsdeskApi } from '../../../electron/shared/contract/index';

declare global {
  // Window is an interface in lib.dom, so extending it needs one too.
  interface Window {
    newsdesk?: NewsdeskApi;
  }
}

/** Thrown when the page runs without the shell's bridge (opened directly in a browser). */
export class MissingBridgeError extends Error {
  constructor() {
    super('Newsdesk is not connected to its drafts store. Open it from the Newsdesk app.');
    this.name = 'MissingBridgeError';
  }
}

/** The shell's API (`window.newsdesk`), typed from the contract. */
export function newsdeskApi(): NewsdeskApi {
  const api = window.newsdesk;
  if (!api) throw new MissingBridgeError();
  return api;
}

/** Whether the shell's bridge is present. */
export function hasNewsdeskApi(): boolean {
  return window.newsdesk !== undefined;
}
