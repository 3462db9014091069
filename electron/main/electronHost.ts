import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Host } from '../core/host';
import { isExternalUrl } from '../core/shell/isExternalUrl';
import { AppError } from '../shared/contract/result';

/**
 * The engine's Host in Electron: native save and open dialogs over the window, starting in the folder
 * the user chose last, the system browser for web and mail links only, and the file manager.
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
  };
}
