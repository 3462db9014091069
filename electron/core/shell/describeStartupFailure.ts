/** What to tell the user when the drafts database cannot be opened at all. */
export type StartupFailure = { title: string; message: string };

/**
 * Turns an error from opening the engine into plain words for a dialog: no stack trace, and for a
 * developer whose addon was built for Node rather than Electron, the command that fixes it.
 */
export function describeStartupFailure(error: unknown, isPackaged: boolean): StartupFailure {
  const text = error instanceof Error ? error.message : String(error);
  const title = 'Newsdesk cannot open its drafts';
  const wrongAbi = /NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|Could not locate the bindings file/.test(text);
  if (wrongAbi && !isPackaged) {
    return {
      title,
      message:
        'The database module has not been built for Electron. Run "npm start", which builds it (node scripts/electron-native.js), then try again.',
    };
  }
  if (wrongAbi) {
    return { title, message: 'The database module of this installation is damaged. Please reinstall Newsdesk; your drafts are kept.' };
  }
  return {
    title,
    message: `Newsdesk could not open its database, and has changed nothing in it. ${firstLine(text)}`,
  };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
