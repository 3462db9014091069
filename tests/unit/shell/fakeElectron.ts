// A stand-in for the parts of Electron's API that electron/main uses, so the real main-process bundle
// can run in Node where the Electron binary is missing. It records what main asks of Electron and lets
// a test play the page (IPC calls, flush replies) and the user (menus, closing, quitting).

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const once: Listener = (...args) => {
      this.off(event, once);
      return listener(...args);
    };
    return this.on(event, once);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((entry) => entry !== listener));
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    return this.off(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** A navigation or attach event whose default a handler may prevent. */
export function preventable(fields: Record<string, unknown> = {}): { defaultPrevented: boolean; preventDefault: () => void } & Record<string, unknown> {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** The spellchecker's part of a session: what main set and added. */
export class FakeSession {
  availableSpellCheckerLanguages = ['de', 'en-AU', 'en-GB', 'en-US', 'es', 'fr', 'pt-BR', 'pt-PT', 'ru'];
  spellCheckerLanguages: string[] = ['en-US'];
  spellCheckerEnabled = true;
  readonly dictionaryWords: string[] = [];
  setSpellCheckerLanguages(languages: string[]): void {
    const unknown = languages.filter((language) => !this.availableSpellCheckerLanguages.includes(language));
    // Electron throws on a language it has no dictionary for.
    if (unknown.length > 0) throw new Error(`no spellchecker dictionary for ${unknown.join(', ')}`);
    this.spellCheckerLanguages = [...languages];
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  addWordToSpellCheckerDictionary(word: string): boolean {
    this.dictionaryWords.push(word);
    return true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends Emitter {
  readonly sent: [string, unknown][] = [];
  /** Words put in place of a misspelling (replaceMisspelling). */
  readonly replacedMisspellings: string[] = [];
  constructor(readonly session: FakeSession) {
    super();
  }
  replaceMisspelling(word: string): void {
    this.replacedMisspellings.push(word);
  }
  windowOpenHandler: WindowOpenHandler | undefined;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
  crashed = false;
  reloads = 0;
  isCrashed(): boolean {
    return this.crashed;
  }
  reload(): void {
    this.reloads += 1;
    this.crashed = false;
  }
}

/** What main asked of Electron. */
export type Recorded = {
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, Listener>;
  ipcListeners: Map<string, Listener>;
  menuTemplate: unknown;
  /** Each context menu popped up: its template and the window it was shown over. */
  popups: { template: unknown; window: unknown }[];
  openedExternally: string[];
  shownInFolder: string[];
  errorBoxes: [string, string][];
  messageBoxes: Record<string, unknown>[];
  permissionRequest: Listener | undefined;
  permissionCheck: Listener | undefined;
  exitCode: number | undefined;
  quitRequests: number;
};

/** Builds the fake `electron` module; `control` is what the test drives. */
export function createFakeElectron(paths: { userData: string; appPath: string }) {
  const windows: FakeWindow[] = [];
  const record: Recorded = {
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    ipcListeners: new Map(),
    menuTemplate: undefined,
    popups: [],
    openedExternally: [],
    shownInFolder: [],
    errorBoxes: [],
    messageBoxes: [],
    permissionRequest: undefined,
    permissionCheck: undefined,
    exitCode: undefined,
    quitRequests: 0,
  };
  const defaultSession = Object.assign(new FakeSession(), {
    setPermissionRequestHandler: (handler: Listener) => (record.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (record.permissionCheck = handler),
    setDevicePermissionHandler: () => {},
    webRequest: { onHeadersReceived: () => {} },
  });
  const userPaths = new Map<string, string>([['userData', paths.userData], ['documents', paths.userData]]);
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    name: 'Newsdesk',
    setPath: (name: string, value: string) => userPaths.set(name, value),
    getPath: (name: string) => userPaths.get(name) ?? paths.userData,
    getAppPath: () => paths.appPath,
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    quit: () => {
      record.quitRequests += 1;
      app.emit('before-quit', preventable());
      for (const window of [...windows]) window.close();
      if (windows.length === 0) app.emit('will-quit', preventable());
    },
    exit: (code: number) => {
      record.exitCode = code;
    },
  });

  class FakeWindow extends Emitter {
    readonly webContents = new FakeWebContents(defaultSession);
    loadedUrl: string | undefined;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', preventable(), this.webContents);
    }
    static getAllWindows(): FakeWindow[] {
      return [...windows];
    }
    static fromWebContents(contents: unknown): FakeWindow | null {
      return windows.find((window) => window.webContents === contents) ?? null;
    }
    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
    }
    close(): void {
      if (this.destroyed) return;
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      if (windows.length === 0) app.emit('window-all-closed');
    }
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 760 });
    isMaximized = () => false;
    isMinimized = () => false;
    restore = () => {};
    show = () => {};
    focus = () => {};
    maximize = () => {};
    /** Plays Chromium's first paint of the page. */
    paint(): void {
      this.emit('ready-to-show');
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession },
    ipcMain: {
      handle: (channel: string, handler: Listener) => record.ipcHandlers.set(channel, handler),
      on: (channel: string, listener: Listener) => record.ipcListeners.set(channel, listener),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    Menu: {
      // The template itself stands for the menu; a context menu records itself when it pops up.
      buildFromTemplate: (template: unknown[]) =>
        Object.assign([...template], { popup: (options: { window?: unknown } = {}) => record.popups.push({ template, window: options.window }) }),
      setApplicationMenu: (menu: unknown) => (record.menuTemplate = menu),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => record.errorBoxes.push([title, message]),
      showMessageBox: async (_window: unknown, options: Record<string, unknown>) => {
        record.messageBoxes.push(options);
        return { response: 0 };
      },
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: {
      openExternal: async (url: string) => {
        record.openedExternally.push(url);
      },
      openPath: async () => '',
      showItemInFolder: (filePath: string) => {
        record.shownInFolder.push(filePath);
      },
    },
  };
  return { electron, control: { record, windows, markReady } };
}
