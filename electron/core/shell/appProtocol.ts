/**
 * Where the app's own page lives: a privileged custom scheme, never a remote URL. The host names the
 * app, so `app://newsdesk` is the only origin the shell trusts outside development.
 */
export const appProtocol = {
  scheme: 'app',
  host: 'newsdesk',
  origin: 'app://newsdesk',
  entryUrl: 'app://newsdesk/index.html',
} as const;
