import { chromium, type Browser, type BrowserServer, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { channelNames } from '../../electron/shared/contract/index';
import { createEngine, type Engine } from '../../electron/core/engine';
import type { Host } from '../../electron/core/host';
import { startStaticServer, type StaticServer } from './staticServer';

export type LaunchOptions = {
  /** The database file; launching twice on one path is reopening the app. */
  dbPath: string;
  /** What the native save dialog answers (null: cancelled). */
  savePath?: string;
  /** What the native open dialog answers (null: cancelled). */
  openPath?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
};

export type LaunchedApp = {
  page: Page;
  /** The engine behind the page, for writing "from elsewhere" and reading what was saved. */
  engine: Engine;
  /** URLs the app asked the shell to open in the system browser. */
  openedUrls: string[];
  /** Files the app asked the shell to show in the file manager. */
  shownFiles: string[];
  /** Like closing the window: the page flushes its edits (as the shell asks it to), then all closes. */
  close: () => Promise<void>;
  /** Like a crash: the browser process is killed with no flush; the engine and server then close. */
  kill: () => Promise<void>;
  /** Sends a menu command (`new-draft`, `export`, ...) as the shell's menu would. */
  sendCommand: (command: string) => Promise<void>;
};

export const rendererRoot = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const FLUSH_WATCHDOG_MS = 10_000;
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `window.newsdesk` in the page: the contract's channels grouped by domain, and the shell's events. */
function bridgeScript(): string {
  return `(() => {
    const names = ${JSON.stringify(channelNames)};
    const unreachable = { ok: false, error: { code: 'internal', message: 'Newsdesk could not reach its drafts store.' } };
    const api = {};
    for (const name of names) {
      const [domain, verb] = name.split(':');
      api[domain] = api[domain] || {};
      // Values cross as JSON text, as cheap to pass as Electron's structured clone and as strict.
      api[domain][verb] = (input) => window.__newsdeskInvoke(name, JSON.stringify(input === undefined ? {} : input)).then((text) => JSON.parse(text)).catch(() => unreachable);
    }
    const commandListeners = new Set();
    const flushCallbacks = new Set();
    api.events = Object.freeze({
      onCommand(callback) { commandListeners.add(callback); return () => { commandListeners.delete(callback); }; },
      onFlushRequest(callback) { const entry = () => callback(); flushCallbacks.add(entry); return () => { flushCallbacks.delete(entry); }; },
    });
    Object.defineProperty(window, '__newsdeskShell', {
      value: Object.freeze({
        command: (command) => commandListeners.forEach((listener) => listener(command)),
        flush: () => Promise.allSettled([...flushCallbacks].map((callback) => callback())).then((outcomes) => outcomes.every((outcome) => outcome.status === 'fulfilled')),
      }),
    });
    Object.defineProperty(window, 'newsdesk', { value: Object.freeze(api) });
  })();`;
}

function scriptedHost(options: LaunchOptions, openedUrls: string[], shownFiles: string[]): Host {
  return {
    chooseSavePath: async () => options.savePath ?? null,
    chooseOpenPath: async () => options.openPath ?? null,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    showInFolder: async (filePath) => {
      shownFiles.push(filePath);
    },
  };
}

async function withWatchdog<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), FLUSH_WATCHDOG_MS);
  });
  try {
    return await Promise.race([work, watchdog]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the built renderer in Chromium with `window.newsdesk` backed by the real engine on `dbPath`,
 * through the engine's `dispatch`, as the Electron shell does. Values cross as JSON, as over IPC.
 */
export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(`${rendererRoot}/index.html`)) {
    throw new Error(`The renderer is not built (${rendererRoot}/index.html is missing): run \`npm run build:renderer\` first.`);
  }
  const openedUrls: string[] = [];
  const shownFiles: string[] = [];
  const engine = createEngine({ dbPath: options.dbPath, host: scriptedHost(options, openedUrls, shownFiles), preloadPublishing: true });
  let server: StaticServer | null = null;
  let browserServer: BrowserServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startStaticServer(rendererRoot, engine.db);
    // A browser server, so that `kill()` can end the real process the way a crash would.
    browserServer = await chromium.launchServer({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: launchArgs });
    browser = await chromium.connect(browserServer.wsEndpoint());
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? { width: 1280, height: 860 } });
    await context.exposeBinding('__newsdeskInvoke', async (_source, name: unknown, inputJson: unknown) => {
      const input: unknown = typeof inputJson === 'string' ? JSON.parse(inputJson) : {};
      return JSON.stringify(await engine.dispatch(name, input));
    });
    await context.addInitScript({ content: bridgeScript() });
    const page = await context.newPage();
    await page.goto(server.url);
    return appHandle({ page, engine, browser, browserServer, server, openedUrls, shownFiles });
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await browserServer?.close().catch(() => undefined);
    await server?.close();
    engine.close();
    throw error;
  }
}

type Running = { page: Page; engine: Engine; browser: Browser; browserServer: BrowserServer; server: StaticServer; openedUrls: string[]; shownFiles: string[] };

function appHandle({ page, engine, browser, browserServer, server, openedUrls, shownFiles }: Running): LaunchedApp {
  let closed = false;
  const shutDown = async (flush: boolean) => {
    if (closed) return;
    closed = true;
    if (flush && !page.isClosed()) {
      await withWatchdog(page.evaluate('window.__newsdeskShell.flush()').catch(() => false), false);
    }
    if (!flush) browserServer.process().kill('SIGKILL');
    await browser.close().catch(() => undefined);
    await browserServer.close().catch(() => undefined);
    await server.close();
    engine.close();
  };
  return {
    page,
    engine,
    openedUrls,
    shownFiles,
    close: () => shutDown(true),
    kill: () => shutDown(false),
    sendCommand: async (command) => {
      await page.evaluate(`window.__newsdeskShell.command(${JSON.stringify(command)})`);
    },
  };
}
