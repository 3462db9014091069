import { BrowserWindow, screen } from 'electron';
import type { FlushRequests } from '../core/shell/createFlushRequests';
import { placeWindow } from '../core/shell/placeWindow';
import type { WindowStateFile } from '../core/shell/windowStateFile';
import { requestFlush } from './requestFlush';

export type MainWindowOptions = {
  preloadPath: string;
  entryUrl: string;
  stateFile: WindowStateFile;
  flushRequests: FlushRequests;
  isDevelopment: boolean;
  log: (message: string) => void;
  /** Asked when the page reports that its pending edits could not be saved: true closes anyway. */
  confirmCloseUnsaved: (window: BrowserWindow) => Promise<boolean>;
};

const defaults = { width: 1280, height: 860, minWidth: 720, minHeight: 480 };

/**
 * The one window of Newsdesk: a sandboxed, context-isolated page with the preload as its only bridge,
 * opened where it was last closed. Closing it first lets the page save pending edits (with a watchdog;
 * a page that says its save failed makes the user choose) and remembers its size and place.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((display) => display.workArea)];
  const placement = placeWindow(options.stateFile.read(), workAreas, defaults);
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: defaults.minWidth,
    minHeight: defaults.minHeight,
    show: false,
    title: 'Newsdesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.isDevelopment,
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  flushBeforeClose(window, options);
  reloadAfterCrash(window, options);
  void window.loadURL(options.entryUrl).catch((error: unknown) => options.log(`The page did not load: ${String(error)}`));
  return window;
}

/** A page that crashed comes back (its drafts are in the store up to the last second) rather than staying blank. */
function reloadAfterCrash(window: BrowserWindow, options: MainWindowOptions): void {
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    options.log(`The page stopped (${details.reason}); reloading it.`);
    window.webContents.reload();
  });
}

function flushBeforeClose(window: BrowserWindow, options: MainWindowOptions): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  window.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    rememberPlace(window, options);
    void requestFlush(window.webContents, options.flushRequests)
      .then(async (outcome) => {
        // A crashed page has nothing left to save, so there is nothing to ask.
        if (outcome === 'failed' && !(await options.confirmCloseUnsaved(window))) return 'open';
        if (outcome !== 'flushed') options.log(`Closing without the page's confirmation that it saved (${outcome}).`);
        return 'flushed';
      })
      .then((next) => {
        state = next;
        if (next === 'flushed' && !window.isDestroyed()) window.close();
      });
  });
}

function rememberPlace(window: BrowserWindow, options: MainWindowOptions): void {
  try {
    const bounds = window.getNormalBounds();
    options.stateFile.write({
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: window.isMaximized(),
    });
  } catch (error) {
    options.log(`Could not remember the window's place: ${String(error)}`);
  }
}
