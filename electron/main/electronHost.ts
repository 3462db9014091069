import path from 'node:path';
import { app, dialog, safeStorage, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Host } from '../core/host';
import { isExternalUrl } from '../core/shell/isExternalUrl';
import type { SecretBox } from '../core/sync/syncConfig';
import { AppError } from '../shared/contract/result';

const SEALED = 1;
const PLAIN = 0;

/** The newsroom token sealed by the OS keychain (safeStorage) where there is one; the first byte says which. */
const keychainBox: SecretBox = {
  encrypt(text) {
    if (!safeStorage.isEncryptionAvailable()) return Buffer.concat([Buffer.from([PLAIN]), Buffer.from(text, 'utf8')]);
    return Buffer.concat([Buffer.from([SEALED]), safeStorage.encryptString(text)]);
  },
  decrypt(sealed) {
    const body = sealed.subarray(1);
    return sealed[0] === SEALED ? safeStorage.decryptString(body) : body.toString('utf8');
  },
};

/**
 * The engine's Host in Electron: native save and open dialogs over the window, starting in the folder
 * the user chose last, the system browser for web and mail links only, the file manager, and the keychain
 * that seals the newsroom access token.
 */
export function createElectronHost(getWindow: () => BrowserWindow | undefined): Host {
  let lastFolder: string | undefined;
  const startFolder = () => lastFolder ?? app.getPath('documents');
  return {
    async chooseSavePath({ title, defaultPath, filters }) {
      const options = { title, filters, defaultPath: path.join(startFolder(), path.basename(defaultPath)) };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastFolder = path.dirname(result.filePath);
      return result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const options: OpenDialogOptions = { title, filters, defaultPath: startFolder(), properties: ['openFile'] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const chosen = result.filePaths[0];
      if (result.canceled || chosen === undefined) return null;
      lastFolder = path.dirname(chosen);
      return chosen;
    },
    async openExternal(url) {
      if (!isExternalUrl(url)) throw new AppError('invalid_input', 'Only web (http, https) and mail links can be opened.');
      await shell.openExternal(url);
    },
    showInFolder(filePath) {
      shell.showItemInFolder(filePath);
      return Promise.resolve();
    },
    secrets: keychainBox,
  };
}
