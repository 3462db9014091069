import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { createEngine, type Engine } from '../core/engine';
import { DATABASE_FILE_NAME } from '../core/db/defaultDbPath';
import { appProtocol } from '../core/shell/appProtocol';
import { buildMenuTemplate } from '../core/shell/buildMenuTemplate';
import { contentSecurityPolicy } from '../core/shell/contentSecurityPolicy';
import { createFlushRequests } from '../core/shell/createFlushRequests';
import { createIpcGate } from '../core/shell/createIpcGate';
import { describeStartupFailure } from '../core/shell/describeStartupFailure';
import { devServerUrl } from '../core/shell/devServerUrl';
import { nativeBindingPath } from '../core/shell/nativeBindingPath';
import { createWindowStateFile } from '../core/shell/windowStateFile';
import { shellChannels } from '../shared/contract/shellChannels';
import type { ShellCommand } from '../shared/contract/index';
import { registerAppScheme, serveAppScheme } from './appScheme';
import { installContextMenu, setSpellCheckLanguage } from './contextMenu';
import { createMainWindow } from './createMainWindow';
import { createElectronHost } from './electronHost';
import { registerIpc } from './registerIpc';
import { guardWebContents, secureSession } from './secureSession';

const log = (message: string) => console.error(`[newsdesk] ${message}`);
const describeError = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
const isDevelopment = !app.isPackaged;
const devServer = devServerUrl(process.env.NEWSDESK_DEV_SERVER_URL, app.isPackaged);
const allowedOrigins = devServer ? [appProtocol.origin, devServer.origin] : [appProtocol.origin];
const policy = contentSecurityPolicy(devServer ? { devServerOrigin: devServer.origin } : {});
const flushRequests = createFlushRequests();
let mainWindow: BrowserWindow | undefined;
let quitting = false;

// A separate profile (tests, a second checkout) only for an unpackaged app; it also scopes the lock.
const profile = process.env.NEWSDESK_USER_DATA;
if (isDevelopment && profile) app.setPath('userData', path.resolve(profile));
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
    installContextMenu(contents);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.whenReady().then(start).catch(fail);
} else {
  app.quit();
}

function openEngine(dbPath: string): Engine {
  return createEngine({
    dbPath,
    nativeBinding: nativeBindingPath({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      exists: fs.existsSync,
    }),
    host: createElectronHost(() => mainWindow),
    autoBackup: true,
    preloadPublishing: true,
    sync: true,
    onInternalError: (error, where) => log(`${where} failed: ${describeError(error)}`),
  });
}

function start(): void {
  const dbPath = path.join(app.getPath('userData'), DATABASE_FILE_NAME);
  const engine = openEngine(dbPath);
  app.on('will-quit', () => engine.close());
  secureSession(session.defaultSession, { policy, ...(devServer ? { devServerOrigin: devServer.origin } : {}) });
  serveAppScheme(path.join(__dirname, '..', 'renderer'), policy, engine.db);
  const gate = createIpcGate({
    allowedOrigins,
    dispatch: engine.dispatch,
    onRefused: (request) => log(`Refused a call to ${String(request.channel)} from ${request.senderUrl ?? 'an unknown frame'}.`),
  });
  registerIpc(gate, flushRequests, allowedOrigins, (language) => setSpellCheckLanguage(session.defaultSession, language, process.platform));
  engine.context.live.onEvent((event) => {
    if (mainWindow && !mainWindow.webContents.isDestroyed()) mainWindow.webContents.send(shellChannels.liveEvent, event);
  });
  installMenu(path.dirname(dbPath));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // A damaged drafts file set aside at start-up is reported by the page itself (store:status).
  openWindow();
}

function openWindow(): BrowserWindow {
  const window = createMainWindow({
    preloadPath: path.join(__dirname, '..', 'preload', 'index.cjs'),
    entryUrl: devServer ? devServer.href : appProtocol.entryUrl,
    stateFile: createWindowStateFile(path.join(app.getPath('userData'), 'window-state.json')),
    flushRequests,
    isDevelopment,
    log,
    confirmCloseUnsaved,
  });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  return window;
}

async function confirmCloseUnsaved(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Newsdesk',
    buttons: ['Keep Editing', 'Close Without Saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'Your latest changes could not be saved.',
    detail: 'If you close Newsdesk now, the changes made since the last save are lost.',
  });
  if (response === 1) return true;
  quitting = false;
  return false;
}

function installMenu(dataFolder: string): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    isDevelopment,
    command: sendCommand,
    showDataFolder: () => void shell.openPath(dataFolder),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendCommand(command: ShellCommand): void {
  // With no window (macOS), a command just brings the window back; the page is not listening yet.
  if (!mainWindow) {
    openWindow();
    return;
  }
  mainWindow.webContents.send(shellChannels.command, command);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function fail(error: unknown): void {
  log(`Startup failed: ${describeError(error)}`);
  const failure = describeStartupFailure(error, app.isPackaged);
  dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
}
